import { SCENARIO_NAMES, type ScenarioName } from '@vernkit/mock';

const SCENARIO_KEY = 'acme-demo:scenario';
const SPEED_KEY = 'acme-demo:speed';
/** The default shows the agent asking a question: the part of a migration worth seeing first. */
export const DEFAULT_SCENARIO: ScenarioName = 'question';

export function isScenario(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** `?scenario=…` wins (and is remembered for the tab), then the last choice, then the default. */
export function initialScenario(search: string, storage: Storage | null): ScenarioName {
  const fromUrl = new URLSearchParams(search).get('scenario');
  if (isScenario(fromUrl)) {
    storage?.setItem(SCENARIO_KEY, fromUrl);
    return fromUrl;
  }
  const stored = storage?.getItem(SCENARIO_KEY);
  return isScenario(stored) ? stored : DEFAULT_SCENARIO;
}

export function rememberScenario(name: ScenarioName, storage: Storage | null): void {
  storage?.setItem(SCENARIO_KEY, name);
}

/** The mock's time factor: `?speed=0.25` for a brisk demo (or a test), remembered for the tab. Default 1. */
export function initialSpeed(search: string, storage: Storage | null): number {
  const parse = (value: string | null | undefined) => {
    const n = value === null || value === undefined || value === '' ? Number.NaN : Number(value);
    return Number.isFinite(n) && n >= 0 && n <= 10 ? n : null;
  };
  const fromUrl = parse(new URLSearchParams(search).get('speed'));
  if (fromUrl !== null) {
    storage?.setItem(SPEED_KEY, String(fromUrl));
    return fromUrl;
  }
  return parse(storage?.getItem(SPEED_KEY)) ?? 1;
}
