import type { ScenarioName } from '@vernkit/mock';
import { useEffect, useState } from 'react';
import { expect } from 'storybook/test';
import preview from '#.storybook/preview';
import { Spinner } from '../primitives/Spinner.tsx';
import { withKit } from '../stories/KitFrame.tsx';
import { CompanyImportFlow } from './CompanyImportFlow.tsx';
import { createFlowKit, FlowKitClientProvider } from './flowTestKit.tsx';

/** The imports preview live against `@vernkit/mock`: a company is provisioned, then the flow runs. */
function LiveImportFlow({ scenario }: { scenario: ScenarioName }) {
  const [kit] = useState(() => createFlowKit({ scenario, speed: 0.5 }));
  const [companyId, setCompanyId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const { sources } = await kit.client.listSources();
      const source = sources.find((s) => s.id)?.id ?? '';
      const { company } = await kit.client.provisionCompany({ name: 'Acme Inc.', source });
      if (live) setCompanyId(company.id);
    })();
    return () => {
      live = false;
    };
  }, [kit]);
  if (!companyId) return <Spinner label="Provisioning the demo company" />;
  return (
    <FlowKitClientProvider kit={kit}>
      <CompanyImportFlow companyId={companyId} storage={kit.storage} />
    </FlowKitClientProvider>
  );
}

const meta = preview.meta({
  component: LiveImportFlow,
  title: 'Flows/CompanyImportFlow',
  decorators: [withKit({ width: 920 })],
  args: { scenario: 'flagged-rows' as const },
});

export const FlaggedRows = meta.story({
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Upload your data' })).toBeInTheDocument();
  },
});

export const DestructivePatch = meta.story({ args: { scenario: 'destructive-patch' } });

export const ParksTwice = meta.story({ args: { scenario: 'repark' } });

export const Dark = meta.story({ decorators: [withKit({ width: 920, theme: 'dark' })] });
