import type { ThreadInclude } from '@vernkit/core';

/**
 * Hierarchical query keys, so a prefix invalidates everything below it:
 * `vernKeys.migration(id)` covers the migration's files, runs, preview and thread.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: vernKeys.runs(migrationId) });
 */
export const vernKeys = {
  all: ['vern'] as const,

  templates: () => [...vernKeys.all, 'templates'] as const,
  sources: () => [...vernKeys.all, 'sources'] as const,

  migrations: () => [...vernKeys.all, 'migrations'] as const,
  migration: (migrationId: string) => [...vernKeys.migrations(), migrationId] as const,
  files: (migrationId: string) => [...vernKeys.migration(migrationId), 'files'] as const,
  runs: (migrationId: string) => [...vernKeys.migration(migrationId), 'runs'] as const,
  run: (migrationId: string, runId: string) => [...vernKeys.runs(migrationId), runId] as const,
  preview: (migrationId: string) => [...vernKeys.migration(migrationId), 'preview'] as const,
  threads: (migrationId: string) => [...vernKeys.migration(migrationId), 'thread'] as const,
  thread: (migrationId: string, include: ThreadInclude = 'user') =>
    [...vernKeys.threads(migrationId), include] as const,

  companies: () => [...vernKeys.all, 'companies'] as const,
  company: (companyId: string) => [...vernKeys.companies(), companyId] as const,
  imports: (companyId: string) => [...vernKeys.company(companyId), 'imports'] as const,
  importRun: (companyId: string, runId: string) => [...vernKeys.imports(companyId), 'run', runId] as const,
  activeImport: (companyId: string) => [...vernKeys.imports(companyId), 'active'] as const,
  importHistory: (companyId: string) => [...vernKeys.imports(companyId), 'history'] as const,
};

/**
 * Mutation keys: the same hierarchy, so `useIsMutating({ mutationKey: vernMutationKeys.run(m, r) })`
 * tells any component that something is being sent for that run.
 */
export const vernMutationKeys = {
  createMigration: () => [...vernKeys.migrations(), 'create'] as const,
  uploadFiles: (migrationId: string) => [...vernKeys.files(migrationId), 'upload'] as const,
  startRun: (migrationId: string) => [...vernKeys.runs(migrationId), 'start'] as const,
  run: (migrationId: string, runId: string) => [...vernKeys.run(migrationId, runId), 'mutate'] as const,
  answer: (migrationId: string, runId: string) =>
    [...vernMutationKeys.run(migrationId, runId), 'answer'] as const,
  credentials: (migrationId: string, runId: string) =>
    [...vernMutationKeys.run(migrationId, runId), 'credentials'] as const,
  cancel: (migrationId: string, runId: string) =>
    [...vernMutationKeys.run(migrationId, runId), 'cancel'] as const,
  importUpload: (companyId: string) => [...vernKeys.imports(companyId), 'upload'] as const,
  startImport: (companyId: string) => [...vernKeys.imports(companyId), 'start'] as const,
  decision: (companyId: string, runId: string) =>
    [...vernKeys.importRun(companyId, runId), 'decision'] as const,
};
