import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadSchemas } from './packages/core/src/http/loadSchemas.ts';

afterEach(() => cleanup());

// jsdom has no ResizeObserver; Radix (radio, toggle group, tooltip) measures with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// The client loads zod and the schemas with a dynamic import, which fake timers cannot advance:
// loaded here, before each file's tests, so no test races a module load.
await loadSchemas();
