import { renderHook, waitFor } from '@testing-library/react';
import { createTestKit, seedMigration } from '../test/createTestKit.tsx';
import { useFiles } from './useFiles.ts';
import { useSources } from './useSources.ts';
import { useTemplates } from './useTemplates.ts';

describe('catalogue hooks', () => {
  it('lists templates and sources once for every component that asks', async () => {
    const kit = createTestKit();
    const { result } = renderHook(() => ({ a: useTemplates(), b: useTemplates(), sources: useSources() }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() =>
      expect(result.current.a.data?.templates.map((t) => t.slug)).toEqual(['companies', 'contacts']),
    );
    expect(result.current.b.data).toBe(result.current.a.data);
    await waitFor(() => expect(result.current.sources.data?.sources.length).toBeGreaterThan(0));
    expect(kit.count('GET', /^\/templates$/)).toBe(1);
  });

  it('lists a migration’s files', async () => {
    const kit = createTestKit();
    const migrationId = await seedMigration(kit);
    const { result } = renderHook(() => useFiles(migrationId), { wrapper: kit.wrapper });
    await waitFor(() => expect(result.current.data?.map((f) => f.name)).toEqual(['contacts.csv']));
  });
});
