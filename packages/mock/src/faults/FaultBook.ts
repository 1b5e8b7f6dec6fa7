export const FAULT_TYPES = [
  '5xx',
  '429-burst',
  'malformed-body',
  'unknown-status',
  'sse-drop',
  'lost-post-response',
] as const;

export type FaultType = (typeof FAULT_TYPES)[number];

/**
 * Trouble to inject for tests. Each fault hits the requests its `route` matches, `count`
 * times (then it is spent), in the order injected.
 */
export interface Fault {
  type: FaultType;
  /**
   * Which requests: `'POST /migrations/:id/runs'` (method optional; `:name` or `*` match
   * one path segment, `**` the rest; paths are relative to the base path, storage uploads
   * are `/storage/**`), or a RegExp tested against `'METHOD /path'`. Defaults per type:
   * `lost-post-response` hits `POST /migrations/:id/runs`, `sse-drop` the thread stream,
   * `unknown-status` run and import polls, the others every API request.
   */
  route?: string | RegExp;
  /** How many requests it hits; `Infinity` until `clearFaults()`. Default 1 (3 for `429-burst`). */
  count?: number;
  /** `5xx` only: the status to answer with (500–599, default 500). */
  status?: number;
  /** `unknown-status` only: the status value to send (default `"paused_for_review"`). */
  value?: string;
}

interface ArmedFault extends Fault {
  remaining: number;
}

const DEFAULT_ROUTES: Partial<Record<FaultType, string | RegExp>> = {
  'lost-post-response': 'POST /migrations/*/runs',
  'sse-drop': 'GET /migrations/*/thread/stream',
  'unknown-status': /^GET \/(migrations\/[^/]+\/runs|companies\/[^/]+\/imports)\/[^/]+$/,
};

export class FaultBook {
  #faults: ArmedFault[] = [];

  add(fault: Fault): void {
    if (!(FAULT_TYPES as readonly string[]).includes(fault.type)) {
      throw new TypeError(`Unknown fault type "${String(fault.type)}": use one of ${FAULT_TYPES.join(', ')}`);
    }
    const count = fault.count ?? (fault.type === '429-burst' ? 3 : 1);
    if (!(count > 0)) throw new RangeError('A fault count must be positive (or Infinity)');
    if (fault.status !== undefined && (fault.status < 500 || fault.status > 599)) {
      throw new RangeError('A 5xx fault status must be from 500 to 599');
    }
    this.#faults.push({ ...fault, remaining: count });
  }

  clear(): void {
    this.#faults = [];
  }

  get pending(): readonly Fault[] {
    return this.#faults.map(({ remaining, ...fault }) => ({ ...fault, count: remaining }));
  }

  /** Spend one hit of the first armed fault of these types matching the request. */
  take(types: FaultType | readonly FaultType[], method: string, path: string): Fault | null {
    const wanted = typeof types === 'string' ? [types] : types;
    const index = this.#faults.findIndex((f) => wanted.includes(f.type) && matches(f, method, path));
    if (index === -1) return null;
    const fault = this.#faults[index] as ArmedFault;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return fault;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  const route = fault.route ?? DEFAULT_ROUTES[fault.type];
  if (route === undefined) return !path.startsWith('/storage/');
  if (route instanceof RegExp) return route.test(`${method} ${path}`);
  const space = route.indexOf(' ');
  const routeMethod = space === -1 ? null : route.slice(0, space).toUpperCase();
  const pattern = space === -1 ? route : route.slice(space + 1);
  if (routeMethod !== null && routeMethod !== method) return false;
  return matchPath(pattern, path);
}

function matchPath(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w === '**') return true;
    const h = have[i];
    if (h === undefined) return false;
    if (w !== '*' && !w.startsWith(':') && w !== h) return false;
  }
  return want.length === have.length;
}
