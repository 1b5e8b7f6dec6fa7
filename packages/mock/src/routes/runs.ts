import { RUN_KINDS } from '@vernkit/core';
import { clarifyScript } from '../engine/agent/clarify.ts';
import { executeScript } from '../engine/agent/execute.ts';
import { generateScript } from '../engine/agent/generate.ts';
import { updateScript } from '../engine/agent/update.ts';
import { iso } from '../engine/clock.ts';
import { connectorForSource } from '../engine/connectors.ts';
import { prepareExtraction } from '../engine/extraction.ts';
import { uuid } from '../engine/ids.ts';
import { newDrive, start, stop } from '../engine/runner.ts';
import { contextFor, policyFor } from '../engine/simulation.ts';
import type { ConnectionRecord, MigrationRecord, MigrationRun } from '../engine/store.ts';
import { badRequest, conflict } from '../http/ApiError.ts';
import { optionalBoolean, readJsonObject, requiredString } from '../http/body.ts';
import { json } from '../http/respond.ts';
import { apiUrl, type RouteContext, type RouteHandler } from './context.ts';
import { migrationOf, runOf } from './lookup.ts';
import { runJson } from './serialize.ts';

const IN_FLIGHT = new Set(['queued', 'running', 'blocked']);

export function inFlightRun(migration: MigrationRecord): MigrationRun | undefined {
  for (const run of migration.runs.values()) if (IN_FLIGHT.has(run.status)) return run;
  return undefined;
}

/** The connection a generate reads: the most recently saved one. */
export function currentConnection(connections: readonly ConnectionRecord[]): ConnectionRecord | undefined {
  return connections.reduce<ConnectionRecord | undefined>(
    (latest, c) => (!latest || c.savedAt >= latest.savedAt ? c : latest),
    undefined,
  );
}

/**
 * `POST /migrations/{id}/runs`. `generate` opens a run; `update`, `clarify` and `execute`
 * resume the run behind the current preview. One run in flight at a time: a second is a
 * 409 carrying the active `run_id`, which is how a client recovers a lost POST.
 */
export const startRun: RouteHandler = async (ctx) => {
  const migration = migrationOf(ctx);
  const body = await readJsonObject(ctx.request);
  const kind = body.kind;
  if (kind === undefined || kind === null)
    throw badRequest('kind is required: generate, update, clarify or execute');
  if (typeof kind !== 'string' || !(RUN_KINDS as readonly string[]).includes(kind)) {
    throw badRequest('kind must be one of generate, update, clarify, execute');
  }
  const extract = optionalBoolean(body, 'extract_via_api');
  const message = kind === 'update' || kind === 'clarify' ? requiredString(body, 'message') : null;
  const active = inFlightRun(migration);
  if (active) throw conflict('A run is already in progress for this migration.', { run_id: active.id });
  if (kind === 'generate') return generate(ctx, migration, extract);
  return resumePreviewRun(ctx, migration, kind as 'update' | 'clarify' | 'execute', message ?? '');
};

async function generate(
  ctx: RouteContext,
  migration: MigrationRecord,
  extract: boolean | undefined,
): Promise<Response> {
  const { sim } = ctx;
  if (migration.templates.length === 0) throw conflict('This migration has no target templates');
  const policy = policyFor(sim, migration.scenario);
  const now = sim.clock.now();
  let connection = currentConnection(migration.connections);
  if (policy.liveSource && !connection && extract !== false) connection = attachLiveSource(migration, now);
  if (extract === true && !connection) {
    throw badRequest(
      'extract_via_api is true but no live source is connected: POST /source-connection first',
    );
  }
  const files = migration.files;
  const viaApi =
    connection !== undefined &&
    (extract === true || (extract === undefined && (files.length === 0 || policy.liveSource)));
  if (files.length === 0 && !viaApi) {
    throw badRequest('Upload at least one file or connect a live source before generating');
  }
  const extraction = viaApi && connection ? await prepareExtraction(connection) : null;
  const run: MigrationRun = {
    id: uuid(),
    migrationId: migration.id,
    createdAt: iso(now),
    kind: 'generate',
    status: 'queued',
    message: 'Queued',
    blockedReason: null,
    questions: [],
    questionSheets: new Map(),
    credentialRequest: null,
    report: null,
    error: null,
    answers: null,
    work: null,
    drive: newDrive(now, sim.speed * policy.pace),
  };
  migration.runs.set(run.id, run);
  start(
    run.drive,
    generateScript(contextFor(sim, migration, run), { files: files.slice(), extraction }),
    now,
  );
  return json(
    { run_id: run.id, status: 'queued', poll_url: apiUrl(ctx, `/migrations/${migration.id}/runs/${run.id}`) },
    201,
  );
}

/** The credentials scenario reads a live source even when the host attached none. */
function attachLiveSource(migration: MigrationRecord, now: number): ConnectionRecord {
  const connector = connectorForSource(migration.source);
  const connection: ConnectionRecord = {
    id: uuid(),
    profileId: null,
    sourceKey: connector.key,
    config: {},
    selectedStreams: null,
    streamState: {},
    credsConfigured: false,
    boundExtractorId: null,
    lastSnapshot: null,
    lastSyncAt: null,
    savedAt: now,
  };
  migration.connections.push(connection);
  return connection;
}

function resumePreviewRun(
  ctx: RouteContext,
  migration: MigrationRecord,
  kind: 'update' | 'clarify' | 'execute',
  message: string,
): Response {
  const { sim } = ctx;
  const preview = migration.preview;
  if (!preview)
    throw conflict(
      `There is no preview to ${kind === 'execute' ? 'execute' : 'act on'} yet: run generate first`,
    );
  if (preview.executed) throw conflict('This preview was already executed: generate a fresh one');
  const run = migration.runs.get(preview.runId);
  if (!run || run.status === 'failed' || run.status === 'canceled') {
    throw conflict('The approved preview is no longer resumable: generate a fresh one');
  }
  const now = sim.clock.now();
  const policy = policyFor(sim, migration.scenario);
  run.kind = kind;
  run.status = 'running';
  run.message = RESUME_MESSAGE[kind];
  run.error = null;
  run.report = null;
  run.drive.factor = sim.speed * policy.pace;
  const agent = contextFor(sim, migration, run);
  const script =
    kind === 'update'
      ? updateScript(agent, preview.workbook, message)
      : kind === 'clarify'
        ? clarifyScript(agent, preview.workbook, message)
        : executeScript(agent, preview);
  start(run.drive, script, now);
  migration.thread.append('status', { message: RESUME_MESSAGE[kind] }, now);
  return json(
    {
      run_id: run.id,
      status: 'running',
      poll_url: apiUrl(ctx, `/migrations/${migration.id}/runs/${run.id}`),
    },
    201,
  );
}

const RESUME_MESSAGE = {
  update: 'Updating the preview',
  clarify: 'Looking into your question',
  execute: 'Importing your data',
} as const;

export const getRun: RouteHandler = (ctx) => json(runJson(runOf(ctx, migrationOf(ctx))));

/** `PATCH /runs/{id}`: the only accepted body is `{ "status": "cancel_requested" }`. */
export const cancelRun: RouteHandler = async (ctx) => {
  const migration = migrationOf(ctx);
  const run = runOf(ctx, migration);
  const body = await readJsonObject(ctx.request);
  if (body.status !== 'cancel_requested' || Object.keys(body).length !== 1) {
    throw badRequest('The only accepted body is { "status": "cancel_requested" }');
  }
  if (IN_FLIGHT.has(run.status)) {
    stop(run.drive);
    run.status = 'canceled';
    run.message = null;
    run.blockedReason = null;
    run.questions = [];
    run.credentialRequest = null;
    run.work = null;
    migration.thread.append('status', { message: 'Run canceled' }, ctx.sim.clock.now());
  }
  return json(runJson(run));
};
