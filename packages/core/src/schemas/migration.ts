import * as z from 'zod/mini';
import { nullableString, TemplateRefSchema } from './common.ts';

export const MigrationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  source: nullableString,
  external_id: nullableString,
  /** One of MIGRATION_STATUSES; an unknown status is kept as its string. */
  status: z.string(),
  templates: z._default(z.optional(z.array(TemplateRefSchema)), []),
});
export type Migration = z.infer<typeof MigrationSchema>;

const EXTERNAL_ID = /^[A-Za-z0-9_-]{1,255}$/;

export const CreateMigrationRequestSchema = z.object({
  name: z.string().check(z.minLength(1)),
  source: z.optional(z.nullable(z.string())),
  external_id: z.optional(
    z
      .string()
      .check(
        z.regex(EXTERNAL_ID, 'external_id must be alphanumeric (hyphens/underscores allowed), max 255 chars'),
      ),
  ),
  templates: z.optional(z.array(z.string())),
});
export type CreateMigrationRequest = z.infer<typeof CreateMigrationRequestSchema>;

export const CreateMigrationResponseSchema = z.looseObject({ migration: MigrationSchema });
export type CreateMigrationResponse = z.infer<typeof CreateMigrationResponseSchema>;

export const UploadRequestFileSchema = z.object({
  name: z.string().check(z.minLength(1)),
  content_type: z.optional(z.string()),
});
export type UploadRequestFile = z.infer<typeof UploadRequestFileSchema>;

export const SignedUploadSchema = z.looseObject({
  name: z.string(),
  storage_path: z.string(),
  signed_url: z.string(),
  token: z.optional(z.string()),
  content_type: nullableString,
});
export type SignedUpload = z.infer<typeof SignedUploadSchema>;

export const SignedUploadListSchema = z.looseObject({ files: z.array(SignedUploadSchema) });

export const ListedFileSchema = z.looseObject({
  name: z.string(),
  storage_path: z.string(),
  size: z.optional(z.nullable(z.number())),
  content_type: nullableString,
  uploaded_at: nullableString,
});
export type ListedFile = z.infer<typeof ListedFileSchema>;

export const FileListSchema = z.looseObject({ files: z.array(ListedFileSchema) });
export type FileList = z.infer<typeof FileListSchema>;

const looseRecord = () => z.record(z.string(), z.unknown());

export const SourceConnectionSchema = z.looseObject({
  id: z.string(),
  profile_id: nullableString,
  source_key: z.string(),
  name: z.optional(z.string()),
  category: nullableString,
  config: z._default(z.optional(looseRecord()), {}),
  selected_streams: z.optional(z.nullable(z.array(z.string()))),
  stream_state: z._default(z.optional(looseRecord()), {}),
  creds_configured: z._default(z.optional(z.boolean()), false),
  bound_source_extractor_id: nullableString,
  last_snapshot: z.optional(z.nullable(looseRecord())),
  last_sync_at: nullableString,
});
export type SourceConnection = z.infer<typeof SourceConnectionSchema>;

export const SourceConnectionResponseSchema = z.looseObject({ source_connection: SourceConnectionSchema });

export const SaveSourceConnectionRequestSchema = z.object({
  source_key: z.string().check(z.minLength(1)),
  profile_id: z.optional(z.nullable(z.string())),
  config: z.optional(looseRecord()),
  selected_streams: z.optional(z.nullable(z.array(z.string()))),
  stream_state: z.optional(looseRecord()),
  credentials: z.optional(looseRecord()),
});
export type SaveSourceConnectionRequest = z.infer<typeof SaveSourceConnectionRequestSchema>;

export const DeleteSourceConnectionResponseSchema = z.looseObject({ deleted: z.boolean() });
