import { planAnswers } from '../engine/agent/questions.ts';
import { resume } from '../engine/runner.ts';
import { badRequest, conflict, notFound } from '../http/ApiError.ts';
import { isObject, readJsonObject } from '../http/body.ts';
import { json } from '../http/respond.ts';
import type { RouteHandler } from './context.ts';
import { migrationOf, runOf } from './lookup.ts';

/**
 * `POST /runs/{id}/messages`: answer a question block, structured (`[{ id, value }]`) or
 * free-form (a string). A credentials block refuses it (409), so secrets never reach the thread.
 */
export const answerRun: RouteHandler = async (ctx) => {
  const migration = migrationOf(ctx);
  const run = runOf(ctx, migration);
  const body = await readJsonObject(ctx.request);
  const answers = readAnswers(body.answers);
  if (run.status !== 'blocked')
    throw conflict(`This run is not blocked (it is ${run.status}): there is no question to answer`);
  if (run.blockedReason === 'credentials') {
    throw conflict(
      'This run is waiting for credentials: send them to the credentials endpoint, never as a message',
    );
  }
  if (run.questions.length === 0 || !run.work)
    throw conflict('The agent has no active question to answer yet: retry shortly');
  const plan = planAnswers(run, run.work, answers);
  run.answers =
    typeof answers === 'string'
      ? { answers }
      : Object.fromEntries(answers.map(({ id, value }) => [id, value]));
  run.status = 'running';
  run.message = 'Applying your answer';
  run.blockedReason = null;
  resume(run.drive, { kind: 'answers', plan }, ctx.sim.clock.now());
  return json({ run_id: run.id, status: 'running' });
};

function readAnswers(value: unknown): string | Array<{ id: string; value: string }> {
  if (value === undefined || value === null) throw badRequest('answers is required');
  if (typeof value === 'string') {
    if (value.trim() === '') throw badRequest('answers must not be empty');
    return value;
  }
  if (!Array.isArray(value)) throw badRequest('answers must be a string or an array of { id, value }');
  if (value.length === 0) throw badRequest('answers must not be empty');
  return value.map((entry, i) => {
    if (!isObject(entry) || typeof entry.id !== 'string' || entry.id === '') {
      throw badRequest(`answers[${i}].id must be a question id`);
    }
    if (typeof entry.value !== 'string' || entry.value.trim() === '') {
      throw badRequest(`answers[${i}].value must be a non-empty string`);
    }
    return { id: entry.id, value: entry.value };
  });
}

/**
 * `POST /runs/{id}/credentials`: the only way secrets reach the run. They go to the
 * vault; nothing of them is echoed, threaded or logged.
 */
export const submitCredentials: RouteHandler = async (ctx) => {
  const migration = migrationOf(ctx);
  const run = runOf(ctx, migration);
  const body = await readJsonObject(ctx.request);
  const credentials = body.credentials;
  if (!isObject(credentials) || Object.keys(credentials).length === 0) {
    throw badRequest('credentials must be a non-empty object');
  }
  if (body.connection_id !== undefined && typeof body.connection_id !== 'string') {
    throw badRequest('connection_id must be a string');
  }
  if (run.status !== 'blocked' || run.blockedReason !== 'credentials' || !run.credentialRequest) {
    throw conflict('This run is not awaiting credentials.');
  }
  const requested = run.credentialRequest.connection_id as string;
  if (body.connection_id !== undefined && body.connection_id !== requested) {
    throw conflict('connection_id does not match the connection this run asked about');
  }
  const connection = migration.connections.find((c) => c.id === requested);
  if (!connection) throw notFound("The run's source connection no longer exists");
  ctx.sim.world.vault.set(connection.id, { ...credentials });
  connection.credsConfigured = true;
  run.status = 'running';
  run.message = 'Credentials received';
  run.blockedReason = null;
  run.credentialRequest = null;
  resume(run.drive, { kind: 'credentials' }, ctx.sim.clock.now());
  return json({ run_id: run.id, status: 'running' });
};
