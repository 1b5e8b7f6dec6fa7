/** What the page learns at boot: the same build runs on the in-browser mock or on Vern via the host's server. */
export interface DemoRuntimeConfig {
  mode: 'mock' | 'real';
  /** Where the browser reaches Vern: the host's proxy (real mode) or the mock's handlers (mock mode). */
  proxyPath: string;
}

export const DEFAULT_PROXY_PATH = '/api/vern';

/**
 * Asks the demo's server which mode it runs in. Without a server (a static host, `vite
 * preview`) the answer is mock mode, which needs none.
 */
export async function readRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<DemoRuntimeConfig> {
  try {
    const response = await fetchImpl('/api/vern-config', { headers: { accept: 'application/json' } });
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && type.includes('application/json')) {
      const body: unknown = await response.json();
      if (typeof body === 'object' && body !== null) {
        const { mode, proxyPath } = body as Record<string, unknown>;
        if (mode === 'real' || mode === 'mock') {
          return {
            mode,
            proxyPath:
              typeof proxyPath === 'string' && proxyPath.startsWith('/') ? proxyPath : DEFAULT_PROXY_PATH,
          };
        }
      }
    }
  } catch {
    // No server: mock mode.
  }
  return { mode: 'mock', proxyPath: DEFAULT_PROXY_PATH };
}
