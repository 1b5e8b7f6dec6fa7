import type { Template } from '@vernkit/core';
import { iso } from '../engine/clock.ts';
import { stableUuid, UUID_RE, uuid } from '../engine/ids.ts';
import type { CompanyRecord } from '../engine/store.ts';
import { mintUpload } from '../engine/uploads.ts';
import { badRequest, conflict, notFound } from '../http/ApiError.ts';
import { isObject, optionalObject, optionalString, readJsonObject, requiredString } from '../http/body.ts';
import { json } from '../http/respond.ts';
import { type RouteHandler, storageOrigin } from './context.ts';
import { companyOf } from './lookup.ts';
import { scenarioFromHeader } from './scenarioHeader.ts';
import { MAX_UPLOAD_BYTES } from './storage.ts';

const EXTERNAL_ID = /^[A-Za-z0-9_-]{1,255}$/;

/** `POST /companies` (imports preview): a workbook with one sheet per template, bound to a source UUID. */
export const provisionCompany: RouteHandler = async (ctx) => {
  const { sim, request } = ctx;
  const body = await readJsonObject(request);
  const name = requiredString(body, 'name');
  const sourceId = requiredString(body, 'source');
  if (!UUID_RE.test(sourceId)) throw badRequest('source must be a source UUID');
  const externalId = optionalString(body, 'external_id');
  if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) {
    throw badRequest(
      'external_id must contain only alphanumeric characters, hyphens, and underscores (max 255 chars)',
    );
  }
  const templateIds = body.template_ids;
  if (
    templateIds !== undefined &&
    (!Array.isArray(templateIds) || templateIds.some((id) => typeof id !== 'string' || !UUID_RE.test(id)))
  ) {
    throw badRequest('template_ids must be an array of template UUIDs');
  }
  const connections = optionalObject(body, 'connections');
  const scenario = scenarioFromHeader(request);
  const source = sim.world.sources.find((s) => s.id === sourceId);
  if (!source) throw notFound(`No source with id "${sourceId}" in your account`);
  const templates = pickTemplates(sim.world.templates, templateIds as string[] | undefined);
  const companies = [...sim.world.companies.values()];
  if (companies.some((c) => c.sourceId === sourceId && c.name === name)) {
    throw badRequest(`A company named "${name}" already exists for this source`);
  }
  if (externalId !== undefined && companies.some((c) => c.externalId === externalId)) {
    throw conflict(`external_id "${externalId}" is already used by another company`);
  }
  const id = uuid();
  const destination = connections?.destination;
  if (connections !== undefined && destination !== undefined && !isObject(destination)) {
    throw badRequest('connections.destination must be an object like { "base_url": "...", "auth": { } }');
  }
  const company: CompanyRecord = {
    id,
    name,
    externalId: externalId ?? null,
    sourceId,
    workbookId: uuid(),
    sheets: templates.map((template) => ({ id: uuid(), template })),
    connections: [],
    magicLinkUrl: `https://app.vern.so/link/${stableUuid(id).slice(0, 8)}`,
    createdAt: iso(sim.clock.now()),
    scenario,
    uploads: new Map(),
    imports: [],
    data: null,
  };
  if (isObject(destination)) {
    const connectionId = uuid();
    const auth = isObject(destination.auth) ? destination.auth : null;
    if (auth && Object.keys(auth).length > 0) sim.world.vault.set(connectionId, { ...auth });
    company.connections.push({
      id: connectionId,
      kind: 'destination',
      creds_configured: auth !== null && Object.keys(auth).length > 0,
    });
  }
  sim.world.companies.set(id, company);
  return json(
    {
      company: { id, name, external_id: company.externalId, created_at: company.createdAt },
      workbook_id: company.workbookId,
      sheets: company.sheets.map((s) => ({ id: s.id, name: s.template.name, template_id: s.template.id })),
      connections: company.connections,
      magic_link_url: company.magicLinkUrl,
    },
    201,
  );
};

function pickTemplates(all: readonly Template[], ids: readonly string[] | undefined): Template[] {
  if (ids === undefined) return all.slice();
  const unknown = ids.filter((id) => !all.some((t) => t.id === id));
  if (unknown.length > 0) throw badRequest(`template_ids not in your account: ${unknown.join(', ')}`);
  return [...new Set(ids)].map((id) => all.find((t) => t.id === id) as Template);
}

/** `POST /companies/{id}/uploads`: one signed URL; `upload_ref` is what the import names. */
export const mintCompanyUpload: RouteHandler = async (ctx) => {
  const company = companyOf(ctx);
  const body = await readJsonObject(ctx.request);
  const name = requiredString(body, 'name');
  const contentType = optionalString(body, 'content_type');
  const size = body.size;
  if (size !== undefined && (typeof size !== 'number' || !Number.isInteger(size) || size < 0)) {
    throw badRequest('size must be a non-negative integer (bytes)');
  }
  if (typeof size === 'number' && size > MAX_UPLOAD_BYTES)
    throw badRequest('size is over the 50 MB upload limit');
  const { slot, url } = mintUpload(
    ctx.sim.world,
    ctx.sim.clock.now(),
    storageOrigin(ctx),
    `workbook-files/${company.workbookId}`,
    { name, contentType: contentType ?? null },
    { kind: 'company', id: company.id },
  );
  return json({ upload_url: url, upload_ref: slot.storagePath }, 201);
};
