import { defaultSources, defaultTemplates } from './data/index.ts';
import { createClock } from './engine/clock.ts';
import { type Simulation, tick, worldWake } from './engine/simulation.ts';
import { createWorld } from './engine/store.ts';
import { STORAGE_PREFIX } from './engine/uploads.ts';
import { applyResponseFault, preHandlerFault } from './faults/applyFault.ts';
import { FaultBook } from './faults/FaultBook.ts';
import { RateLimiter } from './faults/rateLimiter.ts';
import { ApiError, NetworkFault } from './http/ApiError.ts';
import { errorResponse, json } from './http/respond.ts';
import { createHandlers } from './msw/createHandlers.ts';
import { apiRoutes } from './routes/api.ts';
import type { MockSettings } from './routes/context.ts';
import { migrationStatus } from './routes/serialize.ts';
import { handleStorage } from './routes/storage.ts';
import { isScenarioName, SCENARIO_NAMES } from './scenarios/scenarios.ts';
import type { FetchLike, MockInspection, VernMock, VernMockOptions } from './types.ts';

const DEFAULT_STORAGE_ORIGIN = 'https://storage.vern-mock.invalid';
/** Relative URLs (`fetch('/api/v1/…')` in Node) resolve against this. */
const FALLBACK_ORIGIN = 'http://vern-mock.localhost';

/**
 * A simulated Vern backend that behaves like Vern to the letter of its API reference:
 * every endpoint of the Migration API and the imports preview, a managed agent that
 * really parses, maps, asks, validates and exports, scenarios and injectable faults.
 *
 * @example
 * const mock = createVernMock({ apiKey: 'test-key', speed: 0 });
 * const client = createVernClient({ baseUrl: 'https://vern.test/api/v1', apiKey: 'test-key', fetch: mock.fetch });
 */
export function createVernMock(options: VernMockOptions = {}): VernMock {
  const initialScenario = options.scenario ?? 'happy';
  if (!isScenarioName(initialScenario)) {
    throw new TypeError(
      `Unknown scenario "${String(initialScenario)}": use one of ${SCENARIO_NAMES.join(', ')}`,
    );
  }
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed < 0) throw new RangeError('speed must be a finite number ≥ 0');
  const basePath = normalizeBasePath(options.basePath ?? '/api/v1');
  const apiKey = options.apiKey ?? null;
  const settings: MockSettings = {
    basePath,
    storageOrigin: (options.storageOrigin ?? DEFAULT_STORAGE_ORIGIN).replace(/\/+$/, ''),
    streamBudgetMs: positive(options.streamBudgetMs ?? 5 * 60_000, 'streamBudgetMs'),
    heartbeatMs: positive(options.heartbeatMs ?? 15_000, 'heartbeatMs'),
  };
  const templates = (options.templates ?? defaultTemplates).map((t) => structuredClone(t));
  const sources = (options.sources ?? defaultSources).map((s) => structuredClone(s));
  const clock = createClock();
  const sim: Simulation = { world: createWorld(templates, sources), clock, speed, scenario: initialScenario };
  const faults = new FaultBook();
  const limiter =
    options.rateLimit === false ? null : new RateLimiter(options.rateLimit?.requestsPerMinute ?? 100);
  const router = apiRoutes();

  const handles = (request: Request): boolean => {
    const { pathname } = new URL(request.url);
    return (
      pathname === basePath || pathname.startsWith(`${basePath}/`) || pathname.startsWith(STORAGE_PREFIX)
    );
  };

  async function dispatch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    tick(sim);
    try {
      if (url.pathname.startsWith(STORAGE_PREFIX)) {
        const early = preHandlerFault(faults, method, url.pathname);
        if (early) return early;
        return await handleStorage(request, url, sim.world, clock.now());
      }
      if (!(url.pathname === basePath || url.pathname.startsWith(`${basePath}/`))) {
        throw new ApiError(404, `No such endpoint: ${method} ${url.pathname}`);
      }
      const path = url.pathname.slice(basePath.length) || '/';
      const early = preHandlerFault(faults, method, path);
      if (early) return early;
      const key = request.headers.get('x-api-key');
      if (apiKey !== null) {
        if (!key) throw new ApiError(401, 'Missing API key: send it in the x-api-key header');
        if (key !== apiKey) throw new ApiError(401, 'Invalid API key');
      }
      const match = router.match(method, path);
      if (limiter && !limiter.allow(`${key ?? 'anonymous'} ${match.id}`, clock.now())) {
        return json({ error: 'Too many requests' }, 429);
      }
      const response = await match.handler({
        request,
        url,
        params: match.params,
        sim,
        settings,
        faults,
      });
      return await applyResponseFault(faults, method, path, response);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      if (error instanceof NetworkFault) throw error;
      console.error('[vernkit-mock] unexpected error handling', method, url.pathname, error);
      return json({ error: 'Internal server error' }, 500);
    }
  }

  const fetch: FetchLike = async (input, init) => {
    const request = toRequest(input, init);
    try {
      return await dispatch(request);
    } catch (error) {
      if (error instanceof NetworkFault) throw new TypeError('Failed to fetch', { cause: error });
      throw error;
    }
  };

  const mock: VernMock = {
    fetch,
    handlers: [],
    handles,
    get scenario() {
      return sim.scenario;
    },
    setScenario(name) {
      if (!isScenarioName(name))
        throw new TypeError(`Unknown scenario "${String(name)}": use one of ${SCENARIO_NAMES.join(', ')}`);
      sim.scenario = name;
    },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    reset() {
      sim.world = createWorld(
        (options.templates ?? defaultTemplates).map((t) => structuredClone(t)),
        (options.sources ?? defaultSources).map((s) => structuredClone(s)),
      );
      sim.scenario = initialScenario;
      faults.clear();
      limiter?.reset();
    },
    clock,
    settle() {
      const startedAt = clock.now();
      tick(sim);
      for (let i = 0; i < 10_000; i++) {
        const wake = worldWake(sim);
        if (wake === null) break;
        const now = clock.now();
        if (wake > now) clock.advance(wake - now);
        tick(sim);
      }
      return clock.now() - startedAt;
    },
    inspect: () => inspect(sim, faults),
  };
  (mock as { handlers: VernMock['handlers'] }).handlers = createHandlers(mock);
  return mock;
}

function inspect(sim: Simulation, faults: FaultBook): MockInspection {
  tick(sim);
  return {
    scenario: sim.scenario,
    migrations: [...sim.world.migrations.values()].map((m) => ({
      id: m.id,
      name: m.name,
      status: migrationStatus(m),
      scenario: m.scenario,
      files: m.files.map((f) => f.name),
      connections: m.connections.map((c) => ({
        id: c.id,
        source_key: c.sourceKey,
        creds_configured: c.credsConfigured,
      })),
      runs: [...m.runs.values()].map((r) => ({ run_id: r.id, kind: r.kind, status: r.status })),
      last_sequence: m.thread.lastSequence,
    })),
    companies: [...sim.world.companies.values()].map((c) => ({
      id: c.id,
      name: c.name,
      scenario: c.scenario,
      imports: c.imports.map((r) => ({ run_id: r.id, status: r.status })),
    })),
    faults: faults.pending,
  };
}

function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  if (input instanceof Request) return init ? new Request(input, init) : input;
  const href = typeof input === 'string' && input.startsWith('/') ? `${FALLBACK_ORIGIN}${input}` : input;
  return new Request(href, init);
}

function normalizeBasePath(path: string): string {
  const trimmed = `/${path.replace(/^\/+|\/+$/g, '')}`;
  return trimmed === '/' ? '' : trimmed;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number of ms`);
  return value;
}
