import * as z from 'zod/mini';
import { RUN_KINDS, RUN_STATUSES } from './enums.ts';
import { isPlainObject, renameKeys } from './plainObject.ts';

export const QuestionOptionSchema = z.looseObject({ id: z.string(), label: z.string() });
export type QuestionOption = z.infer<typeof QuestionOptionSchema>;

/** What an imports-preview question is about (`needs_attention`). */
export const QuestionTargetSchema = z.looseObject({
  sheet_id: z.optional(z.string()),
  column: z.optional(z.string()),
  affected_count: z.optional(z.number()),
  sample_values: z._default(z.optional(z.array(z.unknown())), []),
  error: z.optional(z.string()),
});
export type QuestionTarget = z.infer<typeof QuestionTargetSchema>;

/**
 * An agent question, normalized across both API generations:
 * `prompt` → `question`, `allow_custom` → `allowCustom`.
 * `allowCustom: false` with options offers only the options; `options: []` is an open question.
 */
export const QuestionSchema = z.pipe(
  z.transform((v) => renameKeys(v, { prompt: 'question', allow_custom: 'allowCustom' })),
  z.looseObject({
    id: z.string(),
    question: z.string(),
    context: z.optional(z.nullable(z.string())),
    options: z.pipe(
      z._default(z.optional(z.nullable(z.array(QuestionOptionSchema))), []),
      z.transform((o) => o ?? []),
    ),
    allowCustom: z._default(z.optional(z.boolean()), false),
    target: z.optional(QuestionTargetSchema),
    relevant_columns: z.optional(z.array(z.string())),
  }),
);
export type Question = z.infer<typeof QuestionSchema>;

export const CredentialFieldSchema = z.looseObject({
  type: z._default(z.optional(z.string()), 'string'),
  secret: z._default(z.optional(z.boolean()), false),
  title: z.optional(z.string()),
  label: z.optional(z.string()),
  description: z.optional(z.string()),
  required: z.optional(z.boolean()),
});
export type CredentialField = z.infer<typeof CredentialFieldSchema>;

export const CredentialGuidanceSchema = z.looseObject({
  summary: z.optional(z.string()),
  steps: z.optional(z.array(z.string())),
  links: z.optional(z.array(z.looseObject({ label: z.optional(z.string()), url: z.string() }))),
});
export type CredentialGuidance = z.infer<typeof CredentialGuidanceSchema>;

export const CredentialRequestSchema = z.looseObject({
  connection_id: z.optional(z.string()),
  source_key: z.optional(z.string()),
  source_name: z.optional(z.string()),
  reason: z.optional(z.nullable(z.string())),
  guidance: z.optional(z.nullable(CredentialGuidanceSchema)),
  schema: z._default(z.optional(z.record(z.string(), CredentialFieldSchema)), {}),
});
export type CredentialRequest = z.infer<typeof CredentialRequestSchema>;

export const PerSheetCountSchema = z.looseObject({
  templateName: z.string(),
  sheetId: z.optional(z.string()),
  rowCount: z.number(),
});
export type PerSheetCount = z.infer<typeof PerSheetCountSchema>;

/** Undocumented shape: read it with `readCoverage`, which understands what the mock and Vern send. */
export const CoverageSchema = z.optional(z.nullable(z.record(z.string(), z.unknown())));

export const ReportSchema = z.looseObject({
  inserted: z.number(),
  perSheet: z._default(z.optional(z.array(PerSheetCountSchema)), []),
  /** Rows (not cells) that still carry at least one invalid cell. */
  invalidCellCount: z._default(z.optional(z.number()), 0),
  coverage: CoverageSchema,
});
export type Report = z.infer<typeof ReportSchema>;

export type KnownRunStatus = (typeof RUN_STATUSES)[number];

const runBase = {
  run_id: z.string(),
  created_at: z.optional(z.string()),
  /** A read-back of the last answer; its shape is undocumented (see `readAnswers`). */
  answers: z.optional(z.unknown()),
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
  z.looseObject({ ...runBase, status: z.literal('queued'), message: z.optional(z.nullable(z.string())) }),
  z.looseObject({ ...runBase, status: z.literal('running'), message: z.optional(z.nullable(z.string())) }),
  z.looseObject({
    ...runBase,
    status: z.literal('blocked'),
    /** `question` or `credentials`; an unknown reason is kept as its string. */
    blocked_reason: z.optional(z.string()),
    questions: z._default(z.optional(z.array(QuestionSchema)), []),
    credential_request: z.optional(z.nullable(CredentialRequestSchema)),
  }),
  z.looseObject({ ...runBase, status: z.literal('awaiting_approval') }),
  z.looseObject({ ...runBase, status: z.literal('completed'), report: z.optional(z.nullable(ReportSchema)) }),
  z.looseObject({ ...runBase, status: z.literal('failed'), error: z.optional(z.nullable(z.string())) }),
  z.looseObject({ ...runBase, status: z.literal('canceled') }),
  z.looseObject({ ...runBase, status: z.literal('unknown'), raw_status: z.nullable(z.string()) }),
]);

/**
 * A polled run, discriminated on `status`. `progress_message` is read as `message`;
 * an unknown status parses to `{ status: 'unknown', raw_status }` instead of throwing.
 */
export const RunSchema = z.pipe(
  z.transform((v) => foldUnknownStatus(RUN_STATUSES)(renameKeys(v, { progress_message: 'message' }))),
  RunVariants,
);
export type Run = z.infer<typeof RunSchema>;
export type RunStatus = Run['status'];
export type RunOf<S extends RunStatus> = Extract<Run, { status: S }>;

/** Free text that is more than whitespace, sent trimmed. */
const nonBlankString = () => z.string().check(z.trim(), z.minLength(1));

export const RunKindSchema = z.enum(RUN_KINDS);
export type RunKind = z.infer<typeof RunKindSchema>;

export const StartRunRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('generate'), extract_via_api: z.optional(z.boolean()) }),
  z.object({ kind: z.literal('update'), message: nonBlankString() }),
  z.object({ kind: z.literal('clarify'), message: nonBlankString() }),
  z.object({ kind: z.literal('execute') }),
]);
export type StartRunRequest = z.infer<typeof StartRunRequestSchema>;

/** `201` from `POST /runs` (and the imports preview's `POST /imports` and decisions). */
export const RunAcceptedSchema = z.looseObject({
  run_id: z.string(),
  status: z.string(),
  poll_url: z.optional(z.string()),
});
export type RunAccepted = z.infer<typeof RunAcceptedSchema>;

/** `200` from messages / credentials: the run resumed. */
export const RunResumedSchema = z.looseObject({ run_id: z.string(), status: z.string() });
export type RunResumed = z.infer<typeof RunResumedSchema>;

export const StructuredAnswerSchema = z.object({ id: z.string(), value: z.string() });
export type StructuredAnswer = z.infer<typeof StructuredAnswerSchema>;

export const AnswersSchema = z.union([
  z.array(StructuredAnswerSchema).check(z.minLength(1)),
  nonBlankString(),
]);
export type Answers = z.infer<typeof AnswersSchema>;

export const AnswerRequestSchema = z.object({ answers: AnswersSchema });
export type AnswerRequest = z.infer<typeof AnswerRequestSchema>;

export const SubmitCredentialsRequestSchema = z.object({
  credentials: z
    .record(z.string(), z.unknown())
    .check(z.refine((c) => Object.keys(c).length > 0, 'credentials must be a non-empty object')),
  connection_id: z.optional(z.string()),
});
export type SubmitCredentialsRequest = z.infer<typeof SubmitCredentialsRequestSchema>;

export const CancelRunRequestSchema = z.object({ status: z.literal('cancel_requested') });
