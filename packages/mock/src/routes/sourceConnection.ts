import { CONNECTORS, connectorFor } from '../engine/connectors.ts';
import { uuid } from '../engine/ids.ts';
import type { ConnectionRecord, MigrationRecord } from '../engine/store.ts';
import { badRequest, notFound } from '../http/ApiError.ts';
import {
  isObject,
  optionalObject,
  optionalString,
  optionalStringArray,
  readJsonObject,
} from '../http/body.ts';
import { json } from '../http/respond.ts';
import type { RouteContext, RouteHandler } from './context.ts';
import { migrationOf } from './lookup.ts';
import { currentConnection } from './runs.ts';
import { connectionJson } from './serialize.ts';

/** `?source_key=` and `?profile_id=` (the literal `workbook` means the workbook-bound one). */
function matching(ctx: RouteContext, migration: MigrationRecord): ConnectionRecord[] {
  const key = ctx.url.searchParams.get('source_key');
  const profile = ctx.url.searchParams.get('profile_id');
  return migration.connections.filter(
    (c) =>
      (key === null || c.sourceKey === key.toLowerCase()) &&
      (profile === null || c.profileId === (profile === 'workbook' ? null : profile)),
  );
}

export const getSourceConnection: RouteHandler = (ctx) => {
  const migration = migrationOf(ctx);
  const latest = currentConnection(matching(ctx, migration));
  if (!latest) throw notFound('No source connection is configured for this migration');
  return json({ source_connection: connectionJson(latest) });
};

/**
 * `POST /source-connection`: create, or update in place for the same `source_key` and
 * profile. `credentials` go to the vault and are never returned.
 */
export const saveSourceConnection: RouteHandler = async (ctx) => {
  const migration = migrationOf(ctx);
  const body = await readJsonObject(ctx.request);
  const rawKey = body.source_key;
  if (typeof rawKey !== 'string' || rawKey.trim() === '') throw badRequest('source_key is required');
  const key = rawKey.trim().toLowerCase();
  const connector = connectorFor(key);
  if (!connector) {
    throw badRequest(
      `Unknown or not enabled source_key "${rawKey}": available are ${Object.keys(CONNECTORS).join(', ')}`,
    );
  }
  const profileId = optionalString(body, 'profile_id', true);
  const config = optionalObject(body, 'config');
  const streams = optionalStringArray(body, 'selected_streams', true);
  const streamState = optionalObject(body, 'stream_state');
  const credentials = optionalObject(body, 'credentials');
  const unknownStreams = (streams ?? []).filter((s) => !(s in connector.streams));
  if (unknownStreams.length > 0) {
    throw badRequest(
      `Unknown stream(s) for ${key}: ${unknownStreams.join(', ')} (available: ${Object.keys(connector.streams).join(', ')})`,
    );
  }
  const profile = profileId ?? null;
  const now = ctx.sim.clock.now();
  let connection = migration.connections.find((c) => c.sourceKey === key && c.profileId === profile);
  if (!connection) {
    connection = {
      id: uuid(),
      profileId: profile,
      sourceKey: key,
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
  }
  if (config !== undefined) connection.config = config;
  if (streams !== undefined) connection.selectedStreams = streams;
  if (streamState !== undefined) connection.streamState = streamState;
  connection.savedAt = now;
  if (credentials !== undefined && isObject(credentials) && Object.keys(credentials).length > 0) {
    ctx.sim.world.vault.set(connection.id, { ...credentials });
    connection.credsConfigured = true;
  }
  return json({ source_connection: connectionJson(connection) }, 201);
};

export const deleteSourceConnection: RouteHandler = (ctx) => {
  const migration = migrationOf(ctx);
  const found = matching(ctx, migration);
  for (const connection of found) ctx.sim.world.vault.delete(connection.id);
  migration.connections = migration.connections.filter((c) => !found.includes(c));
  return json({ deleted: found.length > 0 });
};
