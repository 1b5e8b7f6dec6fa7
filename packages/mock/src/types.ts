import type { Source, Template } from '@vernkit/core';
import type { HttpHandler } from 'msw';
import type { MockClock } from './engine/clock.ts';
import type { Fault } from './faults/FaultBook.ts';
import type { ScenarioName } from './scenarios/scenarios.ts';

export interface VernMockOptions {
  /**
   * The `x-api-key` every API request must carry (401 otherwise). `null` (the default)
   * turns auth off: the in-browser mode, where the mock stands in for the host's proxy and Vern.
   */
  apiKey?: string | null;
  /** The account's templates (default: the sample `companies` and `contacts`). */
  templates?: Template[];
  /** The account's sources (default: Salesforce, HubSpot, Spreadsheets). */
  sources?: Source[];
  /** The scenario migrations and companies follow unless they pick one (default `happy`). */
  scenario?: ScenarioName;
  /** Time factor: `0` instant (unit tests), `1` a few seconds per phase (demos, the default), `0.25` fast. */
  speed?: number;
  /** About 100 requests per minute per key and endpoint by default; `false` turns it off. */
  rateLimit?: { requestsPerMinute: number } | false;
  /** Where the API lives on any origin (default `/api/v1`). */
  basePath?: string;
  /**
   * The origin signed upload URLs point at (default `https://storage.vern-mock.invalid`,
   * which only the mock answers). The Node server sets its own URL.
   */
  storageOrigin?: string;
  /** How long a thread stream stays open without `done` (default 5 minutes, like Vern). */
  streamBudgetMs?: number;
  /** How often an idle thread stream sends a comment heartbeat (default 15 s). */
  heartbeatMs?: number;
}

/** A summary of the mock's state for tests. Never carries a secret. */
export interface MockInspection {
  scenario: ScenarioName;
  migrations: Array<{
    id: string;
    name: string;
    status: string;
    scenario: ScenarioName | null;
    files: string[];
    connections: Array<{ id: string; source_key: string; creds_configured: boolean }>;
    runs: Array<{ run_id: string; kind: string; status: string }>;
    last_sequence: number | null;
  }>;
  companies: Array<{
    id: string;
    name: string;
    scenario: ScenarioName | null;
    imports: Array<{ run_id: string; status: string }>;
  }>;
  faults: readonly Fault[];
}

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface VernMock {
  /** The whole API plus the signed-upload storage endpoint, as a Web-standard `fetch`. A lost response rejects with a `TypeError`, as a dropped connection does. */
  fetch: FetchLike;
  /** MSW handlers delegating to `fetch`, matching the base path and storage path on any origin. */
  readonly handlers: HttpHandler[];
  /** Whether a request is for the mock (its base path or the storage path). */
  handles(request: Request): boolean;
  readonly scenario: ScenarioName;
  /** The scenario for runs started from now on, in migrations and companies that did not pick one. */
  setScenario(name: ScenarioName): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Forget every migration, company, upload, secret and fault; back to the initial scenario. */
  reset(): void;
  /** The mock's time; `advance(ms)` moves it without waiting. */
  readonly clock: MockClock;
  /** Advance the clock to each pending step until every run is waiting on the customer or done. Returns the ms advanced. */
  settle(): number;
  inspect(): MockInspection;
}
