import { sampleFile } from '../data/index.ts';
import type { Extraction } from './agent/extract.ts';
import { connectorFor } from './connectors.ts';
import type { ConnectionRecord } from './store.ts';
import { parseBytes } from './uploads.ts';

/** Read the connector's streams ahead of the run (parsing is async, scripts are not). */
export async function prepareExtraction(connection: ConnectionRecord): Promise<Extraction> {
  const connector = connectorFor(connection.sourceKey);
  if (!connector) throw new Error(`No connector for ${connection.sourceKey}`);
  const names = connection.selectedStreams ?? Object.keys(connector.streams);
  const streams: Extraction['streams'] = [];
  for (const stream of names) {
    const fileName = connector.streams[stream];
    if (!fileName) continue;
    const sample = sampleFile(fileName);
    const parsed = await parseBytes(sample.name, sample.bytes, sample.contentType);
    const tables = parsed.ok
      ? parsed.tables.map((t, i) => ({
          ...t,
          name:
            parsed.tables.length === 1
              ? `${connector.name} › ${stream}`
              : `${connector.name} › ${stream} (${i + 1})`,
          file: `${connector.key}:${stream}`,
        }))
      : [];
    streams.push({ stream, tables });
  }
  return { connection, connector, streams };
}
