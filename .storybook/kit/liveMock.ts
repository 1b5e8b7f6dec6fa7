import type { StoryContext } from '@storybook/react-vite';
import { createVernMock, type ScenarioName, type VernMock, type VernMockOptions } from '@vernkit/mock';
import { readKitGlobals } from './globals.ts';

/** `parameters.vernkit.mock` on a story: run it against a fresh simulated Vern. */
export interface LiveMockParameters extends Omit<VernMockOptions, 'scenario' | 'speed'> {
  /** Pin the scenario; otherwise the toolbar's. */
  scenario?: ScenarioName;
  /** The time factor people see (default 0.3: progress visible, not slow). Tests always run at 0. */
  speed?: number;
  /**
   * Time stands still, for people and tests alike: a run in flight stays in flight, so a
   * story can show it. A story moves it with `mock.settle()` or `mock.clock.advance()`.
   */
  frozen?: boolean;
}

/** The mock's time factor for a frozen story: a step of the agent takes hours. */
export const FROZEN_SPEED = 10_000;

declare module 'storybook/internal/csf' {
  interface StoryContext {
    /** The simulated Vern behind a live story (`parameters.vernkit.mock`), for `play` to inspect. */
    vernMock?: VernMock;
  }
}

/** Where the live stories' client sends requests; the mock's MSW handler answers there. */
export const MOCK_BASE_URL = '/api/v1';

/**
 * In Vitest browser mode every story renders once and plays: no one is watching, so no
 * waiting. Storybook's own test detection reads the same global.
 */
export function isTestRun(): boolean {
  return '__vitest_browser__' in globalThis;
}

let current: { storyId: string; scenario: ScenarioName; mock: VernMock } | null = null;

/**
 * Project `beforeEach`: a live story gets a simulated Vern served through the MSW worker.
 * Storybook runs `beforeEach` again on every toolbar change; the mock (and the migration in
 * it) survives a theme or locale change and is replaced only for another scenario or story.
 */
export async function startLiveMock(context: StoryContext): Promise<void> {
  const params = (context.parameters.vernkit as { mock?: LiveMockParameters } | undefined)?.mock;
  if (!params) return;
  const { scenario: pinned, speed, frozen, ...options } = params;
  const scenario = pinned ?? readKitGlobals(context.globals).scenario;
  if (current?.storyId !== context.id || current.scenario !== scenario || isTestRun()) {
    const mock = createVernMock({
      apiKey: null,
      rateLimit: false,
      ...options,
      scenario,
      speed: frozen ? FROZEN_SPEED : isTestRun() ? 0 : (speed ?? 0.3),
    });
    current = { storyId: context.id, scenario, mock };
    forgetStoredFlows();
  }
  context.msw.use(...current.mock.handlers);
  context.vernMock = current.mock;
}

/** Flows persist their ids in the browser (`localStorage` by default, or `sessionStorage`); a new mock knows none of them. */
function forgetStoredFlows(): void {
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    if (!storage) continue;
    for (const key of Object.keys(storage)) if (key.startsWith('vernkit:')) storage.removeItem(key);
  }
}

/** The mock behind a live story, for `play` functions; a clear error on a story that has none. */
export function liveMock(context: Pick<StoryContext, 'vernMock' | 'name'>): VernMock {
  if (!context.vernMock) {
    throw new Error(`Story "${context.name}" has no mock: set parameters.vernkit.mock to make it live.`);
  }
  return context.vernMock;
}
