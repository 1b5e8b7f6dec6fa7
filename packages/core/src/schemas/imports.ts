import * as z from 'zod/mini';
import { nullableString } from './common.ts';
import { IMPORT_RUN_STATUSES } from './enums.ts';
import { isPlainObject, renameKeys } from './plainObject.ts';
import { foldUnknownStatus, QuestionSchema, ReportSchema } from './run.ts';

/** The imports preview: companies, uploads, imports with `needs_attention`, decisions. */

export const ProvisionCompanyRequestSchema = z.object({
  name: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  external_id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,255}$/))),
  template_ids: z.optional(z.array(z.string())),
  connections: z.optional(z.record(z.string(), z.unknown())),
});
export type ProvisionCompanyRequest = z.infer<typeof ProvisionCompanyRequestSchema>;

export const CompanySchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  external_id: nullableString,
  created_at: z.optional(z.string()),
});
export type Company = z.infer<typeof CompanySchema>;

export const CompanySheetSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  template_id: z.optional(z.string()),
});
export type CompanySheet = z.infer<typeof CompanySheetSchema>;

export const ProvisionCompanyResponseSchema = z.looseObject({
  company: CompanySchema,
  workbook_id: z.optional(z.string()),
  sheets: z._default(z.optional(z.array(CompanySheetSchema)), []),
  connections: z.optional(
    z.array(
      z.looseObject({
        id: z.string(),
        kind: z.optional(z.string()),
        creds_configured: z.optional(z.boolean()),
      }),
    ),
  ),
  magic_link_url: nullableString,
});
export type ProvisionCompanyResponse = z.infer<typeof ProvisionCompanyResponseSchema>;

export const ImportUploadRequestSchema = z.object({
  name: z.string().check(z.minLength(1)),
  content_type: z.optional(z.string()),
  size: z.optional(z.int().check(z.nonnegative())),
});
export type ImportUploadRequest = z.infer<typeof ImportUploadRequestSchema>;

export const ImportUploadResponseSchema = z.looseObject({ upload_url: z.string(), upload_ref: z.string() });
export type ImportUploadResponse = z.infer<typeof ImportUploadResponseSchema>;

export const StartImportRequestSchema = z
  .object({
    files: z.optional(z.array(z.object({ name: z.string(), upload_ref: z.string() })).check(z.minLength(1))),
    rows: z.optional(z.array(z.record(z.string(), z.unknown())).check(z.minLength(1))),
    idempotency_key: z.optional(z.string()),
  })
  .check(z.refine((b) => b.files !== undefined || b.rows !== undefined, 'Provide either files or rows'));
export type StartImportRequest = z.infer<typeof StartImportRequestSchema>;

export const PatchActionSchema = z.looseObject({
  sheet_id: z.optional(z.string()),
  column: z.optional(z.string()),
  /** One of PATCH_ACTION_KINDS; an unknown action is kept (and shown) as its string. */
  action: z.string(),
  value: z.optional(z.unknown()),
  key_column: z.optional(z.string()),
});
export type PatchAction = z.infer<typeof PatchActionSchema>;

export const ProposedPatchSchema = z.looseObject({
  summary: z._default(z.optional(z.string()), ''),
  actions: z._default(z.optional(z.array(PatchActionSchema)), []),
});
export type ProposedPatch = z.infer<typeof ProposedPatchSchema>;

export const NeedsAttentionSchema = z.looseObject({
  questions: z._default(z.optional(z.array(QuestionSchema)), []),
  proposed_patch: z.optional(z.nullable(ProposedPatchSchema)),
});
export type NeedsAttention = z.infer<typeof NeedsAttentionSchema>;

const importBase = {
  run_id: z.optional(z.string()),
  created_at: z.optional(z.string()),
  poll_url: z.optional(z.string()),
};

const ImportRunVariants = z.discriminatedUnion('status', [
  z.looseObject({ ...importBase, status: z.literal('queued'), message: z.optional(z.nullable(z.string())) }),
  z.looseObject({ ...importBase, status: z.literal('running'), message: z.optional(z.nullable(z.string())) }),
  z.looseObject({
    ...importBase,
    status: z.literal('needs_attention'),
    report: z.optional(z.nullable(z.partial(ReportSchema, { inserted: true }))),
    needs_attention: NeedsAttentionSchema,
  }),
  z.looseObject({
    ...importBase,
    status: z.literal('completed'),
    report: z.optional(z.nullable(ReportSchema)),
  }),
  z.looseObject({ ...importBase, status: z.literal('failed'), error: z.optional(z.nullable(z.string())) }),
  z.looseObject({ ...importBase, status: z.literal('canceled') }),
  z.looseObject({ ...importBase, status: z.literal('unknown'), raw_status: z.nullable(z.string()) }),
]);

/** An import run; `progress_message` is read as `message`, an unknown status as `unknown`. */
export const ImportRunSchema = z.pipe(
  z.transform((v) => foldUnknownStatus(IMPORT_RUN_STATUSES)(renameKeys(v, { progress_message: 'message' }))),
  ImportRunVariants,
);
export type ImportRun = z.infer<typeof ImportRunSchema>;
export type ImportRunStatus = ImportRun['status'];

/** `GET /imports?status=active`: a run, or `{ "run": null }` when nothing is in flight. */
export const ActiveImportSchema = z.pipe(
  z.transform((v) => (isPlainObject(v) && 'run' in v && v.status === undefined ? v.run : v)),
  z.nullable(ImportRunSchema),
);
export type ActiveImport = z.infer<typeof ActiveImportSchema>;

/** `GET /imports`: a paginated history, newest first. The shape is undocumented; common envelopes are read. */
export const ImportHistorySchema = z.pipe(
  z.transform((v): unknown => {
    if (Array.isArray(v)) return { runs: v };
    if (!isPlainObject(v)) return v;
    const runs = v.runs ?? v.imports ?? v.data ?? v.items;
    return { ...v, runs };
  }),
  z.looseObject({
    runs: z.array(ImportRunSchema),
    next_cursor: nullableString,
  }),
);
export type ImportHistory = z.infer<typeof ImportHistorySchema>;

export const DecisionAnswerSchema = z.union([
  z.object({ question_id: z.string(), option_id: z.string() }),
  z.object({ question_id: z.string(), custom: z.string().check(z.trim(), z.minLength(1)) }),
]);
export type DecisionAnswer = z.infer<typeof DecisionAnswerSchema>;

export const DecisionRequestSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), answers: z.optional(z.array(DecisionAnswerSchema)) }),
  z.object({ decision: z.literal('reject') }),
]);
export type DecisionRequest = z.infer<typeof DecisionRequestSchema>;
