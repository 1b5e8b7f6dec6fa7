// src/keys/vernKeys.ts
/**
* Hierarchical query keys, so a prefix invalidates everything below it:
* `vernKeys.migration(id)` covers the migration's files, runs, preview and thread.
*
* @example
* queryClient.invalidateQueries({ queryKey: vernKeys.runs(migrationId) });
*/
const vernKeys = {
	all: ["vern"],
	templates: () => [...vernKeys.all, "templates"],
	sources: () => [...vernKeys.all, "sources"],
	migrations: () => [...vernKeys.all, "migrations"],
	migration: (migrationId) => [...vernKeys.migrations(), migrationId],
	files: (migrationId) => [...vernKeys.migration(migrationId), "files"],
	runs: (migrationId) => [...vernKeys.migration(migrationId), "runs"],
	run: (migrationId, runId) => [...vernKeys.runs(migrationId), runId],
	preview: (migrationId) => [...vernKeys.migration(migrationId), "preview"],
	threads: (migrationId) => [...vernKeys.migration(migrationId), "thread"],
	thread: (migrationId, include = "user") => [...vernKeys.threads(migrationId), include],
	companies: () => [...vernKeys.all, "companies"],
	company: (companyId) => [...vernKeys.companies(), companyId],
	imports: (companyId) => [...vernKeys.company(companyId), "imports"],
	importRun: (companyId, runId) => [
		...vernKeys.imports(companyId),
		"run",
		runId
	],
	activeImport: (companyId) => [...vernKeys.imports(companyId), "active"],
	importHistory: (companyId) => [...vernKeys.imports(companyId), "history"]
};
/**
* Mutation keys: the same hierarchy, so `useIsMutating({ mutationKey: vernMutationKeys.run(m, r) })`
* tells any component that something is being sent for that run.
*/
const vernMutationKeys = {
	createMigration: () => [...vernKeys.migrations(), "create"],
	uploadFiles: (migrationId) => [...vernKeys.files(migrationId), "upload"],
	startRun: (migrationId) => [...vernKeys.runs(migrationId), "start"],
	run: (migrationId, runId) => [...vernKeys.run(migrationId, runId), "mutate"],
	answer: (migrationId, runId) => [...vernMutationKeys.run(migrationId, runId), "answer"],
	credentials: (migrationId, runId) => [...vernMutationKeys.run(migrationId, runId), "credentials"],
	cancel: (migrationId, runId) => [...vernMutationKeys.run(migrationId, runId), "cancel"],
	importUpload: (companyId) => [...vernKeys.imports(companyId), "upload"],
	startImport: (companyId) => [...vernKeys.imports(companyId), "start"],
	decision: (companyId, runId) => [...vernKeys.importRun(companyId, runId), "decision"]
};
export { vernKeys, vernMutationKeys };
