import { encodeSegment, joinUrl } from '../http/url.ts';
import type { ThreadEvent } from '../schemas/thread.ts';
import { streamThread } from '../stream/streamThread.ts';
import { type ClientContext, checkInput } from './context.ts';
import type { VernClient } from './VernClient.ts';

export function threadMethods({
  baseUrl,
  transport,
}: ClientContext): Pick<VernClient, 'getThread' | 'streamThread'> {
  const threadUrl = (migrationId: string, tail = '') =>
    joinUrl(baseUrl, `/migrations/${encodeSegment(migrationId, 'migrationId')}/thread${tail}`);

  return {
    async getThread(migrationId, query = {}, o) {
      if (query.include !== undefined)
        await checkInput((s) => s.ThreadIncludeSchema, query.include, 'include');
      const url = joinUrl(threadUrl(migrationId), '', { after: query.after, include: query.include });
      return (
        await transport.json({
          method: 'GET',
          url,
          idempotent: true,
          schema: (s) => s.ThreadSnapshotSchema,
          ...o,
        })
      ).data;
    },

    streamThread(migrationId, o = {}) {
      const url = threadUrl(migrationId, '/stream');
      const { include } = o;
      if (include === undefined) return streamThread({ ...o, transport, url });
      // The check needs the lazily loaded schemas, so a bad `include` rejects the first `next()`.
      return (async function* (): AsyncGenerator<ThreadEvent, void, undefined> {
        await checkInput((s) => s.ThreadIncludeSchema, include, 'include');
        yield* streamThread({ ...o, transport, url });
      })();
    },
  };
}
