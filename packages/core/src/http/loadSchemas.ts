import { VernApiError } from '../errors/VernApiError.ts';

/** The lazily loaded module: every schema and `safeParse`. */
export type Schemas = typeof import('../schemas/runtime.ts');

/** Names the schema a call needs, so the calling module imports no zod itself. */
export type SchemaPick<S> = (schemas: Schemas) => S;

let loading: Promise<Schemas> | undefined;

/**
 * zod and the schemas load on demand: every check runs after an `await` (of the response, or
 * before a mutation is sent), so a page pays for them only once a client works, and
 * `createVernClient` starts the load at once so the chunk is in flight with the first request.
 * A failed load (offline, or a redeploy removed the chunk) is not remembered: the next call tries again.
 */
export function loadSchemas(): Promise<Schemas> {
  loading ??= import('../schemas/runtime.ts').catch((cause: unknown) => {
    loading = undefined;
    throw new VernApiError({
      kind: 'network',
      status: 0,
      cause,
      message: `Could not load the response checks of @vernkit/core: ${cause instanceof Error ? cause.message : String(cause)}`,
    });
  });
  return loading;
}
