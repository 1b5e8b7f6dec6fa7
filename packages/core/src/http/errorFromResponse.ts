import { errorKindForStatus, VernApiError } from '../errors/VernApiError.ts';
import { loadSchemas } from './loadSchemas.ts';
import { redactUrl } from './url.ts';

/**
 * A non-2xx response as a `VernApiError`. The message is the server's `error` text when the
 * body is the documented `{ error }`; a short plain-text body comes next (proxies and
 * gateways send those); never raw HTML.
 */
export async function errorFromResponse(
  response: Response,
  method: string,
  url: string,
): Promise<VernApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The status alone still tells the caller what happened.
  }
  let body: unknown = text || undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text.
  }
  // Without the schemas (their chunk failed to load) the error is still reported, from its status.
  const schemas = await loadSchemas().catch(() => undefined);
  const parsed = schemas?.ApiErrorBodySchema.safeParse(body);
  const contentType = response.headers.get('content-type') ?? '';
  const plain =
    typeof body === 'string' && !contentType.includes('html') && body.length <= 300 ? body.trim() : '';
  const fallback = `${method} ${redactUrl(url)} failed with HTTP ${response.status}${
    response.statusText ? ` ${response.statusText}` : ''
  }`;
  return new VernApiError({
    kind: errorKindForStatus(response.status),
    status: response.status,
    method,
    url: redactUrl(url),
    body,
    runId: parsed?.success ? parsed.data.run_id : undefined,
    message: parsed?.success ? parsed.data.error : plain || fallback,
  });
}
