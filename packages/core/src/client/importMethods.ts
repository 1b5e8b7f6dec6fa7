import { toCsvDownload } from '../export/csvDownload.ts';
import type { Schemas } from '../http/loadSchemas.ts';
import { encodeSegment, joinUrl, resolvePollUrl } from '../http/url.ts';
import { IMPORT_EXPORT_FILTERS } from '../schemas/enums.ts';
import { type ClientContext, checkInput, checkOneOf, postJson, runIdFromUrl, withRunId } from './context.ts';
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

/** A poll of one import: a body that leaves `run_id` out gets it from the URL. */
const importRead = (runId: string | undefined) => ({
  schema: (s: Schemas) => s.ImportRunSchema,
  prepare: (v: unknown) => withRunId(v, runId),
});

/** The imports preview: companies, uploads, imports with `needs_attention`, decisions. */
export function importMethods({ baseUrl, transport }: ClientContext): ImportMethods {
  const companyUrl = (companyId: string, tail: string, query?: Record<string, string | number | undefined>) =>
    joinUrl(baseUrl, `/companies/${encodeSegment(companyId, 'companyId')}${tail}`, query);

  const importExportUrl: ImportMethods['importExportUrl'] = (companyId, query = {}) => {
    if (query.filter !== undefined) checkOneOf(IMPORT_EXPORT_FILTERS, query.filter, 'export filter');
    return companyUrl(companyId, '/export.csv', { sheet_id: query.sheet_id, filter: query.filter });
  };

  return {
    provisionCompany: (body, o) =>
      postJson(
        transport,
        {
          url: joinUrl(baseUrl, '/companies'),
          body,
          input: (s) => s.ProvisionCompanyRequestSchema,
          name: 'company',
          schema: (s) => s.ProvisionCompanyResponseSchema,
        },
        o,
      ),

    createImportUpload: (companyId, body, o) =>
      postJson(
        transport,
        {
          url: companyUrl(companyId, '/uploads'),
          body,
          input: (s) => s.ImportUploadRequestSchema,
          name: 'upload request',
          schema: (s) => s.ImportUploadResponseSchema,
        },
        o,
      ),

    async startImport(companyId, body, o) {
      await checkInput((s) => s.StartImportRequestSchema, body, 'import request');
      const url = companyUrl(companyId, '/imports');
      return (
        await transport.json({
          method: 'POST',
          url,
          body,
          idempotent: false,
          schema: (s) => s.RunAcceptedSchema,
          ...o,
        })
      ).data;
    },

    async getImport(companyId, runId, o) {
      const url = companyUrl(companyId, `/imports/${encodeSegment(runId, 'runId')}`);
      return (await transport.json({ method: 'GET', url, idempotent: true, ...importRead(runId), ...o }))
        .data;
    },

    async getImportByUrl(pollUrl, o) {
      const url = resolvePollUrl(baseUrl, pollUrl);
      const read = importRead(runIdFromUrl(url));
      return (await transport.json({ method: 'GET', url, idempotent: true, ...read, ...o })).data;
    },

    async getActiveImport(companyId, o) {
      const url = companyUrl(companyId, '/imports', { status: 'active' });
      return (
        await transport.json({
          method: 'GET',
          url,
          idempotent: true,
          schema: (s) => s.ActiveImportSchema,
          ...o,
        })
      ).data;
    },

    async listImports(companyId, query = {}, o) {
      const url = companyUrl(companyId, '/imports', { cursor: query.cursor, limit: query.limit });
      return (
        await transport.json({
          method: 'GET',
          url,
          idempotent: true,
          schema: (s) => s.ImportHistorySchema,
          ...o,
        })
      ).data;
    },

    decideImport: (companyId, runId, body, o) =>
      postJson(
        transport,
        {
          url: companyUrl(companyId, `/imports/${encodeSegment(runId, 'runId')}/decisions`),
          body,
          input: (s) => s.DecisionRequestSchema,
          name: 'decision',
          schema: (s) => s.RunAcceptedSchema,
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
