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
import { type ClientContext, checkInput, postJson, runIdFromUrl, withRunId } from './context.ts';
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
    startRun: (migrationId, body, o) =>
      postJson(
        transport,
        {
          url: joinUrl(baseUrl, `/migrations/${encodeSegment(migrationId, 'migrationId')}/runs`),
          body,
          input: StartRunRequestSchema,
          name: 'run request',
          schema: RunAcceptedSchema,
        },
        o,
      ),

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

    answerQuestions: (migrationId, runId, answers, o) =>
      postJson(
        transport,
        {
          url: runUrl(migrationId, runId, '/messages'),
          body: { answers },
          input: AnswerRequestSchema,
          name: 'answers',
          schema: RunResumedSchema,
        },
        o,
      ),

    submitCredentials: (migrationId, runId, body, o) =>
      postJson(
        transport,
        {
          url: runUrl(migrationId, runId, '/credentials'),
          body,
          input: SubmitCredentialsRequestSchema,
          name: 'credentials',
          schema: RunResumedSchema,
        },
        o,
      ),
  };
}
