import * as z from 'zod/mini';
import { encodeSegment, joinUrl, resolvePollUrl } from '../http/url.ts';
import {
  AnswerRequestSchema,
  CancelRunRequestSchema,
  RunAcceptedSchema,
  RunResumedSchema,
  RunSchema,
  StartRunRequestSchema,
  SubmitCredentialsRequestSchema,
} from '../schemas/run.ts';
import { type ClientContext, checkInput, runIdFromUrl, withRunId } from './context.ts';
import type { VernClient } from './VernClient.ts';

type RunMethods = Pick<
  VernClient,
  'startRun' | 'getRun' | 'getRunByUrl' | 'cancelRun' | 'answerQuestions' | 'submitCredentials'
>;

const runSchemaFor = (runId: string | undefined) =>
  z.pipe(
    z.transform((v) => withRunId(v, runId)),
    RunSchema,
  );

export function runMethods({ baseUrl, transport }: ClientContext): RunMethods {
  const runUrl = (migrationId: string, runId: string, tail = '') =>
    joinUrl(
      baseUrl,
      `/migrations/${encodeSegment(migrationId, 'migrationId')}/runs/${encodeSegment(runId, 'runId')}${tail}`,
    );

  return {
    async startRun(migrationId, body, o) {
      checkInput(StartRunRequestSchema, body, 'run request');
      const url = joinUrl(baseUrl, `/migrations/${encodeSegment(migrationId, 'migrationId')}/runs`);
      return (
        await transport.json({
          method: 'POST',
          url,
          body,
          idempotent: false,
          schema: RunAcceptedSchema,
          ...o,
        })
      ).data;
    },

    async getRun(migrationId, runId, o) {
      const url = runUrl(migrationId, runId);
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: runSchemaFor(runId), ...o })
      ).data;
    },

    async getRunByUrl(pollUrl, o) {
      const url = resolvePollUrl(baseUrl, pollUrl);
      const schema = runSchemaFor(runIdFromUrl(url));
      return (await transport.json({ method: 'GET', url, idempotent: true, schema, ...o })).data;
    },

    async cancelRun(migrationId, runId, o) {
      const url = runUrl(migrationId, runId);
      const body = { status: 'cancel_requested' } as const;
      checkInput(CancelRunRequestSchema, body, 'cancel request');
      // Cancelling twice leaves the run canceled, so a lost response may be retried.
      const { data } = await transport.json({
        method: 'PATCH',
        url,
        body,
        idempotent: true,
        schema: runSchemaFor(runId),
        ...o,
      });
      return data;
    },

    async answerQuestions(migrationId, runId, answers, o) {
      const body = { answers };
      checkInput(AnswerRequestSchema, body, 'answers');
      const url = runUrl(migrationId, runId, '/messages');
      return (
        await transport.json({ method: 'POST', url, body, idempotent: false, schema: RunResumedSchema, ...o })
      ).data;
    },

    async submitCredentials(migrationId, runId, body, o) {
      checkInput(SubmitCredentialsRequestSchema, body, 'credentials');
      const url = runUrl(migrationId, runId, '/credentials');
      return (
        await transport.json({ method: 'POST', url, body, idempotent: false, schema: RunResumedSchema, ...o })
      ).data;
    },
  };
}
