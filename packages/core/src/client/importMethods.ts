import * as z from 'zod/mini';
import { toCsvDownload } from '../export/csvDownload.ts';
import { encodeSegment, joinUrl, resolvePollUrl } from '../http/url.ts';
import {
  ActiveImportSchema,
  DecisionRequestSchema,
  IMPORT_EXPORT_FILTERS,
  ImportHistorySchema,
  ImportRunSchema,
  ImportUploadRequestSchema,
  ImportUploadResponseSchema,
  ProvisionCompanyRequestSchema,
  ProvisionCompanyResponseSchema,
  StartImportRequestSchema,
} from '../schemas/imports.ts';
import { RunAcceptedSchema } from '../schemas/run.ts';
import { type ClientContext, checkInput, postJson, runIdFromUrl, withRunId } from './context.ts';
import type { VernClient } from './VernClient.ts';

type ImportMethods = Pick<
  VernClient,
  | 'provisionCompany'
  | 'createImportUpload'
  | 'startImport'
  | 'getImport'
  | 'getImportByUrl'
  | 'getActiveImport'
  | 'listImports'
  | 'decideImport'
  | 'importExportUrl'
  | 'exportImportCsv'
>;

const importSchemaFor = (runId: string | undefined) =>
  z.pipe(
    z.transform((v) => withRunId(v, runId)),
    ImportRunSchema,
  );

/** The imports preview: companies, uploads, imports with `needs_attention`, decisions. */
export function importMethods({ baseUrl, transport }: ClientContext): ImportMethods {
  const companyUrl = (companyId: string, tail: string, query?: Record<string, string | number | undefined>) =>
    joinUrl(baseUrl, `/companies/${encodeSegment(companyId, 'companyId')}${tail}`, query);

  const importExportUrl: ImportMethods['importExportUrl'] = (companyId, query = {}) => {
    if (query.filter !== undefined) checkInput(z.enum(IMPORT_EXPORT_FILTERS), query.filter, 'export filter');
    return companyUrl(companyId, '/export.csv', { sheet_id: query.sheet_id, filter: query.filter });
  };

  return {
    provisionCompany: (body, o) =>
      postJson(
        transport,
        {
          url: joinUrl(baseUrl, '/companies'),
          body,
          input: ProvisionCompanyRequestSchema,
          name: 'company',
          schema: ProvisionCompanyResponseSchema,
        },
        o,
      ),

    createImportUpload: (companyId, body, o) =>
      postJson(
        transport,
        {
          url: companyUrl(companyId, '/uploads'),
          body,
          input: ImportUploadRequestSchema,
          name: 'upload request',
          schema: ImportUploadResponseSchema,
        },
        o,
      ),

    async startImport(companyId, body, o) {
      checkInput(StartImportRequestSchema, body, 'import request');
      const url = companyUrl(companyId, '/imports');
      return (
        await transport.json({
          method: 'POST',
          url,
          body,
          idempotent: false,
          schema: RunAcceptedSchema,
          ...o,
        })
      ).data;
    },

    async getImport(companyId, runId, o) {
      const url = companyUrl(companyId, `/imports/${encodeSegment(runId, 'runId')}`);
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: importSchemaFor(runId), ...o })
      ).data;
    },

    async getImportByUrl(pollUrl, o) {
      const url = resolvePollUrl(baseUrl, pollUrl);
      const schema = importSchemaFor(runIdFromUrl(url));
      return (await transport.json({ method: 'GET', url, idempotent: true, schema, ...o })).data;
    },

    async getActiveImport(companyId, o) {
      const url = companyUrl(companyId, '/imports', { status: 'active' });
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: ActiveImportSchema, ...o })
      ).data;
    },

    async listImports(companyId, query = {}, o) {
      const url = companyUrl(companyId, '/imports', { cursor: query.cursor, limit: query.limit });
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: ImportHistorySchema, ...o })
      ).data;
    },

    decideImport: (companyId, runId, body, o) =>
      postJson(
        transport,
        {
          url: companyUrl(companyId, `/imports/${encodeSegment(runId, 'runId')}/decisions`),
          body,
          input: DecisionRequestSchema,
          name: 'decision',
          schema: RunAcceptedSchema,
        },
        o,
      ),

    importExportUrl,

    async exportImportCsv(companyId, query = {}) {
      const { sheet_id, filter, ...request } = query;
      const url = importExportUrl(companyId, { sheet_id, filter });
      const response = await transport.send({
        method: 'GET',
        url,
        accept: 'text/csv, application/zip',
        idempotent: true,
        ...request,
      });
      // Without `sheet_id` the preview answers with a ZIP of every sheet.
      return toCsvDownload(response, sheet_id ? 'export.csv' : 'export.zip');
    },
  };
}
