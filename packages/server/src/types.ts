import type { CreateMigrationRequest, ProvisionCompanyRequest, ThreadInclude } from '@vernkit/core';
import type { ProxyMethod, VernOperation } from './routes.ts';

/**
 * What a browser request would do, parsed and validated before `authorize` sees it.
 * Ids are exactly what will be sent to Vern.
 */
export interface VernProxyTarget {
  operation: VernOperation;
  method: ProxyMethod;
  /** `catalog` (sources, templates), `migrations` (current API) or `imports` (imports preview). */
  api: 'catalog' | 'migrations' | 'imports';
  /** What the request is scoped to: check `migrationId` / `companyId` against the user's tenant. */
  scope: 'account' | 'migration' | 'company';
  /** `true` for GETs: lets a host give read-only roles the reads only. */
  readOnly: boolean;
  /** The Vern path below `baseUrl`, e.g. `/migrations/…/runs`. */
  path: string;
  migrationId?: string;
  runId?: string;
  companyId?: string;
  /** `getTemplate`, `exportCsv`. */
  templateSlug?: string;
  /** `pinSource`: the source name. */
  source?: string;
  /** `startRun`: `generate` | `update` | `clarify` | `execute` as the browser sent it. */
  runKind?: string;
  /** `submitDecision`: `approve` | `reject` as the browser sent it. */
  decision?: string;
  /** `getThread` / `streamThread`: the verbosity that will be requested, after clamping. */
  include?: ThreadInclude;
  /**
   * The parsed JSON body of a POST/PATCH. Secret-bearing fields (`credentials`,
   * `connections`) read `'[redacted]'`.
   */
  body?: Readonly<Record<string, unknown>>;
}

export interface AuthorizeDecision {
  allow: boolean;
  /** When denying: 403 by default; 404 hides that the resource exists; 401 asks the user to sign in. */
  status?: 401 | 403 | 404;
  /** When denying: the `error` message the browser gets. */
  error?: string;
  /** `createMigration` only: fields forced over the browser's body (e.g. a host-chosen `external_id`). */
  createMigration?: Partial<CreateMigrationRequest>;
  /** `provisionCompany` only: fields forced over the browser's body. */
  provisionCompany?: Partial<Omit<ProvisionCompanyRequest, 'connections'>>;
}

export type AuthorizeResult = boolean | AuthorizeDecision;

export type Authorize = (
  request: Request,
  target: VernProxyTarget,
) => AuthorizeResult | Promise<AuthorizeResult>;

/** Ids Vern just created or resumed, so the host can record who owns them. */
export type VernProxyCreatedEvent =
  | {
      operation: 'createMigration';
      migrationId: string;
      externalId: string | null;
      /** `true` when Vern returned an existing migration (200, `external_id` idempotency). */
      existing: boolean;
      target: VernProxyTarget;
    }
  | { operation: 'provisionCompany'; companyId: string; externalId: string | null; target: VernProxyTarget }
  | {
      operation: 'startRun';
      migrationId: string;
      runId: string;
      runKind: string | undefined;
      target: VernProxyTarget;
    }
  | { operation: 'startImport'; companyId: string; runId: string; target: VernProxyTarget };

export type VernProxyErrorKind =
  | 'authorize'
  | 'on_created'
  | 'upstream_unreachable'
  | 'upstream_auth'
  | 'upstream_response'
  | 'relay'
  | 'internal';

/** Redacted: no API key, no request or response bodies, no headers. */
export interface VernProxyErrorInfo {
  kind: VernProxyErrorKind;
  message: string;
  /** The status the browser got. */
  status: number;
  method: string;
  /** The request's path (no query string). */
  path: string;
  operation?: VernOperation;
  upstreamStatus?: number;
  error?: { name: string; message: string; stack?: string };
}

export interface UploadRelayOptions {
  /** HMAC secret for relay links; defaults to one derived from `apiKey`. Share it across instances. */
  secret?: string;
  /** How long a relay link works. Default 3600 s (Vern's signed URLs live about an hour). */
  ttlSeconds?: number;
  /** Largest file the relay forwards. Default 512 MiB. */
  maxBytes?: number;
}

/** `fetch` or anything that behaves like it (decodes `content-encoding`, honours `redirect`). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface VernProxyOptions {
  /** Your Vern API key. Sent to Vern as `x-api-key`; never reaches the browser. */
  apiKey: string;
  /** Default `https://app.vern.so/api/v1`. */
  baseUrl?: string;
  /** Where the host mounts the proxy, e.g. `/api/vern`. Default `''` (the root). */
  basePath?: string;
  /** Decides, per end user and per request, what may be touched. Required: there is no default. */
  authorize: Authorize;
  fetch?: FetchLike;
  /** Largest JSON request body. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Thread verbosities end users may request. `user` is always allowed. Default `['user']`. */
  allowThreadInclude?: readonly ThreadInclude[];
  /** Called with redacted details whenever the proxy answers 5xx or meets a misbehaving upstream. */
  onError?: (info: VernProxyErrorInfo) => void;
  /** Called after Vern creates (or returns) a migration, company or run; awaited before the response. */
  onCreated?: (request: Request, event: VernProxyCreatedEvent) => void | Promise<void>;
  /** Relay signed-URL uploads through the proxy (for hosts whose CSP or network blocks storage). */
  uploadRelay?: boolean | UploadRelayOptions;
}

/** A Web-standard handler; `basePath` lets adapters skip requests that are not for it. */
export type VernProxy = ((request: Request) => Promise<Response>) & { readonly basePath: string };
