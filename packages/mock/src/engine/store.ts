import type { Report, Source, Template } from '@vernkit/core';
import type {
  AgentQuestion,
  HeaderMapping,
  NeedsAttentionBlock,
  ParsedTable,
  Recipe,
  SheetData,
} from '../data/index.ts';
import type { ScenarioName } from '../scenarios/scenarios.ts';
import type { AnswerPlan } from './agent/questions.ts';
import type { Drive } from './runner.ts';
import type { ThreadLog } from './thread.ts';

/** An upload's bytes are parsed once, when they land; a generate reads the outcome. */
export type ParseOutcome = { ok: true; tables: ParsedTable[] } | { ok: false; error: string };

export interface StoredFile {
  name: string;
  storagePath: string;
  contentType: string | null;
  size: number;
  uploadedAt: string;
  parsed: ParseOutcome;
}

/** A minted signed URL, waiting for its single PUT. */
export interface UploadSlot {
  token: string;
  storagePath: string;
  name: string;
  contentType: string | null;
  expiresAt: number;
  used: boolean;
  owner: { kind: 'migration'; id: string } | { kind: 'company'; id: string };
}

/** One template's sheet as the agent works on it. */
export interface SheetWork {
  template: Template;
  sheetId: string;
  tables: ParsedTable[];
  mapping: HeaderMapping;
  recipe: Recipe;
  sheet: SheetData;
}

export interface Workbook {
  inputs: ParsedTable[];
  /** In the migration's template order. */
  sheets: SheetWork[];
}

export interface ConnectionRecord {
  id: string;
  profileId: string | null;
  sourceKey: string;
  config: Record<string, unknown>;
  selectedStreams: string[] | null;
  streamState: Record<string, unknown>;
  credsConfigured: boolean;
  boundExtractorId: string | null;
  lastSnapshot: Record<string, unknown> | null;
  lastSyncAt: string | null;
  savedAt: number;
}

export type RunReply =
  | { kind: 'answers'; plan: AnswerPlan }
  | { kind: 'credentials' }
  | { kind: 'decision'; decision: 'approve' | 'reject'; sheets: SheetData[] | null; partial: boolean };

export type MigrationRunStatus =
  | 'queued'
  | 'running'
  | 'blocked'
  | 'awaiting_approval'
  | 'completed'
  | 'failed'
  | 'canceled';

export interface MigrationRun {
  id: string;
  migrationId: string;
  createdAt: string;
  kind: 'generate' | 'update' | 'clarify' | 'execute';
  status: MigrationRunStatus;
  message: string | null;
  blockedReason: 'question' | 'credentials' | null;
  /** Questions as the agent holds them (with their decision); the wire shape drops it. */
  questions: AgentQuestion[];
  /** Which sheet each open question is about. */
  questionSheets: Map<string, number>;
  credentialRequest: Record<string, unknown> | null;
  report: Report | null;
  error: string | null;
  /** The read-back of the customer's last reply. */
  answers: Record<string, unknown> | null;
  /** The workbook the current phase is building; answers are checked against it. */
  work: Workbook | null;
  drive: Drive<RunReply>;
}

export interface PreviewState {
  runId: string;
  workbook: Workbook;
  executed: boolean;
}

export interface MigrationRecord {
  id: string;
  name: string;
  source: string | null;
  externalId: string | null;
  templates: Template[];
  scenario: ScenarioName | null;
  createdAt: string;
  files: StoredFile[];
  connections: ConnectionRecord[];
  thread: ThreadLog;
  runs: Map<string, MigrationRun>;
  preview: PreviewState | null;
  /** What an execute imported: the export reads it. */
  imported: Workbook | null;
}

export type ImportStatus = 'queued' | 'running' | 'needs_attention' | 'completed' | 'failed' | 'canceled';

export interface ImportRun {
  id: string;
  companyId: string;
  createdAt: string;
  status: ImportStatus;
  message: string | null;
  report: Report | null;
  needsAttention: NeedsAttentionBlock | null;
  error: string | null;
  /** The request as sent, canonicalized, to tell a retry from a different import. */
  payloadKey: string;
  idempotencyKey: string | null;
  /** The workbook as the import left it; a decision is checked against it. */
  sheets: SheetData[] | null;
  inputs: ParsedTable[];
  /** Public question id → the sheet and the id `proposePatch` gave it there. */
  questionMap: Map<string, { sheet: number; id: string }>;
  /** Approvals left that apply only part of the patch (the `repark` scenario). */
  reparksLeft: number;
  drive: Drive<RunReply>;
}

export interface CompanySheet {
  id: string;
  template: Template;
}

export interface CompanyRecord {
  id: string;
  name: string;
  externalId: string | null;
  sourceId: string;
  workbookId: string;
  sheets: CompanySheet[];
  connections: Array<{ id: string; kind: string; creds_configured: boolean }>;
  magicLinkUrl: string;
  createdAt: string;
  scenario: ScenarioName | null;
  uploads: Map<string, StoredFile>;
  imports: ImportRun[];
  /** The workbook's data as the last import left it: the export reads it. */
  data: SheetData[] | null;
}

export interface World {
  templates: Template[];
  sources: Source[];
  pins: Map<string, string | null>;
  migrations: Map<string, MigrationRecord>;
  companies: Map<string, CompanyRecord>;
  /** Keyed by storage path. */
  uploads: Map<string, UploadSlot>;
  /** Secrets by connection id. Never serialized, logged or put in a thread. */
  vault: Map<string, Record<string, unknown>>;
}

export function createWorld(templates: Template[], sources: Source[]): World {
  return {
    templates,
    sources,
    pins: new Map(),
    migrations: new Map(),
    companies: new Map(),
    uploads: new Map(),
    vault: new Map(),
  };
}
