import * as z from 'zod/mini';
import { VernApiError } from '../errors/VernApiError.ts';
import { sanitizeFilename } from '../export/contentDisposition.ts';
import { toCsvDownload } from '../export/csvDownload.ts';
import { encodeSegment, joinUrl } from '../http/url.ts';
import {
  CreateMigrationRequestSchema,
  CreateMigrationResponseSchema,
  DeleteSourceConnectionResponseSchema,
  FileListSchema,
  SaveSourceConnectionRequestSchema,
  SignedUploadListSchema,
  SourceConnectionResponseSchema,
  UploadRequestFileSchema,
} from '../schemas/migration.ts';
import { PreviewSchema } from '../schemas/preview.ts';
import { type ClientContext, checkInput } from './context.ts';
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
    if (filter !== undefined) checkInput(z.enum(EXPORT_FILTERS), filter, 'export filter');
    return migrationUrl(migrationId, `/exports/${encodeSegment(templateSlug, 'templateSlug')}.csv`, {
      filter,
    });
  };

  return {
    async createMigration(body, o) {
      checkInput(CreateMigrationRequestSchema, body, 'migration');
      const url = joinUrl(baseUrl, '/migrations');
      // Not idempotent unless `external_id` is set, and even then a retry is the caller's call.
      const { data, response } = await transport.json({
        method: 'POST',
        url,
        body,
        idempotent: false,
        schema: CreateMigrationResponseSchema,
        ...o,
      });
      return { migration: data.migration, created: response.status === 201 };
    },

    async createUploads(migrationId, files, o) {
      checkInput(z.array(UploadRequestFileSchema).check(z.minLength(1)), files, 'files');
      const url = migrationUrl(migrationId, '/files');
      const { data } = await transport.json({
        method: 'POST',
        url,
        body: { files },
        idempotent: false,
        schema: SignedUploadListSchema,
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
      return (await transport.json({ method: 'GET', url, idempotent: true, schema: FileListSchema, ...o }))
        .data.files;
    },

    async getSourceConnection(migrationId, query, o) {
      const url = migrationUrl(migrationId, '/source-connection', { ...query });
      const { data } = await transport.json({
        method: 'GET',
        url,
        idempotent: true,
        schema: SourceConnectionResponseSchema,
        ...o,
      });
      return data.source_connection;
    },

    async saveSourceConnection(migrationId, body, o) {
      checkInput(SaveSourceConnectionRequestSchema, body, 'source connection');
      const url = migrationUrl(migrationId, '/source-connection');
      // Creates or updates in place; still a POST, so never re-sent blindly.
      const { data } = await transport.json({
        method: 'POST',
        url,
        body,
        idempotent: false,
        schema: SourceConnectionResponseSchema,
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
        schema: DeleteSourceConnectionResponseSchema,
        ...o,
      });
      return { ...data, deleted: data.deleted };
    },

    async getPreview(migrationId, o) {
      const url = migrationUrl(migrationId, '/preview');
      return (await transport.json({ method: 'GET', url, idempotent: true, schema: PreviewSchema, ...o }))
        .data;
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
