import { render } from '@testing-library/react';
import { createMemoryStorage, useMigrationFlow } from '@vernkit/react';
import { useState } from 'react';
import { advance, perform, until } from './clock.ts';
import type { CountingKit } from './countingKit.tsx';
import { cleanContactsFile } from './script.ts';

export interface FleetCount {
  requests: number;
  rateLimited: number;
  /** The busiest minute on the busiest endpoint: what Vern's per-key, per-endpoint budget sees. */
  peakPerEndpointMinute: number;
  durationMs: number;
}

type Flow = ReturnType<typeof useMigrationFlow>;

function Customer({
  index,
  live,
  onFlow,
}: {
  index: number;
  live: boolean;
  onFlow: (i: number, f: Flow) => void;
}) {
  const [storage] = useState(createMemoryStorage);
  const flow = useMigrationFlow({
    create: { name: `Customer ${index}`, external_id: `customer-${index}`, templates: ['contacts'] },
    storage,
    live,
  });
  onFlow(index, flow);
  return null;
}

/**
 * `size` customers of one host (one API key) generate at the same moment, each watched by its
 * own `useMigrationFlow`, until every run reaches its preview: the 429s Vern's per-key budget
 * answered, and the request rate the host produced.
 */
export async function watchFleet(
  kit: CountingKit,
  size: number,
  { live }: { live: boolean },
): Promise<FleetCount> {
  const flows: Flow[] = [];
  const Wrapper = kit.wrapper;
  const view = render(
    <Wrapper>
      {Array.from({ length: size }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of customers
        <Customer key={i} index={i} live={live} onFlow={(at, flow) => (flows[at] = flow)} />
      ))}
    </Wrapper>,
  );
  const all = () => Array.from({ length: size }, (_, i) => flows[i]);
  await until('every migration', () => all().every((f) => f?.step === 'files' && !f.isLoading));
  await perform('the uploads', () =>
    Promise.all(all().map((flow) => (flow as Flow).upload([cleanContactsFile()]))),
  );
  const startIndex = kit.requests.length;
  const startedAt = Date.now();
  await perform('the generates', () => Promise.all(all().map((flow) => (flow as Flow).generate())));
  await until('every preview', () => all().every((f) => f?.step === 'preview'));
  const durationMs = Date.now() - startedAt;
  // Let in-flight requests land before counting.
  await advance(1_000);
  view.unmount();

  const during = kit.requests.slice(startIndex);
  // Whole minutes from the start: a coarse view of the mock's sliding window, enough to compare.
  const perMinute = new Map<string, number>();
  for (const r of during) {
    const key = `${r.route} ${Math.floor((r.at - startedAt) / 60_000)}`;
    perMinute.set(key, (perMinute.get(key) ?? 0) + 1);
  }
  return {
    requests: during.length,
    rateLimited: during.filter((r) => r.status === 429).length,
    peakPerEndpointMinute: Math.max(0, ...perMinute.values()),
    durationMs,
  };
}
