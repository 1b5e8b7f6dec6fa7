import { VernApiError, type VernErrorKind } from '../errors/VernApiError.ts';
import { redactUrl } from '../http/url.ts';
import { isPlainObject } from '../schemas/plainObject.ts';

/**
 * Storage answering a signed-URL PUT is not Vern's API: a 401/403 there means the URL expired
 * or was already used, not that the host's key is wrong. So only 429, 5xx and network
 * failures keep their kinds; every other refusal is `bad_request` for that file.
 */
function storageKind(status: number): VernErrorKind {
  if (status === 0) return 'network';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'bad_request';
}

function detailOf(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (isPlainObject(body)) {
      const found = [body.message, body.error].find((v) => typeof v === 'string' && v.trim());
      if (typeof found === 'string') return found;
    }
  } catch {
    // Plain text or XML (S3-style) bodies: fall through.
  }
  const xml = /<Message>([^<]{1,300})<\/Message>/.exec(text)?.[1];
  if (xml) return xml;
  return text.length > 0 && text.length <= 200 && !text.includes('<') ? text.trim() : '';
}

export function storageError(fileName: string, url: string, status: number, text: string, cause?: unknown) {
  const detail = status === 0 ? 'the connection failed' : detailOf(text);
  const what =
    status === 0 ? `Could not upload "${fileName}"` : `Storage rejected "${fileName}" (HTTP ${status})`;
  return new VernApiError({
    kind: storageKind(status),
    status,
    method: 'PUT',
    url: redactUrl(url),
    fileName,
    cause,
    body: text || undefined,
    message: detail ? `${what}: ${detail}` : what,
  });
}
