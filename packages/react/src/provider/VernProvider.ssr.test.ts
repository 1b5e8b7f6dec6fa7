import { createVernClient } from '@vernkit/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { useMigrationFlow } from '../flow/useMigrationFlow.ts';
import { useRunPolling } from '../hooks/useRunPolling.ts';
import { useThread } from '../hooks/useThread.ts';
import { VernProvider } from './VernProvider.tsx';

function Flow() {
  const flow = useMigrationFlow({ create: { name: 'Acme', external_id: 'acme-001' } });
  const run = useRunPolling('m1', 'r1');
  const thread = useThread('m1');
  return createElement(
    'p',
    null,
    `${flow.step}:${flow.allowed.join(',')}:${run.status}:${thread.connection}`,
  );
}

describe('server rendering', () => {
  it('renders with no browser globals and sends nothing', () => {
    expect(typeof window).toBe('undefined');
    const fetch = vi.fn();
    const html = renderToString(
      createElement(VernProvider, { baseUrl: 'https://host.example/api/vern', fetch }, createElement(Flow)),
    );
    expect(html).toBe('<p>files:upload,generate,reset:pending:idle</p>');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders with a client the host built on the server', () => {
    const client = createVernClient({ baseUrl: 'https://host.example/api/vern', fetch: vi.fn() });
    expect(() => renderToString(createElement(VernProvider, { client }, createElement(Flow)))).not.toThrow();
  });
});
