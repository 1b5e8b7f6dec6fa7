import { loadSchemas } from '../http/loadSchemas.ts';
import { createTransport, type RetryInfo } from '../http/transport.ts';
import { normalizeBaseUrl } from '../http/url.ts';
import { catalogueMethods } from './catalogueMethods.ts';
import type { ClientContext } from './context.ts';
import { importMethods } from './importMethods.ts';
import { migrationMethods } from './migrationMethods.ts';
import { runMethods } from './runMethods.ts';
import { threadMethods } from './threadMethods.ts';
import { uploadMethods } from './uploadMethods.ts';
import type { VernClient, VernClientOptions } from './VernClient.ts';

/**
 * A typed, framework-free client for Vern's Migration API. Every response is validated;
 * failures are `VernApiError`s; reads retry on 429/5xx/network, mutations are sent once.
 *
 * @example
 * // server-side, with the key
 * const vern = createVernClient({ baseUrl: 'https://app.vern.so/api/v1', apiKey: process.env.VERN_API_KEY });
 * // in the browser, through the host's proxy
 * const vern = createVernClient({ baseUrl: '/api/vern' });
 */
export function createVernClient(options: VernClientOptions): VernClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const retryListeners = new Set<(info: RetryInfo) => void>();
  const onRetry = (info: RetryInfo) => {
    options.onRetry?.(info);
    for (const listener of retryListeners) listener(info);
  };
  const ctx: ClientContext = {
    baseUrl,
    transport: createTransport({ ...options, onRetry }),
    uploadTransport: options.uploadTransport ?? 'auto',
  };
  // The schemas load alongside the first request instead of after it; a failed load is
  // reported by the first call that needs them (and tried again then).
  loadSchemas().catch(() => undefined);
  const migrations = migrationMethods(ctx);
  // Not frozen: tests (ours and hosts') spy on methods with `vi.spyOn(client, 'getRun')`.
  return {
    baseUrl,
    subscribeRetries(listener) {
      retryListeners.add(listener);
      return () => void retryListeners.delete(listener);
    },
    ...catalogueMethods(ctx),
    ...migrations,
    ...uploadMethods(ctx, migrations.createUploads),
    ...runMethods(ctx),
    ...threadMethods(ctx),
    ...importMethods(ctx),
  };
}
