import type { ParsedTable } from '../../data/index.ts';
import { iso } from '../clock.ts';
import { type Connector, missingCredentialFields } from '../connectors.ts';
import { uuid } from '../ids.ts';
import { type Effect, pause, wait } from '../runner.ts';
import type { ConnectionRecord, RunReply } from '../store.ts';
import { type AgentContext, setRunning } from './context.ts';
import { TIMING } from './timing.ts';

/** A live source to read, its streams already parsed (parsing is async; scripts are not). */
export interface Extraction {
  connection: ConnectionRecord;
  connector: Connector;
  streams: Array<{ stream: string; tables: ParsedTable[] }>;
}

/**
 * Connect, asking for credentials until the connector accepts them, then read each
 * stream. Secrets stay in the vault: the thread and the run see field names only.
 */
export function* extractFromSource(
  ctx: AgentContext,
  extraction: Extraction,
  into: ParsedTable[],
): Generator<Effect, void, RunReply | undefined> {
  const { connection, connector } = extraction;
  setRunning(ctx, `Connecting to ${connector.name}`);
  let call = ctx.say.tool('connect_source', { source_key: connector.key, connection_id: connection.id });
  yield wait(TIMING.connect);
  for (;;) {
    const secrets = ctx.world.vault.get(connection.id);
    const missing = secrets ? missingCredentialFields(connector, secrets) : null;
    if (missing !== null && missing.length === 0) break;
    const reason =
      missing === null
        ? connector.reason
        : `${connector.name} rejected those credentials: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Check them and submit again.`;
    call.fail(missing === null ? 'Credentials required' : 'Credentials rejected');
    blockForCredentials(ctx, extraction, reason);
    yield pause;
    setRunning(ctx, `Credentials received — connecting to ${connector.name}`);
    call = ctx.say.tool('connect_source', { source_key: connector.key, connection_id: connection.id });
    yield wait(TIMING.connect);
  }
  call.done({ connected: true });
  let records = 0;
  for (const { stream, tables } of extraction.streams) {
    ctx.say.status(`Extracting ${stream} from ${connector.name}`);
    const read = ctx.say.tool('extract_stream', { source_key: connector.key, stream });
    yield wait(TIMING.extractStream);
    const count = tables.reduce((n, t) => n + t.rows.length, 0);
    records += count;
    into.push(...tables);
    read.done({ stream, records: count });
  }
  connection.boundExtractorId ??= uuid();
  connection.lastSyncAt = iso(ctx.run.drive.stepAt);
  connection.lastSnapshot = {
    streams: extraction.streams.map((s) => s.stream),
    records,
    extracted_at: connection.lastSyncAt,
  };
}

function blockForCredentials(ctx: AgentContext, { connection, connector }: Extraction, reason: string): void {
  const { run } = ctx;
  run.status = 'blocked';
  run.blockedReason = 'credentials';
  run.message = null;
  run.credentialRequest = {
    connection_id: connection.id,
    source_key: connector.key,
    source_name: connector.name,
    reason,
    guidance: connector.guidance,
    schema: connector.schema,
  };
  ctx.say.say(`${reason} Your credentials go to a secure vault, never into this conversation.`);
  ctx.say.emit('request_input', {
    kind: 'credentials',
    connection_id: connection.id,
    source_name: connector.name,
    fields: Object.keys(connector.schema),
  });
}
