import { TemplateRefSchema, nullableString } from "./common.js";
import { z } from "zod";
// src/schemas/migration.ts
const MIGRATION_STATUSES = [
	"awaiting_files",
	"ready",
	"awaiting_approval",
	"completed"
];
const MigrationSchema = z.looseObject({
	id: z.string(),
	name: z.string(),
	source: nullableString,
	external_id: nullableString,
	/** One of MIGRATION_STATUSES; an unknown status is kept as its string. */
	status: z.string(),
	templates: z.array(TemplateRefSchema).optional().default([])
});
const CreateMigrationRequestSchema = z.object({
	name: z.string().min(1),
	source: z.string().nullable().optional(),
	external_id: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, "external_id must be alphanumeric (hyphens/underscores allowed), max 255 chars").optional(),
	templates: z.array(z.string()).optional()
});
const CreateMigrationResponseSchema = z.looseObject({ migration: MigrationSchema });
const UploadRequestFileSchema = z.object({
	name: z.string().min(1),
	content_type: z.string().optional()
});
const SignedUploadSchema = z.looseObject({
	name: z.string(),
	storage_path: z.string(),
	signed_url: z.string(),
	token: z.string().optional(),
	content_type: nullableString
});
const SignedUploadListSchema = z.looseObject({ files: z.array(SignedUploadSchema) });
const ListedFileSchema = z.looseObject({
	name: z.string(),
	storage_path: z.string(),
	size: z.number().nullable().optional(),
	content_type: nullableString,
	uploaded_at: nullableString
});
const FileListSchema = z.looseObject({ files: z.array(ListedFileSchema) });
const SourceConnectionSchema = z.looseObject({
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
	last_sync_at: nullableString
});
const SourceConnectionResponseSchema = z.looseObject({ source_connection: SourceConnectionSchema });
const SaveSourceConnectionRequestSchema = z.object({
	source_key: z.string().min(1),
	profile_id: z.string().nullable().optional(),
	config: z.record(z.string(), z.unknown()).optional(),
	selected_streams: z.array(z.string()).nullable().optional(),
	stream_state: z.record(z.string(), z.unknown()).optional(),
	credentials: z.record(z.string(), z.unknown()).optional()
});
const DeleteSourceConnectionResponseSchema = z.looseObject({ deleted: z.boolean() });
export { CreateMigrationRequestSchema, CreateMigrationResponseSchema, DeleteSourceConnectionResponseSchema, FileListSchema, ListedFileSchema, MIGRATION_STATUSES, MigrationSchema, SaveSourceConnectionRequestSchema, SignedUploadListSchema, SignedUploadSchema, SourceConnectionResponseSchema, SourceConnectionSchema, UploadRequestFileSchema };
