export { createVernClient } from './client/createVernClient.ts';
export type {
  ExportFilter,
  ImportExportFilter,
  ImportExportQuery,
  RequestOptions,
  SourceConnectionQuery,
  StreamThreadOptions,
  UploadFileOptions,
  UploadFilesOptions,
  UploadInput,
  UploadProgress,
  VernClient,
  VernClientOptions,
} from './client/VernClient.ts';
export {
  errorKindForStatus,
  isVernApiError,
  VernApiError,
  type VernErrorKind,
} from './errors/VernApiError.ts';
export { filenameFromContentDisposition } from './export/contentDisposition.ts';
export type { CsvDownload } from './export/csvDownload.ts';
export type { HeadersOption, RetryInfo } from './http/transport.ts';
export { resolvePollUrl } from './http/url.ts';
export {
  createRateLimiter,
  type RateLimiter,
  type RateLimiterOptions,
} from './rateLimit/createRateLimiter.ts';
export { type BackoffOptions, backoffDelay } from './retry/backoffDelay.ts';
export { DEFAULT_RETRY, type RetryOptions } from './retry/retryPolicy.ts';
export { sleep } from './retry/sleep.ts';
export * from './schemas/index.ts';
export {
  isActiveStatus,
  isAwaitingInput,
  isBlocked,
  isCredentialBlock,
  isFinalStatus,
  isQuestionBlock,
  isTerminalFor,
  needsAttention,
  type RunPhase,
} from './status/runStatus.ts';
export type { ThreadStreamErrorFrame } from './stream/streamThread.ts';
