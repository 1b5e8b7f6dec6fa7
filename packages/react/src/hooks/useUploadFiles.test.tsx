import { act, renderHook } from '@testing-library/react';
import type { ListedFile } from '@vernkit/core';
import { vernKeys } from '../keys/vernKeys.ts';
import { CONTACTS_CSV, createTestKit, csvFile } from '../test/createTestKit.tsx';
import { useFiles } from './useFiles.ts';
import { useUploadFiles } from './useUploadFiles.ts';

async function migration(kit: ReturnType<typeof createTestKit>) {
  const { migration } = await kit.client.createMigration({ name: 'Acme', templates: ['contacts'] });
  return migration.id;
}

describe('useUploadFiles', () => {
  it('uploads with per-file progress and refreshes the file list', async () => {
    const kit = createTestKit();
    const migrationId = await migration(kit);
    const { result } = renderHook(
      () => ({ uploads: useUploadFiles(migrationId), files: useFiles(migrationId) }),
      {
        wrapper: kit.wrapper,
      },
    );
    const files = [csvFile('a.csv'), csvFile('b.csv', `${CONTACTS_CSV}\nzed@acme.com,Zed,Ng,555-0199`)];
    await act(() => result.current.uploads.upload(files));
    await act(async () => {
      await kit.queryClient.refetchQueries({ queryKey: vernKeys.files(migrationId) });
    });
    expect(result.current.uploads.progress).toEqual([
      { name: 'a.csv', loaded: files[0]?.size, total: files[0]?.size },
      { name: 'b.csv', loaded: files[1]?.size, total: files[1]?.size },
    ]);
    expect(
      kit.queryClient
        .getQueryData<ListedFile[]>(vernKeys.files(migrationId))
        ?.map((f) => f.name)
        .sort(),
    ).toEqual(['a.csv', 'b.csv']);
  });

  it('sends the same batch dropped twice once', async () => {
    const kit = createTestKit();
    const migrationId = await migration(kit);
    const { result } = renderHook(() => useUploadFiles(migrationId), { wrapper: kit.wrapper });
    const file = csvFile();
    await act(() => Promise.all([result.current.upload([file]), result.current.upload([file])]));
    expect(kit.count('PUT', /^\/storage\//)).toBe(1);
  });

  it('aborts: the promise rejects and the hook is idle again, not in error', async () => {
    const kit = createTestKit();
    const migrationId = await migration(kit);
    const { result } = renderHook(() => useUploadFiles(migrationId), { wrapper: kit.wrapper });
    let outcome: unknown;
    await act(async () => {
      const pending = result.current.upload([csvFile()]).catch((e: unknown) => e);
      result.current.abort();
      outcome = await pending;
    });
    expect((outcome as Error).name).toBe('AbortError');
    expect(result.current.status).toBe('idle');
  });

  it('reports a storage failure as a typed error naming the file', async () => {
    const kit = createTestKit();
    const migrationId = await migration(kit);
    kit.mock.injectFault({ type: '5xx', route: 'PUT /storage/**', count: 5 });
    const { result } = renderHook(() => useUploadFiles(migrationId), { wrapper: kit.wrapper });
    const error = await act(() => result.current.upload([csvFile('broken.csv')]).catch((e) => e));
    expect(error).toMatchObject({ name: 'VernApiError', fileName: 'broken.csv' });
  });
});
