import type {
  Answers,
  CreateMigrationRequest,
  Run,
  RunKind,
  StartRunRequest,
  ThreadInclude,
  VernClient,
} from '@vernkit/core';
import type { VernMock } from '@vernkit/mock';
import { createMemoryStorage, type FlowStorage } from '@vernkit/react';
import { mockClient } from './mockClient.ts';
import { type SampleFileName, sampleUpload } from './sampleFiles.ts';

/**
 * What a state story hands to `<MigrationFlow>`: the migration to create (idempotent through
 * its `external_id`, so the flow reads its current status), and the stored run as after a reload.
 */
export interface PreparedFlow {
  create: CreateMigrationRequest;
  storage: FlowStorage;
  storageKey: string;
}

const STORAGE_KEY = 'story';

/**
 * What a customer did before the story opens, done straight on the story's mock: create the
 * migration, upload, start runs, answer, and let the engine catch up (`settle`). The story then
 * renders the flow as a returning customer sees it after a reload. Everything comes from the
 * real simulated Vern; nothing is a hand-written response.
 */
export class Journey {
  readonly client: VernClient;
  runId: string | null = null;
  kind: RunKind | null = null;

  private constructor(
    readonly mock: VernMock,
    readonly request: CreateMigrationRequest,
    readonly migrationId: string,
  ) {
    this.client = mockClient(mock);
  }

  /** A migration (Contacts only, unless `request` says otherwise) with the files uploaded. */
  static async begin(
    mock: VernMock,
    request: Partial<CreateMigrationRequest> = {},
    files: SampleFileName[] | File[] = ['contacts-clean.csv'],
  ): Promise<Journey> {
    const client = mockClient(mock);
    const create: CreateMigrationRequest = {
      name: 'Acme onboarding',
      external_id: `story-${crypto.randomUUID()}`,
      templates: ['contacts'],
      ...request,
    };
    const { migration } = await client.createMigration(create);
    const journey = new Journey(mock, create, migration.id);
    if (files.length > 0) {
      const uploads = files.map((f) => (typeof f === 'string' ? sampleUpload(f) : f));
      await client.uploadFiles(migration.id, uploads);
    }
    return journey;
  }

  /** Start `generate` (opens the run) or resume the same run for `update`, `clarify`, `execute`. */
  async start(request: StartRunRequest): Promise<this> {
    const accepted = await this.client.startRun(this.migrationId, request);
    this.runId = accepted.run_id;
    this.kind = request.kind;
    return this;
  }

  /** Let the engine run until every run waits on the customer or is done. */
  settle(): this {
    this.mock.settle();
    return this;
  }

  async run(): Promise<Run> {
    if (!this.runId) throw new Error('No run started yet');
    return this.client.getRun(this.migrationId, this.runId);
  }

  /** Answer every question the agent asks with its first option (or "yes" to an open one), until it stops asking. */
  async answerEveryQuestion(): Promise<this> {
    for (let round = 0; round < 10; round++) {
      this.settle();
      const run = await this.run();
      if (run.status !== 'blocked' || run.blocked_reason !== 'question') return this;
      const answers: Answers = run.questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'yes' }));
      await this.client.answerQuestions(this.migrationId, run.run_id, answers);
    }
    throw new Error('The agent kept asking after 10 rounds of answers');
  }

  async cancel(): Promise<this> {
    if (!this.runId) throw new Error('No run to cancel');
    await this.client.cancelRun(this.migrationId, this.runId);
    return this;
  }

  /**
   * Move the mock's clock in small steps (frozen mocks only: nothing moves on its own) until
   * `done` says so, e.g. until the agent has said a few things but is still at work.
   */
  async advanceUntil(
    done: (run: Run, events: number) => boolean,
    { include = 'user', stepMs = 1_000_000 }: { include?: ThreadInclude; stepMs?: number } = {},
  ): Promise<this> {
    for (let i = 0; i < 500; i++) {
      const [run, thread] = await Promise.all([
        this.run(),
        this.client.getThread(this.migrationId, { include }),
      ]);
      if (done(run, thread.events.length)) return this;
      this.mock.clock.advance(stepMs);
    }
    throw new Error('The run never reached the wanted state');
  }

  /**
   * The flow's props, with the run stored the way `useMigrationFlow` persists it (record v1
   * under `vernkit:migration-flow:<storageKey>`), as after a page reload.
   */
  flowProps(): PreparedFlow {
    const record = { v: 1, migrationId: this.migrationId, runId: this.runId, kind: this.kind };
    return {
      create: this.request,
      storageKey: STORAGE_KEY,
      storage: createMemoryStorage({ [`vernkit:migration-flow:${STORAGE_KEY}`]: JSON.stringify(record) }),
    };
  }
}

/** An imports-preview company on the mock, on its file-based source (the imports API names it by UUID). */
export async function provisionCompany(mock: VernMock): Promise<string> {
  const client = mockClient(mock);
  const { sources } = await client.listSources();
  const source = sources.find((s) => typeof s.id === 'string' && /spreadsheet/i.test(s.name)) ?? sources[0];
  if (!source?.id) throw new Error('The mock lists no source with an id');
  const { company } = await client.provisionCompany({ name: 'Northwind Traders', source: source.id });
  return company.id;
}

/**
 * An import started on the mock and, unless `settle` is false (a frozen mock keeps it
 * importing), run until it parks at `needs_attention`, fails or completes.
 */
export async function startImport(
  mock: VernMock,
  companyId: string,
  file: SampleFileName,
  { settle = true }: { settle?: boolean } = {},
): Promise<string> {
  const client = mockClient(mock);
  const upload = sampleUpload(file);
  const { upload_url, upload_ref } = await client.createImportUpload(companyId, {
    name: upload.name,
    content_type: upload.type,
  });
  await client.uploadFile(upload_url, upload);
  const { run_id } = await client.startImport(companyId, { files: [{ name: upload.name, upload_ref }] });
  if (settle) mock.settle();
  return run_id;
}

/**
 * An import flow's storage holding `runId`, the way `useImportFlow` persists it (record v1
 * under `vernkit:import-flow:<companyId>`), as after a reload: a finished import is not
 * "active", so only a stored run brings its outcome back.
 */
export function importFlowStorage(companyId: string, runId: string): FlowStorage {
  const record = { v: 1, runId, idempotencyKey: null, files: [] };
  return createMemoryStorage({ [`vernkit:import-flow:${companyId}`]: JSON.stringify(record) });
}

const flowStorages = new WeakMap<VernMock, FlowStorage>();

/**
 * A flow's storage that lives as long as the story's mock. Stories in one origin share the
 * default `localStorage`, so two live stories (a docs page shows several) would resume each
 * other's migration, which the other mock does not have.
 */
export function storageFor(mock: VernMock | undefined): FlowStorage | null {
  if (!mock) return null;
  const existing = flowStorages.get(mock);
  if (existing) return existing;
  const storage = createMemoryStorage();
  flowStorages.set(mock, storage);
  return storage;
}

const prepared = new WeakMap<VernMock, unknown>();

/**
 * Prepare once per mock: Storybook runs `beforeEach` again on a toolbar change, and the
 * migration should stay where it is.
 */
export async function prepare<T>(
  mock: VernMock | undefined,
  steps: (mock: VernMock) => Promise<T>,
): Promise<void> {
  if (!mock) throw new Error('A prepared story needs parameters.vernkit.mock');
  if (!prepared.has(mock)) prepared.set(mock, await steps(mock));
}

/** What `prepare` made for this story's mock. */
export function preparedFor<T>(mock: VernMock | undefined): T {
  if (!mock || !prepared.has(mock)) {
    throw new Error('This story renders prepared state: call prepare() in its beforeEach');
  }
  return prepared.get(mock) as T;
}

export const prepareFlow = (mock: VernMock | undefined, steps: (mock: VernMock) => Promise<PreparedFlow>) =>
  prepare(mock, steps);

export const preparedFlow = (mock: VernMock | undefined) => preparedFor<PreparedFlow>(mock);
