import type { VernMock } from '@vernkit/mock';
import { createContext, useContext } from 'react';
import type { DemoRuntimeConfig } from './runtimeConfig.ts';

export interface Runtime extends DemoRuntimeConfig {
  /** The in-browser mock, in mock mode. */
  mock: VernMock | null;
}

export const RuntimeContext = createContext<Runtime | null>(null);

export function useRuntime(): Runtime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('useRuntime must be used inside <RuntimeContext.Provider>');
  return runtime;
}
