import type { ThreadInclude } from '@vernkit/core';
import { badRequest } from '../http/ApiError.ts';

const INCLUDES: readonly ThreadInclude[] = ['user', 'tools', 'all'];

/** `?after=<sequence>&include=user|tools|all`, shared by the snapshot and the stream. */
export function readThreadQuery(url: URL): { after: number | null; include: ThreadInclude } {
  const rawAfter = url.searchParams.get('after');
  let after: number | null = null;
  if (rawAfter !== null && rawAfter !== '') {
    if (!/^\d{1,15}$/.test(rawAfter)) throw badRequest('after must be a non-negative integer sequence');
    after = Number(rawAfter);
  }
  const rawInclude = url.searchParams.get('include') ?? 'user';
  if (!(INCLUDES as readonly string[]).includes(rawInclude))
    throw badRequest('include must be one of user, tools, all');
  return { after, include: rawInclude as ThreadInclude };
}
