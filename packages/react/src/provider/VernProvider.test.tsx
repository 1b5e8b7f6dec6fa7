import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { createVernClient, type VernClient } from '@vernkit/core';
import { createVernMock } from '@vernkit/mock';
import { type ReactNode, Suspense } from 'react';
import { useTemplates } from '../hooks/useTemplates.ts';
import { vernKeys } from '../keys/vernKeys.ts';
import { BASE_URL, createTestKit } from '../test/createTestKit.tsx';
import { useVernClient } from './useVernClient.ts';
import { VernProvider } from './VernProvider.tsx';

function BaseUrl() {
  return <p>{useVernClient().baseUrl}</p>;
}

describe('VernProvider', () => {
  it('uses the host’s QueryClient when there is one above it', async () => {
    const kit = createTestKit();
    const host = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <VernProvider client={kit.client}>{children}</VernProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => ({ templates: useTemplates(), queryClient: useQueryClient() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.templates.isSuccess).toBe(true));
    expect(result.current.queryClient).toBe(host);
    expect(host.getQueryData(vernKeys.templates())).toBe(result.current.templates.data);
  });

  it('creates and keeps its own QueryClient when the host has none', async () => {
    const kit = createTestKit();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VernProvider client={kit.client}>{children}</VernProvider>
    );
    const { result, rerender } = renderHook(
      () => ({ templates: useTemplates(), queryClient: useQueryClient() }),
      {
        wrapper,
      },
    );
    const first = result.current.queryClient;
    await waitFor(() => expect(result.current.templates.isSuccess).toBe(true));
    rerender();
    expect(result.current.queryClient).toBe(first);
  });

  it('talks to a baseUrl with headers read at request time, without rebuilding the client', async () => {
    const mock = createVernMock({ speed: 0, apiKey: null });
    const seen: Array<string | null> = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      seen.push(request.headers.get('authorization'));
      return mock.fetch(request);
    };
    let token = 'one';
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VernProvider baseUrl={BASE_URL} fetch={fetch} headers={{ authorization: `Bearer ${token}` }}>
        {children}
      </VernProvider>
    );
    const { result, rerender } = renderHook(() => useVernClient(), { wrapper });
    const client = result.current;
    await act(() => client.listTemplates());
    token = 'two';
    rerender();
    expect(result.current).toBe(client);
    await act(() => result.current.listTemplates());
    expect(seen).toEqual(['Bearer one', 'Bearer two']);
  });

  it('suspends on a promised client until it resolves', async () => {
    const kit = createTestKit();
    let resolve: (client: VernClient) => void = () => undefined;
    const promised = new Promise<VernClient>((r) => {
      resolve = r;
    });
    await act(async () => {
      render(
        <VernProvider client={promised}>
          <Suspense fallback={<p>connecting</p>}>
            <BaseUrl />
          </Suspense>
        </VernProvider>,
      );
    });
    expect(screen.getByText('connecting')).toBeInTheDocument();
    await act(async () => resolve(kit.client));
    expect(await screen.findByText(BASE_URL)).toBeInTheDocument();
  });

  it('explains itself when a hook is used outside it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useVernClient())).toThrow(/within <VernProvider/);
    spy.mockRestore();
  });

  it('accepts a client built by the host', () => {
    const client = createVernClient({ baseUrl: '/api/vern' });
    const { result } = renderHook(() => useVernClient(), {
      wrapper: ({ children }) => <VernProvider client={client}>{children}</VernProvider>,
    });
    expect(result.current).toBe(client);
  });
});
