import type { ParsedTable } from '../data/index.ts';
import { importContext } from '../engine/agent/importContext.ts';
import { importScript } from '../engine/agent/importScript.ts';
import { iso } from '../engine/clock.ts';
import { uuid } from '../engine/ids.ts';
import { newDrive, start } from '../engine/runner.ts';
import { policyFor } from '../engine/simulation.ts';
import type { CompanyRecord, ImportRun, StoredFile } from '../engine/store.ts';
import { badRequest, conflict } from '../http/ApiError.ts';
import { isObject, type JsonObject, readJsonObject } from '../http/body.ts';
import { json } from '../http/respond.ts';
import type { RouteContext, RouteHandler } from './context.ts';
import { companyOf, importOf } from './lookup.ts';
import { importRunJson } from './serialize.ts';

const IN_FLIGHT = new Set(['queued', 'running', 'needs_attention']);
const MAX_INLINE_ROWS = 10_000;

export function importPollUrl(ctx: RouteContext, company: CompanyRecord, run: ImportRun): string {
  return `${ctx.settings.basePath}/companies/${company.id}/imports/${run.id}`;
}

/**
 * `POST /companies/{id}/imports`. The same `idempotency_key` returns the same run (200);
 * the same key with another payload is a 409, and so is a second import in flight.
 */
export const startImport: RouteHandler = async (ctx) => {
  const company = companyOf(ctx);
  const body = await readJsonObject(ctx.request);
  const { files, inline, payloadKey } = readImportBody(body, company);
  const key = body.idempotency_key;
  if (key !== undefined && (typeof key !== 'string' || key.trim() === '' || key.length > 255)) {
    throw badRequest('idempotency_key must be a non-empty string of at most 255 characters');
  }
  if (typeof key === 'string') {
    const existing = company.imports.find((r) => r.idempotencyKey === key);
    if (existing) {
      if (existing.payloadKey !== payloadKey) {
        throw conflict(`idempotency_key "${key}" was already used with a different payload`, {
          run_id: existing.id,
        });
      }
      return json(
        { run_id: existing.id, status: existing.status, poll_url: importPollUrl(ctx, company, existing) },
        200,
      );
    }
  }
  const active = company.imports.find((r) => IN_FLIGHT.has(r.status));
  if (active) throw conflict('Another import is already running for this company.', { run_id: active.id });

  const { sim } = ctx;
  const now = sim.clock.now();
  const policy = policyFor(sim, company.scenario);
  const run: ImportRun = {
    id: uuid(),
    companyId: company.id,
    createdAt: iso(now),
    status: 'queued',
    message: 'Queued',
    report: null,
    needsAttention: null,
    error: null,
    payloadKey,
    idempotencyKey: typeof key === 'string' ? key : null,
    sheets: null,
    inputs: [],
    questionMap: new Map(),
    reparksLeft: policy.reparks,
    drive: newDrive(now, sim.speed * policy.pace),
  };
  company.imports.push(run);
  start(run.drive, importScript(importContext(sim.world, company, run, policy), { files, inline }), now);
  return json({ run_id: run.id, status: 'queued', poll_url: importPollUrl(ctx, company, run) }, 201);
};

function readImportBody(
  body: JsonObject,
  company: CompanyRecord,
): { files: StoredFile[]; inline: ParsedTable | null; payloadKey: string } {
  const hasFiles = body.files !== undefined;
  const hasRows = body.rows !== undefined;
  if (!hasFiles && !hasRows) throw badRequest('Provide either files or rows');
  if (hasFiles && hasRows) throw badRequest('Provide either files or rows, not both');
  if (hasFiles) {
    if (!Array.isArray(body.files) || body.files.length === 0)
      throw badRequest('files must be a non-empty array');
    const refs = body.files.map((entry, i) => {
      if (!isObject(entry)) throw badRequest(`files[${i}] must be an object with name and upload_ref`);
      if (typeof entry.name !== 'string' || entry.name.trim() === '')
        throw badRequest(`files[${i}].name is required`);
      if (typeof entry.upload_ref !== 'string' || entry.upload_ref === '') {
        throw badRequest(`files[${i}].upload_ref is required`);
      }
      return { name: entry.name, upload_ref: entry.upload_ref };
    });
    const files = refs.map(({ name, upload_ref }) => {
      const stored = company.uploads.get(upload_ref);
      if (!stored)
        throw badRequest(
          `upload_ref "${upload_ref}" has not been uploaded: PUT the file to its upload_url first`,
        );
      return { ...stored, name };
    });
    return { files, inline: null, payloadKey: JSON.stringify({ files: refs }) };
  }
  if (!Array.isArray(body.rows) || body.rows.length === 0)
    throw badRequest('rows must be a non-empty array of objects');
  if (body.rows.length > MAX_INLINE_ROWS) {
    throw badRequest(`rows is for small sets (at most ${MAX_INLINE_ROWS}): upload a file instead`);
  }
  const header: string[] = [];
  body.rows.forEach((row, i) => {
    if (!isObject(row)) throw badRequest(`rows[${i}] must be an object of column → value`);
    for (const [column, value] of Object.entries(row)) {
      if (value !== null && typeof value === 'object')
        throw badRequest(`rows[${i}].${column} must be a plain value`);
      if (!header.includes(column)) header.push(column);
    }
  });
  if (header.length === 0) throw badRequest('rows must have at least one column');
  const rows = (body.rows as JsonObject[]).map((row) =>
    header.map((column) => (row[column] === undefined || row[column] === null ? '' : String(row[column]))),
  );
  return {
    files: [],
    inline: { name: 'Inline rows', file: 'rows', sheet: null, header, rows },
    payloadKey: JSON.stringify({ rows: body.rows }),
  };
}

export const getImport: RouteHandler = (ctx) => {
  const company = companyOf(ctx);
  const run = importOf(ctx, company);
  return json(importRunJson(run, importPollUrl(ctx, company, run)));
};

/**
 * `GET /companies/{id}/imports`: `?status=active` is the most recent run in flight (or
 * `{ "run": null }`); without it, the history newest first, `{ runs, next_cursor }`
 * paged by `limit` (1–100, default 20) and `cursor`.
 */
export const listImports: RouteHandler = (ctx) => {
  const company = companyOf(ctx);
  const params = ctx.url.searchParams;
  const status = params.get('status');
  const newestFirst = company.imports.slice().reverse();
  if (status !== null) {
    if (status !== 'active') throw badRequest('status must be "active" (omit it for the history)');
    const active = newestFirst.find((r) => IN_FLIGHT.has(r.status));
    return json(active ? importRunJson(active, importPollUrl(ctx, company, active)) : { run: null });
  }
  const rawLimit = params.get('limit');
  const limit = rawLimit === null ? 20 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw badRequest('limit must be an integer from 1 to 100');
  const cursor = params.get('cursor');
  let from = 0;
  if (cursor !== null) {
    const at = newestFirst.findIndex((r) => r.id === cursor);
    if (at === -1) throw badRequest('cursor is not a cursor from this history');
    from = at + 1;
  }
  const page = newestFirst.slice(from, from + limit);
  const more = from + limit < newestFirst.length;
  return json({
    runs: page.map((r) => importRunJson(r, importPollUrl(ctx, company, r))),
    next_cursor: more ? (page.at(-1)?.id ?? null) : null,
  });
};
