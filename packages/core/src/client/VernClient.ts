import type { VernApiError } from '../errors/VernApiError.ts';
import type { CsvDownload } from '../export/csvDownload.ts';
import type { HeadersOption, RetryInfo } from '../http/transport.ts';
import type { RateLimiter } from '../rateLimit/createRateLimiter.ts';
import type { RetryOptions } from '../retry/retryPolicy.ts';
import type { PinSourceResponse, SourceList, Template, TemplateList } from '../schemas/catalogue.ts';
import type {
  ActiveImport,
  DecisionRequest,
  ImportHistory,
  ImportRun,
  ImportUploadRequest,
  ImportUploadResponse,
  ProvisionCompanyRequest,
  ProvisionCompanyResponse,
  StartImportRequest,
} from '../schemas/imports.ts';
import type {
  CreateMigrationRequest,
  ListedFile,
  Migration,
  SaveSourceConnectionRequest,
  SignedUpload,
  SourceConnection,
  UploadRequestFile,
} from '../schemas/migration.ts';
import type { Preview } from '../schemas/preview.ts';
import type {
  Answers,
  Run,
  RunAccepted,
  RunResumed,
  StartRunRequest,
  SubmitCredentialsRequest,
} from '../schemas/run.ts';
import type { ThreadEvent, ThreadInclude, ThreadSnapshot } from '../schemas/thread.ts';
import type { ThreadStreamErrorFrame } from '../stream/streamThread.ts';

export interface VernClientOptions {
  /** `https://app.vern.so/api/v1`, or the host's proxy such as `/api/vern` (relative works in browsers). */
  baseUrl: string;
  /** Sent as `x-api-key`. Server-side only: in browsers talk to a proxy that adds it. */
  apiKey?: string;
  /** Extra headers, or a function called before every attempt (for short-lived tokens). */
  headers?: HeadersOption;
  /** Defaults to the global `fetch`, looked up on each call. */
  fetch?: typeof fetch;
  /** Client-wide retry policy; `false` turns retries off. See `RetryOptions`. */
  retry?: RetryOptions | false;
  /**
   * A client-side budget shared by every request of this client (or of every client given the
   * same `RateLimiter`). Off by default.
   */
  rateLimit?: { requestsPerMinute: number; burst?: number } | RateLimiter | false;
  /**
   * How `uploadFile` PUTs bytes to storage. `auto` (default) uses XMLHttpRequest where it exists,
   * for upload progress, and `fetch` elsewhere.
   */
  uploadTransport?: 'auto' | 'xhr' | 'fetch';
  /**
   * Called before each backoff wait of a retried request (429, 5xx, network), e.g. to show
   * "busy, retrying". `subscribeRetries` adds listeners after creation.
   */
  onRetry?: (info: RetryInfo) => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
  retry?: RetryOptions | false;
}

export type ExportFilter = 'valid' | 'all' | 'invalid';
export type ImportExportFilter = 'valid' | 'all';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadFileOptions {
  /** Defaults to the type declared when the URL was minted, then the blob's own type. */
  contentType?: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export type UploadInput = File | { name: string; blob: Blob; contentType?: string };

export interface UploadFilesOptions {
  onProgress?: (name: string, progress: UploadProgress, index: number) => void;
  signal?: AbortSignal;
  /** Files PUT at once. Default 3. */
  concurrency?: number;
}

export interface StreamThreadOptions {
  /** Resume after this sequence (events `<=` it are never yielded). */
  after?: number;
  include?: ThreadInclude;
  /** Aborting ends the iteration quietly. */
  signal?: AbortSignal;
  /** Stream-side `event: error` frames, malformed frames, and dropped connections that will be retried. */
  onError?: (error: VernApiError | ThreadStreamErrorFrame) => void;
  /** Called each time a stream connection opens (before any event), so a UI can show it as live. */
  onOpen?: () => void;
  /** Called once with the `event: done` payload before the iteration ends. */
  onDone?: (done: { lastSequence: number | null }) => void;
  /** Consecutive reconnects without receiving anything before giving up. Default 5. */
  maxReconnects?: number;
  /**
   * Reconnect when a connection delivers nothing at all (not even a heartbeat) for this long:
   * a buffering proxy or a half-open socket must not look like a quiet, healthy stream. Default 45 s.
   */
  idleTimeoutMs?: number;
}

export interface SourceConnectionQuery {
  source_key?: string;
  /** The literal `workbook` reads the connection saved with `profile_id: null`. */
  profile_id?: string;
}

export interface ImportExportQuery {
  sheet_id?: string;
  filter?: ImportExportFilter;
}

export interface VernClient {
  readonly baseUrl: string;
  /** Listen to this client's retries (see `onRetry`); returns the unsubscribe. */
  subscribeRetries(listener: (info: RetryInfo) => void): () => void;

  listSources(options?: RequestOptions): Promise<SourceList>;
  pinSource(source: string, runId: string | null, options?: RequestOptions): Promise<PinSourceResponse>;
  listTemplates(options?: RequestOptions): Promise<TemplateList>;
  getTemplate(slug: string, options?: RequestOptions): Promise<Template>;

  /** `created` is `false` when `external_id` matched an existing migration (`200` instead of `201`). */
  createMigration(
    body: CreateMigrationRequest,
    options?: RequestOptions,
  ): Promise<{ migration: Migration; created: boolean }>;
  createUploads(
    migrationId: string,
    files: UploadRequestFile[],
    options?: RequestOptions,
  ): Promise<SignedUpload[]>;
  listFiles(migrationId: string, options?: RequestOptions): Promise<ListedFile[]>;
  uploadFile(target: SignedUpload | string, file: Blob, options?: UploadFileOptions): Promise<void>;
  uploadFiles(
    migrationId: string,
    files: UploadInput[],
    options?: UploadFilesOptions,
  ): Promise<SignedUpload[]>;

  /** A mutation: never re-sent on a 5xx or network failure. Recover through the 409's `runId`. */
  startRun(migrationId: string, body: StartRunRequest, options?: RequestOptions): Promise<RunAccepted>;
  getRun(migrationId: string, runId: string, options?: RequestOptions): Promise<Run>;
  /** `poll_url` as the API returned it, absolute or relative. */
  getRunByUrl(pollUrl: string, options?: RequestOptions): Promise<Run>;
  cancelRun(migrationId: string, runId: string, options?: RequestOptions): Promise<Run>;
  answerQuestions(
    migrationId: string,
    runId: string,
    answers: Answers,
    options?: RequestOptions,
  ): Promise<RunResumed>;
  submitCredentials(
    migrationId: string,
    runId: string,
    body: SubmitCredentialsRequest,
    options?: RequestOptions,
  ): Promise<RunResumed>;

  getSourceConnection(
    migrationId: string,
    query?: SourceConnectionQuery,
    options?: RequestOptions,
  ): Promise<SourceConnection>;
  saveSourceConnection(
    migrationId: string,
    body: SaveSourceConnectionRequest,
    options?: RequestOptions,
  ): Promise<SourceConnection>;
  deleteSourceConnection(
    migrationId: string,
    query?: SourceConnectionQuery,
    options?: RequestOptions,
  ): Promise<{ deleted: boolean }>;

  getPreview(migrationId: string, options?: RequestOptions): Promise<Preview>;
  getThread(
    migrationId: string,
    query?: { after?: number; include?: ThreadInclude },
    options?: RequestOptions,
  ): Promise<ThreadSnapshot>;
  streamThread(migrationId: string, options?: StreamThreadOptions): AsyncIterable<ThreadEvent>;

  exportUrl(migrationId: string, templateSlug: string, filter?: ExportFilter): string;
  exportCsv(
    migrationId: string,
    templateSlug: string,
    options?: { filter?: ExportFilter; signal?: AbortSignal; retry?: RetryOptions | false },
  ): Promise<CsvDownload>;

  provisionCompany(
    body: ProvisionCompanyRequest,
    options?: RequestOptions,
  ): Promise<ProvisionCompanyResponse>;
  createImportUpload(
    companyId: string,
    body: ImportUploadRequest,
    options?: RequestOptions,
  ): Promise<ImportUploadResponse>;
  startImport(companyId: string, body: StartImportRequest, options?: RequestOptions): Promise<RunAccepted>;
  getImport(companyId: string, runId: string, options?: RequestOptions): Promise<ImportRun>;
  getImportByUrl(pollUrl: string, options?: RequestOptions): Promise<ImportRun>;
  getActiveImport(companyId: string, options?: RequestOptions): Promise<ActiveImport>;
  listImports(
    companyId: string,
    query?: { cursor?: string; limit?: number },
    options?: RequestOptions,
  ): Promise<ImportHistory>;
  decideImport(
    companyId: string,
    runId: string,
    body: DecisionRequest,
    options?: RequestOptions,
  ): Promise<RunAccepted>;
  importExportUrl(companyId: string, query?: ImportExportQuery): string;
  exportImportCsv(
    companyId: string,
    query?: ImportExportQuery & { signal?: AbortSignal; retry?: RetryOptions | false },
  ): Promise<CsvDownload>;
}
