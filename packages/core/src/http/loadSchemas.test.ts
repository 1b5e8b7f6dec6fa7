import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { fakeFetch, json } from '../test/fakeFetch.ts';

const BASE = 'https://app.vern.so/api/v1';

describe('loadSchemas', () => {
  afterEach(() => {
    vi.doUnmock('../schemas/runtime.ts');
    vi.resetModules();
  });

  it('reports a schema chunk that fails to load as a network error, and loads it again on the next call', async () => {
    vi.resetModules();
    vi.doMock('../schemas/runtime.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { createVernClient } = await import('../client/createVernClient.ts');
    const fetch = fakeFetch(json({ sources: [] }), json({ sources: [] }));
    const client = createVernClient({ baseUrl: BASE, fetch });
    await expect(client.listSources()).rejects.toMatchObject({
      name: 'VernApiError',
      kind: 'network',
      message: expect.stringContaining('Could not load the response checks'),
    });
    vi.doUnmock('../schemas/runtime.ts');
    await expect(client.listSources()).resolves.toEqual({ sources: [] });
  });

  it('still reports an HTTP error when the schemas cannot load', async () => {
    vi.resetModules();
    vi.doMock('../schemas/runtime.ts', () => {
      throw new Error('offline');
    });
    const { createVernClient } = await import('../client/createVernClient.ts');
    const fetch = fakeFetch(json({ error: 'Invalid API key' }, 401));
    await expect(createVernClient({ baseUrl: BASE, fetch }).listSources()).rejects.toMatchObject({
      kind: 'auth',
      status: 401,
    });
  });

  // The point of the lazy load: a host bundling the client (and the kit's zod-free helpers)
  // gets zod only in the chunk behind the dynamic import.
  it('keeps zod out of what the client imports statically', async () => {
    const result = await esbuild.build({
      stdin: {
        contents:
          "export { createVernClient, isVernApiError, isTerminalFor, RUN_KINDS, DESTRUCTIVE_PATCH_ACTIONS, readAnswers } from './index.ts';",
        resolveDir: join(import.meta.dirname, '..'),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      metafile: true,
      logLevel: 'silent',
      plugins: [
        {
          name: 'dynamic-imports-external',
          setup(build) {
            build.onResolve({ filter: /.*/ }, (args) =>
              args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
            );
          },
        },
      ],
    });
    const [output] = Object.values(result.metafile.outputs);
    const bundled = Object.entries(output?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([path]) => path);
    expect(
      bundled.filter((path) => /node_modules\/zod\/|\/schemas\/(?!enums|plainObject|answers)/.test(path)),
    ).toEqual([]);
    expect(output?.imports).toContainEqual(
      expect.objectContaining({ kind: 'dynamic-import', external: true }),
    );
  });
});
