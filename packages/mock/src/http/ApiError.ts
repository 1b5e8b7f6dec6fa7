/**
 * A request the mock refuses, with the documented status and `{ "error": "…" }` body.
 * Thrown anywhere in a route; the router turns it into the response.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown> | undefined;

  constructor(status: number, message: string, extra?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.extra = extra;
  }
}

export const badRequest = (message: string) => new ApiError(400, message);
export const notFound = (message: string) => new ApiError(404, message);
export const conflict = (message: string, extra?: Record<string, unknown>) =>
  new ApiError(409, message, extra);

/**
 * Thrown to make the transport fail the request the way a dropped connection does:
 * `mock.fetch` rejects with a `TypeError`, MSW answers `HttpResponse.error()`, the Node
 * server destroys the socket.
 */
export class NetworkFault extends Error {
  constructor(message = 'The connection was lost before the response arrived') {
    super(message);
    this.name = 'NetworkFault';
  }
}
