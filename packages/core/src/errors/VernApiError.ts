/**
 * What went wrong, as a closed set a UI can branch on. The API has no machine-readable
 * error codes, so the HTTP status decides; `network` and `invalid_response` are ours.
 */
export type VernErrorKind =
  | 'auth'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'invalid_response'
  | 'bad_request';

export interface VernApiErrorInit {
  kind: VernErrorKind;
  /** HTTP status, or `0` when no response arrived (network) or the request never left (bad input). */
  status: number;
  message: string;
  method?: string;
  /** The request URL without its query string (signed upload URLs carry tokens there). */
  url?: string;
  runId?: string;
  path?: string;
  fileName?: string;
  body?: unknown;
  cause?: unknown;
}

/**
 * Every failure the client raises. `message` is the server's `error` text when it sent one.
 *
 * @example
 * try { await client.startRun(id, { kind: 'generate' }) }
 * catch (e) { if (isVernApiError(e) && e.kind === 'conflict' && e.runId) resume(e.runId) }
 */
export class VernApiError extends Error {
  override readonly name = 'VernApiError';
  readonly kind: VernErrorKind;
  readonly status: number;
  readonly method: string | undefined;
  readonly url: string | undefined;
  /** The active run a `409` points at (`POST /runs` while one is in flight). */
  readonly runId: string | undefined;
  /** For `invalid_response` and client-side `bad_request`: the field path that failed, e.g. `sheets[0].rows`. */
  readonly path: string | undefined;
  /** For upload failures: the file storage rejected. */
  readonly fileName: string | undefined;
  /** The parsed error body, when there was one. */
  readonly body: unknown;

  constructor(init: VernApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.runId = init.runId;
    this.path = init.path;
    this.fileName = init.fileName;
    this.body = init.body;
  }
}

export function isVernApiError(value: unknown): value is VernApiError {
  return (
    value instanceof VernApiError ||
    (value instanceof Error && value.name === 'VernApiError' && 'kind' in value)
  );
}

/** The kind an HTTP error status maps to. */
export function errorKindForStatus(status: number): VernErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad_request';
  return 'invalid_response';
}
