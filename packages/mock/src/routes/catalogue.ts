import type { Source, Template } from '@vernkit/core';
import type { World } from '../engine/store.ts';
import { badRequest, conflict, notFound } from '../http/ApiError.ts';
import { readJsonObject } from '../http/body.ts';
import { json } from '../http/respond.ts';
import type { RouteHandler } from './context.ts';

export const listSources: RouteHandler = ({ sim }) => {
  const byName = new Map<string, Source>();
  for (const s of sim.world.sources) if (!byName.has(s.name)) byName.set(s.name, s);
  return json({
    sources: [...byName.values()].map((s) => ({ name: s.name, id: s.id, logo_url: s.logo_url ?? null })),
  });
};

export const listTemplates: RouteHandler = ({ sim }) => json({ templates: sim.world.templates });

export const getTemplate: RouteHandler = ({ sim, params }) => {
  const slug = params.template_slug ?? '';
  const template = sim.world.templates.find((t) => t.slug === slug);
  if (!template) throw notFound(`No active template with slug "${slug}"`);
  return json(template);
};

/** A source by name; two sources sharing it make the name ambiguous (409), as in Vern. */
export function sourceByName(world: World, name: string): Source {
  const matches = world.sources.filter((s) => s.name === name);
  if (matches.length > 1)
    throw conflict(`The source name "${name}" is ambiguous: two sources share it. Rename one in Vern.`);
  const match = matches[0];
  if (!match) throw notFound(`No source named "${name}" in your account`);
  return match;
}

export function templatesBySlug(world: World, slugs: readonly string[] | undefined): Template[] {
  if (slugs === undefined) return world.templates.slice();
  const unknown = slugs.filter((slug) => !world.templates.some((t) => t.slug === slug));
  if (unknown.length > 0) throw badRequest(`Unknown template slug(s): ${unknown.join(', ')}`);
  return [...new Set(slugs)].map((slug) => world.templates.find((t) => t.slug === slug) as Template);
}

export const pinSource: RouteHandler = async ({ sim, params, request }) => {
  const body = await readJsonObject(request);
  if (!('run_id' in body)) throw badRequest('run_id is required (a run id, or null to unpin)');
  const runId = body.run_id;
  if (runId !== null && typeof runId !== 'string') throw badRequest('run_id must be a string or null');
  const source = sourceByName(sim.world, params.source ?? '');
  if (runId === null) {
    sim.world.pins.set(source.name, null);
    return json({ source: source.name, pinned_recipe_run_id: null });
  }
  for (const migration of sim.world.migrations.values()) {
    const run = migration.runs.get(runId);
    if (!run) continue;
    // A recipe exists once the run reached a preview (or executed one).
    if (migration.preview?.runId !== run.id && run.report === null)
      throw conflict('That run never produced a usable recipe to pin');
    sim.world.pins.set(source.name, runId);
    return json({ source: source.name, pinned_recipe_run_id: runId });
  }
  throw notFound(`No run with id "${runId}" in your account`);
};
