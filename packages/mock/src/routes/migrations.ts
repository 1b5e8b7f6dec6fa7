import { iso } from '../engine/clock.ts';
import { uuid } from '../engine/ids.ts';
import type { MigrationRecord } from '../engine/store.ts';
import { ThreadLog } from '../engine/thread.ts';
import { badRequest, conflict } from '../http/ApiError.ts';
import { optionalString, optionalStringArray, readJsonObject, requiredString } from '../http/body.ts';
import { json } from '../http/respond.ts';
import { sourceByName, templatesBySlug } from './catalogue.ts';
import type { RouteHandler } from './context.ts';
import { scenarioFromHeader } from './scenarioHeader.ts';
import { migrationJson } from './serialize.ts';

const EXTERNAL_ID = /^[A-Za-z0-9_-]{1,255}$/;

/**
 * `POST /migrations`. `external_id` makes it idempotent: the same id with the same source
 * returns the existing migration (200); with another source it is a 409.
 */
export const createMigration: RouteHandler = async ({ sim, request }) => {
  const body = await readJsonObject(request);
  const name = requiredString(body, 'name');
  const rawSource = optionalString(body, 'source', true);
  const externalId = optionalString(body, 'external_id');
  const slugs = optionalStringArray(body, 'templates');
  if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) {
    throw badRequest('external_id must be alphanumeric (hyphens/underscores allowed), max 255 chars');
  }
  const scenario = scenarioFromHeader(request);
  const templates = templatesBySlug(sim.world, slugs);
  const source = rawSource === null || rawSource === undefined || rawSource.trim() === '' ? null : rawSource;
  if (source !== null) sourceByName(sim.world, source);

  if (externalId !== undefined) {
    for (const existing of sim.world.migrations.values()) {
      if (existing.externalId !== externalId) continue;
      if (existing.source !== source) {
        throw conflict(
          `external_id "${externalId}" is already used by another migration (with a different source)`,
        );
      }
      return json({ migration: migrationJson(existing) }, 200);
    }
  }
  const migration: MigrationRecord = {
    id: uuid(),
    name,
    source,
    externalId: externalId ?? null,
    templates,
    scenario,
    createdAt: iso(sim.clock.now()),
    files: [],
    connections: [],
    thread: new ThreadLog(),
    runs: new Map(),
    preview: null,
    imported: null,
  };
  sim.world.migrations.set(migration.id, migration);
  return json({ migration: migrationJson(migration) }, 201);
};
