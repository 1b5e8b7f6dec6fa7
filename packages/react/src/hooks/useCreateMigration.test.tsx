import { act, renderHook } from '@testing-library/react';
import type { Migration } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { createTestKit } from '../test/createTestKit.tsx';
import { useCreateMigration } from './useCreateMigration.ts';

describe('useCreateMigration', () => {
  it('creates once per external_id: the same request returns the same migration', async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useCreateMigration(), { wrapper: kit.wrapper });
    const body = { name: 'Acme', external_id: 'acme-001', templates: ['contacts'] };
    const first = await act(() => result.current.mutateAsync(body));
    const again = await act(() => result.current.mutateAsync(body));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, migration: { id: first.migration.id } });
    expect(kit.queryClient.getQueryData<Migration>(vernKeys.migration(first.migration.id))?.name).toBe(
      'Acme',
    );
  });

  it('sends a double-triggered create once', async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useCreateMigration(), { wrapper: kit.wrapper });
    const body = { name: 'Acme', external_id: 'acme-002' };
    await act(() => Promise.all([result.current.mutateAsync(body), result.current.mutateAsync({ ...body })]));
    expect(kit.count('POST', /^\/migrations$/)).toBe(1);
  });

  it('refuses a malformed external_id before sending, and reports an unknown template from the server', async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => useCreateMigration(), { wrapper: kit.wrapper });
    const bad = await act(() =>
      result.current.mutateAsync({ name: 'Acme', external_id: 'no spaces!' }).catch((e) => e),
    );
    expect(bad).toMatchObject({ kind: 'bad_request', status: 0 });
    expect(kit.requests).toHaveLength(0);

    const unknown = await act(() =>
      result.current.mutateAsync({ name: 'Acme', templates: ['invoices'] }).catch((e) => e),
    );
    expect(unknown).toMatchObject({ kind: 'bad_request', status: 400 });
  });
});
