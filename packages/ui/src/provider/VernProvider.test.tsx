import { render, screen } from '@testing-library/react';
import { createVernClient } from '@vernkit/core';
import { useVernClient } from '@vernkit/react';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { VernProvider } from './VernProvider.tsx';

function Probe() {
  const client = useVernClient();
  const t = useLabels('common', commonLabels);
  return <p>{`${typeof client === 'object' ? 'client' : 'none'} ${t('close')}`}</p>;
}

describe('VernProvider (ui)', () => {
  it('provides the Vern client and the kit theme and labels together', () => {
    const client = createVernClient({ baseUrl: 'http://localhost/api/vern', fetch: vi.fn() });
    const { container } = render(
      <VernProvider client={client} locale="de" appearance={{ theme: 'dark' }}>
        <Probe />
      </VernProvider>,
    );
    expect(screen.getByText('client Schließen')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="vern-root"]')).toHaveAttribute('data-vk-theme', 'dark');
  });
});
