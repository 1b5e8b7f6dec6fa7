import type { DecisionAnswer } from '@vernkit/core';
import { planApproval } from '../engine/agent/planDecision.ts';
import { resume } from '../engine/runner.ts';
import { tick } from '../engine/simulation.ts';
import { badRequest, conflict } from '../http/ApiError.ts';
import { isObject, readJsonObject } from '../http/body.ts';
import { json } from '../http/respond.ts';
import type { RouteHandler } from './context.ts';
import { importPollUrl } from './imports.ts';
import { companyOf, importOf } from './lookup.ts';

/**
 * `POST /imports/{run_id}/decisions`: `approve` (optionally with answers overriding the
 * proposed patch) re-runs the import; `reject` ends it `failed`, report intact.
 */
export const decide: RouteHandler = async (ctx) => {
  const company = companyOf(ctx);
  const run = importOf(ctx, company);
  const body = await readJsonObject(ctx.request);
  const decision = body.decision;
  if (decision !== 'approve' && decision !== 'reject')
    throw badRequest('decision must be "approve" or "reject"');
  if (decision === 'reject' && body.answers !== undefined)
    throw badRequest('answers are only accepted with "approve"');
  const answers = readDecisionAnswers(body.answers);
  if (run.status !== 'needs_attention') {
    throw conflict(`This run is not in needs_attention (it is ${run.status}): there is nothing to decide`);
  }
  const now = ctx.sim.clock.now();
  if (decision === 'reject') {
    resume(run.drive, { kind: 'decision', decision, sheets: null, partial: false }, now);
    // A rejection ends the run at once, so the response already says `failed`.
    tick(ctx.sim);
  } else {
    const { sheets, partial } = planApproval(run, company, answers);
    resume(run.drive, { kind: 'decision', decision, sheets, partial }, now);
    run.status = 'running';
    run.message = 'Applying the fix';
  }
  return json({ run_id: run.id, status: run.status, poll_url: importPollUrl(ctx, company, run) });
};

function readDecisionAnswers(value: unknown): DecisionAnswer[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw badRequest('answers must be an array of { question_id, option_id | custom }');
  return value.map((entry, i) => {
    if (!isObject(entry) || typeof entry.question_id !== 'string' || entry.question_id === '') {
      throw badRequest(`answers[${i}].question_id is required`);
    }
    const hasOption = entry.option_id !== undefined;
    const hasCustom = entry.custom !== undefined;
    if (hasOption === hasCustom)
      throw badRequest(`answers[${i}] needs either option_id or custom (not both)`);
    if (hasOption) {
      if (typeof entry.option_id !== 'string' || entry.option_id === '') {
        throw badRequest(`answers[${i}].option_id must be a string`);
      }
      return { question_id: entry.question_id, option_id: entry.option_id };
    }
    if (typeof entry.custom !== 'string' || entry.custom.trim() === '') {
      throw badRequest(`answers[${i}].custom must be a non-empty string`);
    }
    return { question_id: entry.question_id, custom: entry.custom };
  });
}
