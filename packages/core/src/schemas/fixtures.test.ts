import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { withRunId } from '../client/context.ts';
import {
  PinSourceRequestSchema,
  PinSourceResponseSchema,
  SourceListSchema,
  TemplateListSchema,
  TemplateSchema,
} from './catalogue.ts';
import { ApiErrorBodySchema } from './common.ts';
import {
  DecisionRequestSchema,
  ImportRunSchema,
  ImportUploadResponseSchema,
  ProvisionCompanyResponseSchema,
} from './imports.ts';
import {
  CreateMigrationRequestSchema,
  CreateMigrationResponseSchema,
  DeleteSourceConnectionResponseSchema,
  FileListSchema,
  SaveSourceConnectionRequestSchema,
  SignedUploadListSchema,
  SourceConnectionResponseSchema,
  UploadRequestFileSchema,
} from './migration.ts';
import { PreviewSchema } from './preview.ts';
import {
  AnswerRequestSchema,
  CancelRunRequestSchema,
  RunAcceptedSchema,
  RunResumedSchema,
  RunSchema,
  StartRunRequestSchema,
  SubmitCredentialsRequestSchema,
} from './run.ts';
import { ThreadSnapshotSchema } from './thread.ts';

const FIXTURES = join(import.meta.dirname, '..', '__fixtures__');

/** A poll excerpt that leaves out `run_id` is read the way the client reads it: the id from the URL. */
const RunPollSchema = z.pipe(
  z.transform((v) => withRunId(v, 'run-id-from-url')),
  RunSchema,
);

const SCHEMA_BY_FIXTURE: Record<string, z.ZodMiniType> = {
  'current/answer-questions.blocked-question-poll.json': RunPollSchema,
  'current/answer-questions.request-freeform.json': AnswerRequestSchema,
  'current/answer-questions.request-structured.json': AnswerRequestSchema,
  'current/answer-questions.response.json': RunResumedSchema,
  'current/create-a-migration.response-201.json': CreateMigrationResponseSchema,
  'current/errors.error-body.json': ApiErrorBodySchema,
  'current/get-the-preview.response.json': PreviewSchema,
  'current/list-sources.response.json': SourceListSchema,
  'current/list-templates.list-response.json': TemplateListSchema,
  'current/list-templates.single-response.json': TemplateSchema,
  'current/pin-a-source.response.json': PinSourceResponseSchema,
  'current/poll-a-run.blocked-credentials.json': RunSchema,
  'current/poll-a-run.blocked-question.json': RunSchema,
  'current/poll-a-run.cancel-request.json': CancelRunRequestSchema,
  'current/poll-a-run.completed-execute.json': RunSchema,
  'current/poll-a-run.conflict-409.json': ApiErrorBodySchema,
  'current/quickstart.awaiting-approval.json': RunSchema,
  'current/quickstart.completed-execute.json': RunSchema,
  'current/quickstart.create-migration-response.json': CreateMigrationResponseSchema,
  'current/quickstart.run-accepted.json': RunAcceptedSchema,
  'current/quickstart.signed-uploads.json': SignedUploadListSchema,
  'current/source-connection.delete-response.json': DeleteSourceConnectionResponseSchema,
  'current/source-connection.response-201.json': SourceConnectionResponseSchema,
  'current/start-a-run.conflict-409.json': ApiErrorBodySchema,
  'current/start-a-run.response-201.json': RunAcceptedSchema,
  'current/stream-the-thread.snapshot.json': ThreadSnapshotSchema,
  'current/submit-credentials.blocked-credentials.json': RunSchema,
  'current/submit-credentials.response.json': RunResumedSchema,
  'current/upload-files.listed-files.json': FileListSchema,
  'current/upload-files.signed-uploads.json': SignedUploadListSchema,
  'imports-preview/errors.error-body.json': ApiErrorBodySchema,
  'imports-preview/import-files.run-accepted.json': RunAcceptedSchema,
  'imports-preview/import-files.upload-response.json': ImportUploadResponseSchema,
  'imports-preview/list-sources.response.json': SourceListSchema,
  'imports-preview/list-templates.response.json': TemplateListSchema,
  'imports-preview/poll-an-import.completed.json': ImportRunSchema,
  'imports-preview/poll-an-import.needs-attention.json': ImportRunSchema,
  'imports-preview/provision-a-company.response-201.json': ProvisionCompanyResponseSchema,
  'imports-preview/quickstart.completed.json': ImportRunSchema,
  'imports-preview/quickstart.provision-response.json': ProvisionCompanyResponseSchema,
  'imports-preview/quickstart.run-accepted.json': RunAcceptedSchema,
  'imports-preview/resolve-flagged-rows.needs-attention.json': ImportRunSchema,
  'imports-preview/resolve-flagged-rows.request-approve.json': DecisionRequestSchema,
  'imports-preview/resolve-flagged-rows.request-reject.json': DecisionRequestSchema,
  'imports-preview/resolve-flagged-rows.response.json': RunAcceptedSchema,
  'openapi/RateLimited.429.json': ApiErrorBodySchema,
  'openapi/answerRun.200.json': RunResumedSchema,
  'openapi/answerRun.request.freeform.json': AnswerRequestSchema,
  'openapi/answerRun.request.structured.json': AnswerRequestSchema,
  'openapi/cancelRun.200.json': RunSchema,
  'openapi/cancelRun.request.json': CancelRunRequestSchema,
  'openapi/createMigration.201.json': CreateMigrationResponseSchema,
  'openapi/createMigration.request.json': CreateMigrationRequestSchema,
  'openapi/createUploads.201.json': SignedUploadListSchema,
  'openapi/createUploads.request.json': z.object({
    files: z.array(UploadRequestFileSchema).check(z.minLength(1)),
  }),
  'openapi/deleteSourceConnection.200.json': DeleteSourceConnectionResponseSchema,
  'openapi/getPreview.200.json': PreviewSchema,
  'openapi/getRun.200.awaiting_approval.json': RunSchema,
  'openapi/getRun.200.blocked.json': RunSchema,
  'openapi/getRun.200.blocked_credentials.json': RunSchema,
  'openapi/getRun.200.completed.json': RunSchema,
  'openapi/getRun.200.failed.json': RunSchema,
  'openapi/getRun.200.running.json': RunSchema,
  'openapi/getThread.200.json': ThreadSnapshotSchema,
  'openapi/listFiles.200.json': FileListSchema,
  'openapi/listSources.200.json': SourceListSchema,
  'openapi/pinSource.200.json': PinSourceResponseSchema,
  'openapi/pinSource.request.json': PinSourceRequestSchema,
  'openapi/saveSourceConnection.request.json': SaveSourceConnectionRequestSchema,
  'openapi/startRun.201.json': RunAcceptedSchema,
  'openapi/startRun.409.json': ApiErrorBodySchema,
  'openapi/startRun.request.clarify.json': StartRunRequestSchema,
  'openapi/startRun.request.execute.json': StartRunRequestSchema,
  'openapi/startRun.request.generate.json': StartRunRequestSchema,
  'openapi/startRun.request.generate_api.json': StartRunRequestSchema,
  'openapi/startRun.request.update.json': StartRunRequestSchema,
  'openapi/submitCredentials.200.json': RunResumedSchema,
  'openapi/submitCredentials.409.json': ApiErrorBodySchema,
  'openapi/submitCredentials.request.json': SubmitCredentialsRequestSchema,
};

const files = ['current', 'imports-preview', 'openapi'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${dir}/${name}`),
);

const load = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

describe('API reference fixtures', () => {
  it('has a schema for every fixture and a fixture for every schema entry', () => {
    expect(files.length).toBeGreaterThan(70);
    expect(files.filter((f) => !(f in SCHEMA_BY_FIXTURE))).toEqual([]);
    expect(Object.keys(SCHEMA_BY_FIXTURE).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s parses with its schema, keeping every field and its status', (file) => {
    const schema = SCHEMA_BY_FIXTURE[file] as z.ZodMiniType;
    const input = load(file);
    const result = schema.safeParse(input);
    if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
    const output = result.data as Record<string, unknown>;
    for (const key of Object.keys(input as object)) expect(output).toHaveProperty(key);
    const status = (input as { status?: unknown }).status;
    if (typeof status === 'string') expect(output.status).toBe(status);
  });
});

describe('what the fixtures normalise', () => {
  it('reads an imports-preview question (prompt, allow_custom) as a current-API question', () => {
    const run = ImportRunSchema.parse(load('imports-preview/resolve-flagged-rows.needs-attention.json'));
    if (run.status !== 'needs_attention') throw new Error('expected needs_attention');
    const [question] = run.needs_attention.questions;
    expect(question?.question).toMatch(/^Some Status values/);
    expect(question?.allowCustom).toBe(true);
    expect(question?.target?.affected_count).toBe(12);
    expect(run.needs_attention.proposed_patch?.actions.map((a) => a.action)).toEqual([
      'set_value',
      'delete_invalid_rows',
    ]);
  });

  it('reads the credential block without inventing a question', () => {
    const run = RunSchema.parse(load('current/poll-a-run.blocked-credentials.json'));
    if (run.status !== 'blocked') throw new Error('expected blocked');
    expect(run.blocked_reason).toBe('credentials');
    expect(run.questions).toEqual([]);
    expect(run.credential_request?.schema.client_secret?.secret).toBe(true);
  });

  it('reads the preview grid with its header row first', () => {
    const preview = PreviewSchema.parse(load('current/get-the-preview.response.json'));
    expect(preview.sheets[0]?.rows[0]).toEqual(['Email', 'First Name', 'Last Name', 'Account']);
    expect(preview.sheets[0]?.invalid_cells).toEqual([]);
  });

  it('keeps the 409 body run_id for recovery', () => {
    expect(ApiErrorBodySchema.parse(load('current/start-a-run.conflict-409.json')).run_id).toBe(
      'd4c3b2a1-...',
    );
  });
});
