import type { Schemas } from '../http/loadSchemas.ts';
import { encodeSegment, joinUrl, resolvePollUrl } from '../http/url.ts';
import { type ClientContext, checkInput, postJson, runIdFromUrl, withRunId } from './context.ts';
import type { VernClient } from './VernClient.ts';

type RunMethods = Pick<
  VernClient,
  'startRun' | 'getRun' | 'getRunByUrl' | 'cancelRun' | 'answerQuestions' | 'submitCredentials'
>;

/** A poll of one run: a body that leaves `run_id` out gets it from the URL. */
const runRead = (runId: string | undefined) => ({
  schema: (s: Schemas) => s.RunSchema,
  prepare: (v: unknown) => withRunId(v, runId),
});

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
          input: (s) => s.StartRunRequestSchema,
          name: 'run request',
          schema: (s) => s.RunAcceptedSchema,
        },
        o,
      ),

    async getRun(migrationId, runId, o) {
      const url = runUrl(migrationId, runId);
      return (await transport.json({ method: 'GET', url, idempotent: true, ...runRead(runId), ...o })).data;
    },

    async getRunByUrl(pollUrl, o) {
      const url = resolvePollUrl(baseUrl, pollUrl);
      const read = runRead(runIdFromUrl(url));
      return (await transport.json({ method: 'GET', url, idempotent: true, ...read, ...o })).data;
    },

    async cancelRun(migrationId, runId, o) {
      const url = runUrl(migrationId, runId);
      const body = { status: 'cancel_requested' } as const;
      await checkInput((s) => s.CancelRunRequestSchema, body, 'cancel request');
      // Cancelling twice leaves the run canceled, so a lost response may be retried.
      const { data } = await transport.json({
        method: 'PATCH',
        url,
        body,
        idempotent: true,
        ...runRead(runId),
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
          input: (s) => s.AnswerRequestSchema,
          name: 'answers',
          schema: (s) => s.RunResumedSchema,
        },
        o,
      ),

    submitCredentials: (migrationId, runId, body, o) =>
      postJson(
        transport,
        {
          url: runUrl(migrationId, runId, '/credentials'),
          body,
          input: (s) => s.SubmitCredentialsRequestSchema,
          name: 'credentials',
          schema: (s) => s.RunResumedSchema,
        },
        o,
      ),
  };
}
