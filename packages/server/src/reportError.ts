import { redactText } from './redact.ts';
import type { ResolvedOptions } from './resolveOptions.ts';
import type { VernProxyErrorInfo } from './types.ts';

/**
 * Hands `onError` a redacted description. Never throws: a faulty logger must not turn an
 * answer into a crash.
 */
export function reportError(
  config: ResolvedOptions,
  info: Omit<VernProxyErrorInfo, 'error' | 'message'> & { message: string; error?: unknown },
): void {
  if (!config.onError) return;
  const { error, ...rest } = info;
  const redact = (text: string) => redactText(text, config.apiKey);
  const out: VernProxyErrorInfo = { ...rest, message: redact(info.message) };
  if (error !== undefined) out.error = describe(error, redact);
  try {
    config.onError(out);
  } catch {
    // The host's logger failed; the response is already decided.
  }
}

function describe(
  error: unknown,
  redact: (text: string) => string,
): NonNullable<VernProxyErrorInfo['error']> {
  if (error instanceof Error) {
    const out: NonNullable<VernProxyErrorInfo['error']> = {
      name: error.name,
      message: redact(error.message),
    };
    if (error.stack) out.stack = redact(error.stack);
    return out;
  }
  return { name: typeof error, message: redact(String(error)) };
}
