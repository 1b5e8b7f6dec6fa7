import * as z from 'zod';
import { isPlainObject, renameKeys } from './common.ts';

export const QuestionOptionSchema = z.looseObject({ id: z.string(), label: z.string() });
export type QuestionOption = z.infer<typeof QuestionOptionSchema>;

/** What an imports-preview question is about (`needs_attention`). */
export const QuestionTargetSchema = z.looseObject({
  sheet_id: z.string().optional(),
  column: z.string().optional(),
  affected_count: z.number().optional(),
  sample_values: z.array(z.unknown()).optional().default([]),
  error: z.string().optional(),
});
export type QuestionTarget = z.infer<typeof QuestionTargetSchema>;

/**
 * An agent question, normalized across both API generations:
 * `prompt` → `question`, `allow_custom` → `allowCustom`.
 * `allowCustom: false` with options offers only the options; `options: []` is an open question.
 */
export const QuestionSchema = z.preprocess(
  (v) => renameKeys(v, { prompt: 'question', allow_custom: 'allowCustom' }),
  z.looseObject({
    id: z.string(),
    question: z.string(),
    context: z.string().nullable().optional(),
    options: z
      .array(QuestionOptionSchema)
      .nullable()
      .optional()
      .default([])
      .transform((o) => o ?? []),
    allowCustom: z.boolean().optional().default(false),
    target: QuestionTargetSchema.optional(),
    relevant_columns: z.array(z.string()).optional(),
  }),
);
export type Question = z.infer<typeof QuestionSchema>;

export const CredentialFieldSchema = z.looseObject({
  type: z.string().optional().default('string'),
  secret: z.boolean().optional().default(false),
  title: z.string().optional(),
  label: z.string().optional(),
  description: z.string().optional(),
  required: z.boolean().optional(),
});
export type CredentialField = z.infer<typeof CredentialFieldSchema>;

export const CredentialGuidanceSchema = z.looseObject({
  summary: z.string().optional(),
  steps: z.array(z.string()).optional(),
  links: z.array(z.looseObject({ label: z.string().optional(), url: z.string() })).optional(),
});
export type CredentialGuidance = z.infer<typeof CredentialGuidanceSchema>;

export const CredentialRequestSchema = z.looseObject({
  connection_id: z.string().optional(),
  source_key: z.string().optional(),
  source_name: z.string().optional(),
  reason: z.string().nullable().optional(),
  guidance: CredentialGuidanceSchema.nullable().optional(),
  schema: z.record(z.string(), CredentialFieldSchema).optional().default({}),
});
export type CredentialRequest = z.infer<typeof CredentialRequestSchema>;

export const PerSheetCountSchema = z.looseObject({
  templateName: z.string(),
  sheetId: z.string().optional(),
  rowCount: z.number(),
});
export type PerSheetCount = z.infer<typeof PerSheetCountSchema>;

/** Undocumented shape: read it with `readCoverage`, which understands what the mock and Vern send. */
export const CoverageSchema = z.record(z.string(), z.unknown()).nullable().optional();

export const ReportSchema = z.looseObject({
  inserted: z.number(),
  perSheet: z.array(PerSheetCountSchema).optional().default([]),
  /** Rows (not cells) that still carry at least one invalid cell. */
  invalidCellCount: z.number().optional().default(0),
  coverage: CoverageSchema,
});
export type Report = z.infer<typeof ReportSchema>;

export const RUN_STATUSES = [
  'queued',
  'running',
  'blocked',
  'awaiting_approval',
  'completed',
  'failed',
  'canceled',
] as const;
export type KnownRunStatus = (typeof RUN_STATUSES)[number];

const runBase = {
  run_id: z.string(),
  created_at: z.string().optional(),
  /** A read-back of the last answer; its shape is undocumented (see `readAnswers`). */
  answers: z.unknown().optional(),
};

/** Map a status the kit does not know to `unknown`, keeping the original as `raw_status`. */
export function foldUnknownStatus(known: readonly string[]) {
  return (value: unknown): unknown => {
    if (!isPlainObject(value)) return value;
    const status = value.status;
    if (typeof status === 'string' && known.includes(status)) return value;
    return { ...value, status: 'unknown', raw_status: status === undefined ? null : String(status) };
  };
}

const RunVariants = z.discriminatedUnion('status', [
  z.looseObject({ ...runBase, status: z.literal('queued'), message: z.string().nullable().optional() }),
  z.looseObject({ ...runBase, status: z.literal('running'), message: z.string().nullable().optional() }),
  z.looseObject({
    ...runBase,
    status: z.literal('blocked'),
    /** `question` or `credentials`; an unknown reason is kept as its string. */
    blocked_reason: z.string().optional(),
    questions: z.array(QuestionSchema).optional().default([]),
    credential_request: CredentialRequestSchema.nullable().optional(),
  }),
  z.looseObject({ ...runBase, status: z.literal('awaiting_approval') }),
  z.looseObject({ ...runBase, status: z.literal('completed'), report: ReportSchema.nullable().optional() }),
  z.looseObject({ ...runBase, status: z.literal('failed'), error: z.string().nullable().optional() }),
  z.looseObject({ ...runBase, status: z.literal('canceled') }),
  z.looseObject({ ...runBase, status: z.literal('unknown'), raw_status: z.string().nullable() }),
]);

/**
 * A polled run, discriminated on `status`. `progress_message` is read as `message`;
 * an unknown status parses to `{ status: 'unknown', raw_status }` instead of throwing.
 */
export const RunSchema = z.preprocess(
  (v) => foldUnknownStatus(RUN_STATUSES)(renameKeys(v, { progress_message: 'message' })),
  RunVariants,
);
export type Run = z.infer<typeof RunSchema>;
export type RunStatus = Run['status'];
export type RunOf<S extends RunStatus> = Extract<Run, { status: S }>;

export const RUN_KINDS = ['generate', 'update', 'clarify', 'execute'] as const;
export const RunKindSchema = z.enum(RUN_KINDS);
export type RunKind = z.infer<typeof RunKindSchema>;

export const StartRunRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('generate'), extract_via_api: z.boolean().optional() }),
  z.object({ kind: z.literal('update'), message: z.string().trim().min(1) }),
  z.object({ kind: z.literal('clarify'), message: z.string().trim().min(1) }),
  z.object({ kind: z.literal('execute') }),
]);
export type StartRunRequest = z.infer<typeof StartRunRequestSchema>;

/** `201` from `POST /runs` (and the imports preview's `POST /imports` and decisions). */
export const RunAcceptedSchema = z.looseObject({
  run_id: z.string(),
  status: z.string(),
  poll_url: z.string().optional(),
});
export type RunAccepted = z.infer<typeof RunAcceptedSchema>;

/** `200` from messages / credentials: the run resumed. */
export const RunResumedSchema = z.looseObject({ run_id: z.string(), status: z.string() });
export type RunResumed = z.infer<typeof RunResumedSchema>;

export const StructuredAnswerSchema = z.object({ id: z.string(), value: z.string() });
export type StructuredAnswer = z.infer<typeof StructuredAnswerSchema>;

export const AnswersSchema = z.union([z.array(StructuredAnswerSchema).min(1), z.string().trim().min(1)]);
export type Answers = z.infer<typeof AnswersSchema>;

export const AnswerRequestSchema = z.object({ answers: AnswersSchema });
export type AnswerRequest = z.infer<typeof AnswerRequestSchema>;

export const SubmitCredentialsRequestSchema = z.object({
  credentials: z.record(z.string(), z.unknown()).refine((c) => Object.keys(c).length > 0, {
    message: 'credentials must be a non-empty object',
  }),
  connection_id: z.string().optional(),
});
export type SubmitCredentialsRequest = z.infer<typeof SubmitCredentialsRequestSchema>;

export const CancelRunRequestSchema = z.object({ status: z.literal('cancel_requested') });
