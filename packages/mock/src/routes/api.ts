import { Router } from '../http/router.ts';
import { answerRun, submitCredentials } from './answers.ts';
import { getTemplate, listSources, listTemplates, pinSource } from './catalogue.ts';
import { mintCompanyUpload, provisionCompany } from './companies.ts';
import type { RouteHandler } from './context.ts';
import { decide } from './decisions.ts';
import { exportCompanyCsv, exportMigrationCsv } from './exports.ts';
import { listFiles, mintFiles } from './files.ts';
import { getImport, listImports, startImport } from './imports.ts';
import { createMigration } from './migrations.ts';
import { getPreview } from './preview.ts';
import { cancelRun, getRun, startRun } from './runs.ts';
import { deleteSourceConnection, getSourceConnection, saveSourceConnection } from './sourceConnection.ts';
import { getThread } from './thread.ts';
import { streamThread } from './threadStream.ts';

/** Every endpoint of the Migration API and the imports preview, relative to the base path. */
export function apiRoutes(): Router<RouteHandler> {
  const m = '/migrations/:migration_id';
  const c = '/companies/:company_id';
  return new Router<RouteHandler>()
    .add('GET', '/sources', listSources)
    .add('POST', '/sources/:source/pin', pinSource)
    .add('GET', '/templates', listTemplates)
    .add('GET', '/templates/:template_slug', getTemplate)
    .add('POST', '/migrations', createMigration)
    .add('POST', `${m}/files`, mintFiles)
    .add('GET', `${m}/files`, listFiles)
    .add('POST', `${m}/runs`, startRun)
    .add('GET', `${m}/runs/:run_id`, getRun)
    .add('PATCH', `${m}/runs/:run_id`, cancelRun)
    .add('POST', `${m}/runs/:run_id/messages`, answerRun)
    .add('POST', `${m}/runs/:run_id/credentials`, submitCredentials)
    .add('GET', `${m}/source-connection`, getSourceConnection)
    .add('POST', `${m}/source-connection`, saveSourceConnection)
    .add('DELETE', `${m}/source-connection`, deleteSourceConnection)
    .add('GET', `${m}/preview`, getPreview)
    .add('GET', `${m}/thread`, getThread)
    .add('GET', `${m}/thread/stream`, streamThread)
    .add('GET', `${m}/exports/:file`, exportMigrationCsv)
    .add('POST', '/companies', provisionCompany)
    .add('POST', `${c}/uploads`, mintCompanyUpload)
    .add('POST', `${c}/imports`, startImport)
    .add('GET', `${c}/imports`, listImports)
    .add('GET', `${c}/imports/:run_id`, getImport)
    .add('POST', `${c}/imports/:run_id/decisions`, decide)
    .add('GET', `${c}/export.csv`, exportCompanyCsv);
}
