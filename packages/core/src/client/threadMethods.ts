import { encodeSegment, joinUrl } from '../http/url.ts';
import { ThreadIncludeSchema, ThreadSnapshotSchema } from '../schemas/thread.ts';
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
      if (query.include !== undefined) checkInput(ThreadIncludeSchema, query.include, 'include');
      const url = joinUrl(threadUrl(migrationId), '', { after: query.after, include: query.include });
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: ThreadSnapshotSchema, ...o })
      ).data;
    },

    streamThread(migrationId, o = {}) {
      if (o.include !== undefined) checkInput(ThreadIncludeSchema, o.include, 'include');
      return streamThread({ ...o, transport, url: threadUrl(migrationId, '/stream') });
    },
  };
}
