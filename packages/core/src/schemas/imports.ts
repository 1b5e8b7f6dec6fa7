import * as z from 'zod';
import { isPlainObject, nullableString, renameKeys } from './common.ts';
import { foldUnknownStatus, QuestionSchema, ReportSchema } from './run.ts';

/** The imports preview: companies, uploads, imports with `needs_attention`, decisions. */

export const ProvisionCompanyRequestSchema = z.object({
  name: z.string().min(1),
  source: z.string().min(1),
  external_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,255}$/)
    .optional(),
  template_ids: z.array(z.string()).optional(),
  connections: z.record(z.string(), z.unknown()).optional(),
});
export type ProvisionCompanyRequest = z.infer<typeof ProvisionCompanyRequestSchema>;

export const CompanySchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  external_id: nullableString,
  created_at: z.string().optional(),
});
export type Company = z.infer<typeof CompanySchema>;

export const CompanySheetSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  template_id: z.string().optional(),
});
export type CompanySheet = z.infer<typeof CompanySheetSchema>;

export const ProvisionCompanyResponseSchema = z.looseObject({
  company: CompanySchema,
  workbook_id: z.string().optional(),
  sheets: z.array(CompanySheetSchema).optional().default([]),
  connections: z
    .array(
      z.looseObject({
        id: z.string(),
        kind: z.string().optional(),
        creds_configured: z.boolean().optional(),
      }),
    )
    .optional(),
  magic_link_url: nullableString,
});
export type ProvisionCompanyResponse = z.infer<typeof ProvisionCompanyResponseSchema>;

export const ImportUploadRequestSchema = z.object({
  name: z.string().min(1),
  content_type: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
});
export type ImportUploadRequest = z.infer<typeof ImportUploadRequestSchema>;

export const ImportUploadResponseSchema = z.looseObject({ upload_url: z.string(), upload_ref: z.string() });
export type ImportUploadResponse = z.infer<typeof ImportUploadResponseSchema>;

export const StartImportRequestSchema = z
  .object({
    files: z
      .array(z.object({ name: z.string(), upload_ref: z.string() }))
      .min(1)
      .optional(),
    rows: z.array(z.record(z.string(), z.unknown())).min(1).optional(),
    idempotency_key: z.string().optional(),
  })
  .refine((b) => b.files !== undefined || b.rows !== undefined, { message: 'Provide either files or rows' });
export type StartImportRequest = z.infer<typeof StartImportRequestSchema>;

export const PATCH_ACTION_KINDS = ['set_value', 'delete_invalid_rows', 'dedup_keep_first', 'keep'] as const;
/** Actions that drop rows: confirm before sending. */
export const DESTRUCTIVE_PATCH_ACTIONS: readonly string[] = ['delete_invalid_rows', 'dedup_keep_first'];

export const PatchActionSchema = z.looseObject({
  sheet_id: z.string().optional(),
  column: z.string().optional(),
  /** One of PATCH_ACTION_KINDS; an unknown action is kept (and shown) as its string. */
  action: z.string(),
  value: z.unknown().optional(),
  key_column: z.string().optional(),
});
export type PatchAction = z.infer<typeof PatchActionSchema>;

export const ProposedPatchSchema = z.looseObject({
  summary: z.string().optional().default(''),
  actions: z.array(PatchActionSchema).optional().default([]),
});
export type ProposedPatch = z.infer<typeof ProposedPatchSchema>;

export const NeedsAttentionSchema = z.looseObject({
  questions: z.array(QuestionSchema).optional().default([]),
  proposed_patch: ProposedPatchSchema.nullable().optional(),
});
export type NeedsAttention = z.infer<typeof NeedsAttentionSchema>;

export const IMPORT_RUN_STATUSES = [
  'queued',
  'running',
  'needs_attention',
  'completed',
  'failed',
  'canceled',
] as const;

const importBase = {
  run_id: z.string().optional(),
  created_at: z.string().optional(),
  poll_url: z.string().optional(),
};

const ImportRunVariants = z.discriminatedUnion('status', [
  z.looseObject({ ...importBase, status: z.literal('queued'), message: z.string().nullable().optional() }),
  z.looseObject({ ...importBase, status: z.literal('running'), message: z.string().nullable().optional() }),
  z.looseObject({
    ...importBase,
    status: z.literal('needs_attention'),
    report: ReportSchema.partial({ inserted: true }).nullable().optional(),
    needs_attention: NeedsAttentionSchema,
  }),
  z.looseObject({
    ...importBase,
    status: z.literal('completed'),
    report: ReportSchema.nullable().optional(),
  }),
  z.looseObject({ ...importBase, status: z.literal('failed'), error: z.string().nullable().optional() }),
  z.looseObject({ ...importBase, status: z.literal('canceled') }),
  z.looseObject({ ...importBase, status: z.literal('unknown'), raw_status: z.string().nullable() }),
]);

/** An import run; `progress_message` is read as `message`, an unknown status as `unknown`. */
export const ImportRunSchema = z.preprocess(
  (v) => foldUnknownStatus(IMPORT_RUN_STATUSES)(renameKeys(v, { progress_message: 'message' })),
  ImportRunVariants,
);
export type ImportRun = z.infer<typeof ImportRunSchema>;
export type ImportRunStatus = ImportRun['status'];

/** `GET /imports?status=active`: a run, or `{ "run": null }` when nothing is in flight. */
export const ActiveImportSchema = z.preprocess(
  (v) => (isPlainObject(v) && 'run' in v && v.status === undefined ? v.run : v),
  ImportRunSchema.nullable(),
);
export type ActiveImport = z.infer<typeof ActiveImportSchema>;

/** `GET /imports`: a paginated history, newest first. The shape is undocumented; common envelopes are read. */
export const ImportHistorySchema = z.preprocess(
  (v) => {
    if (Array.isArray(v)) return { runs: v };
    if (!isPlainObject(v)) return v;
    const runs = v.runs ?? v.imports ?? v.data ?? v.items;
    return { ...v, runs };
  },
  z.looseObject({
    runs: z.array(ImportRunSchema),
    next_cursor: nullableString,
  }),
);
export type ImportHistory = z.infer<typeof ImportHistorySchema>;

export const DecisionAnswerSchema = z.union([
  z.object({ question_id: z.string(), option_id: z.string() }),
  z.object({ question_id: z.string(), custom: z.string().trim().min(1) }),
]);
export type DecisionAnswer = z.infer<typeof DecisionAnswerSchema>;

export const DecisionRequestSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), answers: z.array(DecisionAnswerSchema).optional() }),
  z.object({ decision: z.literal('reject') }),
]);
export type DecisionRequest = z.infer<typeof DecisionRequestSchema>;

export const IMPORT_EXPORT_FILTERS = ['valid', 'all'] as const;
