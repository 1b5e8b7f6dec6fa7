import { RunSchema } from '@vernkit/core';
import { fn } from 'storybook/test';
import preview from '#.storybook/preview';
import { statusQuestion } from '../fixtures/questions.ts';
import { Badge } from '../primitives/Badge.tsx';
import { Button } from '../primitives/Button.tsx';
import { QuestionForm } from '../question-form/QuestionForm.tsx';
import { RunProgress } from '../run-progress/RunProgress.tsx';
import { BRAND_IDS, BRANDS, type BrandId } from './brands.ts';
import { KitFrame } from './KitFrame.tsx';

/**
 * Every toolbar brand in both modes side by side, each on its own kit root with its
 * `appearance` pinned, to compare what a host can reach with `appearance` alone.
 */
const meta = preview.meta({
  title: 'Brands',
  parameters: {
    layout: 'fullscreen',
    docs: { description: { component: 'The example host brands in light and dark.' } },
  },
});

const run = RunSchema.parse({
  run_id: 'run_brand',
  status: 'running',
  message: 'Matching your columns to Contacts',
  created_at: new Date(Date.now() - 42_000).toISOString(),
});

function Sample({ brand, theme }: { brand: BrandId; theme: 'light' | 'dark' }) {
  return (
    <KitFrame theme={theme} appearance={BRANDS[brand].appearance} width="100%">
      <div style={{ display: 'grid', gap: 16 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <strong>{BRANDS[brand].title}</strong>
          <Badge tone="neutral">{theme}</Badge>
        </div>
        <RunProgress run={run} title="Preparing your preview" />
        {/* Six forms on one page need six names (axe: landmark-unique). */}
        <QuestionForm
          questions={statusQuestion}
          heading={`${BRANDS[brand].title}, ${theme}: the assistant needs your input`}
          onSubmit={fn()}
        />
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Button variant="primary">Approve and import</Button>
          <Button>Refine</Button>
          <Button variant="ghost">Let me decide</Button>
          <Button variant="danger">Reject</Button>
        </div>
      </div>
    </KitFrame>
  );
}

export const Gallery = meta.story({
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
        gap: 16,
        padding: 16,
      }}
    >
      {BRAND_IDS.flatMap((brand) =>
        (['light', 'dark'] as const).map((theme) => (
          <section key={`${brand}-${theme}`} aria-label={`${BRANDS[brand].title}, ${theme}`}>
            <Sample brand={brand} theme={theme} />
          </section>
        )),
      )}
    </div>
  ),
});
