import * as z from 'zod';
import { nullableString, TemplateRefSchema } from './common.ts';

export const MIGRATION_STATUSES = ['awaiting_files', 'ready', 'awaiting_approval', 'completed'] as const;

export const MigrationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  source: nullableString,
  external_id: nullableString,
  /** One of MIGRATION_STATUSES; an unknown status is kept as its string. */
  status: z.string(),
  templates: z.array(TemplateRefSchema).optional().default([]),
});
export type Migration = z.infer<typeof MigrationSchema>;

const EXTERNAL_ID = /^[A-Za-z0-9_-]{1,255}$/;

export const CreateMigrationRequestSchema = z.object({
  name: z.string().min(1),
  source: z.string().nullable().optional(),
  external_id: z
    .string()
    .regex(EXTERNAL_ID, 'external_id must be alphanumeric (hyphens/underscores allowed), max 255 chars')
    .optional(),
  templates: z.array(z.string()).optional(),
});
export type CreateMigrationRequest = z.infer<typeof CreateMigrationRequestSchema>;

export const CreateMigrationResponseSchema = z.looseObject({ migration: MigrationSchema });
export type CreateMigrationResponse = z.infer<typeof CreateMigrationResponseSchema>;

export const UploadRequestFileSchema = z.object({
  name: z.string().min(1),
  content_type: z.string().optional(),
});
export type UploadRequestFile = z.infer<typeof UploadRequestFileSchema>;

export const SignedUploadSchema = z.looseObject({
  name: z.string(),
  storage_path: z.string(),
  signed_url: z.string(),
  token: z.string().optional(),
  content_type: nullableString,
});
export type SignedUpload = z.infer<typeof SignedUploadSchema>;

export const SignedUploadListSchema = z.looseObject({ files: z.array(SignedUploadSchema) });

export const ListedFileSchema = z.looseObject({
  name: z.string(),
  storage_path: z.string(),
  size: z.number().nullable().optional(),
  content_type: nullableString,
  uploaded_at: nullableString,
});
export type ListedFile = z.infer<typeof ListedFileSchema>;

export const FileListSchema = z.looseObject({ files: z.array(ListedFileSchema) });
export type FileList = z.infer<typeof FileListSchema>;

export const SourceConnectionSchema = z.looseObject({
  id: z.string(),
  profile_id: nullableString,
  source_key: z.string(),
  name: z.string().optional(),
  category: nullableString,
  config: z.record(z.string(), z.unknown()).optional().default({}),
  selected_streams: z.array(z.string()).nullable().optional(),
  stream_state: z.record(z.string(), z.unknown()).optional().default({}),
  creds_configured: z.boolean().optional().default(false),
  bound_source_extractor_id: nullableString,
  last_snapshot: z.record(z.string(), z.unknown()).nullable().optional(),
  last_sync_at: nullableString,
});
export type SourceConnection = z.infer<typeof SourceConnectionSchema>;

export const SourceConnectionResponseSchema = z.looseObject({ source_connection: SourceConnectionSchema });

export const SaveSourceConnectionRequestSchema = z.object({
  source_key: z.string().min(1),
  profile_id: z.string().nullable().optional(),
  config: z.record(z.string(), z.unknown()).optional(),
  selected_streams: z.array(z.string()).nullable().optional(),
  stream_state: z.record(z.string(), z.unknown()).optional(),
  credentials: z.record(z.string(), z.unknown()).optional(),
});
export type SaveSourceConnectionRequest = z.infer<typeof SaveSourceConnectionRequestSchema>;

export const DeleteSourceConnectionResponseSchema = z.looseObject({ deleted: z.boolean() });
