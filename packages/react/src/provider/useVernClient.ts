import type { VernClient } from '@vernkit/core';
import { useContext } from 'react';
import { readPromise } from './readPromise.ts';
import { VernContext } from './VernContext.ts';

/**
 * The `VernClient` of the nearest `<VernProvider>`. When the provider was given a promise of a
 * client, this suspends until it resolves (put a `<Suspense>` boundary above).
 *
 * @example
 * const client = useVernClient();
 * await queryClient.prefetchQuery(templatesQueryOptions(client));
 */
export function useVernClient(): VernClient {
  const context = useContext(VernContext);
  if (!context) {
    throw new Error(
      'useVernClient must be used within <VernProvider client={…}> or <VernProvider baseUrl="…">',
    );
  }
  const { client } = context;
  return isPromiseLike(client) ? readPromise(client) : client;
}

function isPromiseLike<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
