import { VernApiError } from '../errors/VernApiError.ts';
import { sanitizeFilename } from '../export/contentDisposition.ts';
import { toCsvDownload } from '../export/csvDownload.ts';
import { encodeSegment, joinUrl } from '../http/url.ts';
import { type ClientContext, checkInput, checkOneOf } from './context.ts';
import type { VernClient } from './VernClient.ts';

type MigrationMethods = Pick<
  VernClient,
  | 'createMigration'
  | 'createUploads'
  | 'listFiles'
  | 'getSourceConnection'
  | 'saveSourceConnection'
  | 'deleteSourceConnection'
  | 'getPreview'
  | 'exportUrl'
  | 'exportCsv'
>;

const EXPORT_FILTERS = ['valid', 'all', 'invalid'] as const;

export function migrationMethods({ baseUrl, transport }: ClientContext): MigrationMethods {
  const migrationUrl = (migrationId: string, tail: string, query?: Record<string, string | undefined>) =>
    joinUrl(baseUrl, `/migrations/${encodeSegment(migrationId, 'migrationId')}${tail}`, query);

  const exportUrl: MigrationMethods['exportUrl'] = (migrationId, templateSlug, filter) => {
    if (filter !== undefined) checkOneOf(EXPORT_FILTERS, filter, 'export filter');
    return migrationUrl(migrationId, `/exports/${encodeSegment(templateSlug, 'templateSlug')}.csv`, {
      filter,
    });
  };

  return {
    async createMigration(body, o) {
      await checkInput((s) => s.CreateMigrationRequestSchema, body, 'migration');
      const url = joinUrl(baseUrl, '/migrations');
      // Not idempotent unless `external_id` is set, and even then a retry is the caller's call.
      const { data, response } = await transport.json({
        method: 'POST',
        url,
        body,
        idempotent: false,
        schema: (s) => s.CreateMigrationResponseSchema,
        ...o,
      });
      return { migration: data.migration, created: response.status === 201 };
    },

    async createUploads(migrationId, files, o) {
      await checkInput((s) => s.UploadRequestFilesSchema, files, 'files');
      const url = migrationUrl(migrationId, '/files');
      const { data } = await transport.json({
        method: 'POST',
        url,
        body: { files },
        idempotent: false,
        schema: (s) => s.SignedUploadListSchema,
        ...o,
      });
      if (data.files.length !== files.length) {
        throw new VernApiError({
          kind: 'invalid_response',
          status: 201,
          method: 'POST',
          url,
          path: 'files',
          body: data,
          message: `Asked for ${files.length} signed upload URL(s), got ${data.files.length}`,
        });
      }
      return data.files;
    },

    async listFiles(migrationId, o) {
      const url = migrationUrl(migrationId, '/files');
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: (s) => s.FileListSchema, ...o })
      ).data.files;
    },

    async getSourceConnection(migrationId, query, o) {
      const url = migrationUrl(migrationId, '/source-connection', { ...query });
      const { data } = await transport.json({
        method: 'GET',
        url,
        idempotent: true,
        schema: (s) => s.SourceConnectionResponseSchema,
        ...o,
      });
      return data.source_connection;
    },

    async saveSourceConnection(migrationId, body, o) {
      await checkInput((s) => s.SaveSourceConnectionRequestSchema, body, 'source connection');
      const url = migrationUrl(migrationId, '/source-connection');
      // Creates or updates in place; still a POST, so never re-sent blindly.
      const { data } = await transport.json({
        method: 'POST',
        url,
        body,
        idempotent: false,
        schema: (s) => s.SourceConnectionResponseSchema,
        ...o,
      });
      return data.source_connection;
    },

    async deleteSourceConnection(migrationId, query, o) {
      const url = migrationUrl(migrationId, '/source-connection', { ...query });
      const { data } = await transport.json({
        method: 'DELETE',
        url,
        idempotent: true,
        schema: (s) => s.DeleteSourceConnectionResponseSchema,
        ...o,
      });
      return { ...data, deleted: data.deleted };
    },

    async getPreview(migrationId, o) {
      const url = migrationUrl(migrationId, '/preview');
      return (
        await transport.json({ method: 'GET', url, idempotent: true, schema: (s) => s.PreviewSchema, ...o })
      ).data;
    },

    exportUrl,

    async exportCsv(migrationId, templateSlug, o = {}) {
      const { filter, ...request } = o;
      const url = exportUrl(migrationId, templateSlug, filter);
      const response = await transport.send({
        method: 'GET',
        url,
        accept: 'text/csv',
        idempotent: true,
        ...request,
      });
      return toCsvDownload(response, sanitizeFilename(`${templateSlug}.csv`) ?? 'export.csv');
    },
  };
}
