import type { Template } from '@vernkit/core';
import { publicQuestion } from '../data/index.ts';
import { connectorFor } from '../engine/connectors.ts';
import type { ConnectionRecord, ImportRun, MigrationRecord, MigrationRun } from '../engine/store.ts';

export function templateRef(t: Template): { slug?: string; id?: string; name: string } {
  const ref: { slug?: string; id?: string; name: string } = { name: t.name };
  if (t.slug !== undefined) ref.slug = t.slug;
  if (t.id !== undefined) ref.id = t.id;
  return ref;
}

/** The migration's overall state, derived from what has happened so far. */
export function migrationStatus(m: MigrationRecord): string {
  if (m.imported) return 'completed';
  if (m.preview) return 'awaiting_approval';
  if (m.files.length > 0 || m.connections.length > 0) return 'ready';
  return 'awaiting_files';
}

export function migrationJson(m: MigrationRecord) {
  return {
    id: m.id,
    name: m.name,
    source: m.source,
    external_id: m.externalId,
    status: migrationStatus(m),
    templates: m.templates.map(templateRef),
  };
}

/** A polled run: `run_id`, `status`, `created_at`, then what its status carries. */
export function runJson(run: MigrationRun): Record<string, unknown> {
  const body: Record<string, unknown> = {
    run_id: run.id,
    status: run.status,
    created_at: run.createdAt,
    kind: run.kind,
  };
  if (run.answers) body.answers = run.answers;
  switch (run.status) {
    case 'queued':
    case 'running':
      body.message = run.message;
      break;
    case 'blocked':
      body.blocked_reason = run.blockedReason;
      if (run.blockedReason === 'question') body.questions = run.questions.map(publicQuestion);
      if (run.blockedReason === 'credentials') body.credential_request = run.credentialRequest;
      break;
    case 'completed':
      if (run.report) body.report = run.report;
      break;
    case 'failed':
      body.error = run.error;
      break;
  }
  return body;
}

export function importRunJson(run: ImportRun, pollUrl: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    run_id: run.id,
    status: run.status,
    created_at: run.createdAt,
    poll_url: pollUrl,
  };
  switch (run.status) {
    case 'queued':
    case 'running':
      body.progress_message = run.message;
      break;
    case 'needs_attention':
      body.report = run.report;
      body.needs_attention = run.needsAttention;
      break;
    case 'completed':
      body.report = run.report;
      break;
    case 'failed':
      body.error = run.error;
      if (run.report) body.report = run.report;
      break;
  }
  return body;
}

/** A connection as the API shows it: never a secret, only whether one is on file. */
export function connectionJson(c: ConnectionRecord) {
  const connector = connectorFor(c.sourceKey);
  return {
    id: c.id,
    profile_id: c.profileId,
    source_key: c.sourceKey,
    name: connector?.name ?? c.sourceKey,
    category: connector?.category ?? null,
    config: c.config,
    selected_streams: c.selectedStreams,
    stream_state: c.streamState,
    creds_configured: c.credsConfigured,
    bound_source_extractor_id: c.boundExtractorId,
    last_snapshot: c.lastSnapshot,
    last_sync_at: c.lastSyncAt,
  };
}
