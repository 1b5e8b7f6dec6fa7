import type { CompanyRecord, ImportRun, MigrationRecord, MigrationRun } from '../engine/store.ts';
import { notFound } from '../http/ApiError.ts';
import type { RouteContext } from './context.ts';

export function migrationOf(ctx: RouteContext): MigrationRecord {
  const id = ctx.params.migration_id ?? '';
  const migration = ctx.sim.world.migrations.get(id);
  if (!migration) throw notFound(`No migration with id "${id}" in your account`);
  return migration;
}

export function runOf(ctx: RouteContext, migration: MigrationRecord): MigrationRun {
  const id = ctx.params.run_id ?? '';
  const run = migration.runs.get(id);
  if (!run) throw notFound(`No run with id "${id}" in this migration`);
  return run;
}

export function companyOf(ctx: RouteContext): CompanyRecord {
  const id = ctx.params.company_id ?? '';
  const company = ctx.sim.world.companies.get(id);
  if (!company) throw notFound(`No company with id "${id}" in your account`);
  return company;
}

export function importOf(ctx: RouteContext, company: CompanyRecord): ImportRun {
  const id = ctx.params.run_id ?? '';
  const run = company.imports.find((r) => r.id === id);
  if (!run) throw notFound(`No import run with id "${id}" for this company`);
  return run;
}
