import { act, render, screen, waitFor, within } from '@testing-library/react';
import { type ThreadEvent, ThreadEventSchema } from '@vernkit/core';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { withJsdomViewport } from '../testing/jsdomViewport.ts';
import { AgentActivity } from './AgentActivity.tsx';

withJsdomViewport({ clientHeight: 600, clientWidth: 600 });

let seq = 0;
const ev = (type: string, data: Record<string, unknown> = {}): ThreadEvent =>
  ThreadEventSchema.parse({ sequence: ++seq, type, data, created_at: '2026-06-19T15:32:13.000Z' });
const withKit = (ui: React.ReactElement, locale?: string) => <KitProvider locale={locale}>{ui}</KitProvider>;

describe('AgentActivity', () => {
  it('renders statuses, steps in plain language and messages as markdown', async () => {
    render(
      withKit(
        <AgentActivity
          events={[
            ev('status', { message: 'Looking at your upload' }),
            ev('tool_call', { call_id: 'a', name: 'read_file', args: { name: 'contacts.csv' } }),
            ev('tool_result', { call_id: 'a', ok: true }),
            ev('tool_call', { call_id: 'b', name: 'dedupe_people' }),
            ev('message', { text: 'Mapped **4 of 5** columns; one needs your input.' }),
          ]}
        />,
      ),
    );
    expect(screen.getByText('Looking at your upload')).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem').filter((li) => li.dataset.kind === 'step');
    expect(steps.map((s) => s.textContent)).toEqual([
      'Reading your filescontacts.csv, Done',
      'Dedupe people, Stopped',
    ]);
    expect(await screen.findByText('4 of 5', { selector: 'strong' })).toBeInTheDocument();
  });

  it('shows the plain text while the markdown renderer loads', async () => {
    // A fresh module graph: react-markdown is not loaded yet, as on a host page's first message.
    vi.resetModules();
    const { AgentActivity: Fresh } = await import('./AgentActivity.tsx');
    const { KitProvider: FreshKit } = await import('../provider/KitProvider.tsx');
    render(
      <FreshKit>
        <Fresh events={[ev('message', { text: 'Plain **first**' })]} />
      </FreshKit>,
    );
    expect(screen.getByText('Plain **first**')).toBeInTheDocument();
    expect(await screen.findByText('first', { selector: 'strong' })).toBeInTheDocument();
  });

  it('lets the host name its tools, and humanizes unknown ones', () => {
    render(
      withKit(
        <AgentActivity
          toolLabels={{ read_file: 'Opening your spreadsheet' }}
          events={[ev('tool_call', { name: 'read_file' }), ev('tool_call', { name: 'mapColumnsV2' })]}
          active
        />,
      ),
    );
    expect(screen.getByText('Opening your spreadsheet')).toBeInTheDocument();
    expect(screen.getByText('Map columns v2')).toBeInTheDocument();
  });

  it('hides tool steps when asked', () => {
    render(
      withKit(
        <AgentActivity
          showSteps={false}
          events={[ev('tool_call', { name: 'read_file' }), ev('status', { message: 'Done reading' })]}
        />,
      ),
    );
    expect(screen.queryByText('Reading your files')).toBeNull();
    expect(screen.getByText('Done reading')).toBeInTheDocument();
  });

  it('renders hostile agent text as inert text with only safe links', async () => {
    const { container } = render(
      withKit(
        <AgentActivity
          events={[
            ev('message', {
              text: '<img src=x onerror=alert(1)> [bad](javascript:alert(1)) [good](https://vern.so/help) ![pixel](https://evil.example/p.gif) invoice\u202Efdp.exe\n\n# Big heading',
            }),
          ]}
        />,
      ),
    );
    const good = await screen.findByRole('link', { name: 'good' });
    expect(good).toHaveAttribute('href', 'https://vern.so/help');
    expect(good).toHaveAttribute('rel', 'noopener noreferrer');
    expect(good).toHaveAttribute('target', '_blank');
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    expect(screen.getByText('bad')).toBeInTheDocument();
    expect(container.querySelector('img, script, h1')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(screen.getByText('pixel')).toBeInTheDocument();
    expect(screen.getByText(/invoice\[U\+202E\]fdp\.exe/)).toBeInTheDocument();
    expect(screen.getByText('Big heading').closest('p')).toBeInTheDocument();
  });

  it('shows error events as alerts', () => {
    render(withKit(<AgentActivity events={[ev('error', { message: 'Source connection dropped' })]} />));
    const alert = screen
      .getByText('Source connection dropped')
      .closest('[data-slot="agent-activity-error"]') as HTMLElement;
    expect(within(alert).getByText('Something went wrong')).toBeInTheDocument();
  });

  it('announces only the newest item, not the feed it opened with', async () => {
    const first = [
      ev('status', { message: 'Reading your files' }),
      ev('status', { message: 'Matching columns' }),
    ];
    const { rerender } = render(withKit(<AgentActivity events={first} active />));
    const live = screen
      .getAllByRole('status')
      .find((el) => el.getAttribute('aria-live') === 'polite') as HTMLElement;
    expect(live).toHaveTextContent('');
    const next = [...first, ev('tool_call', { call_id: 'v', name: 'validate_rows' })];
    rerender(withKit(<AgentActivity events={next} active />));
    await waitFor(() => expect(live).toHaveTextContent('Checking your data'));
    rerender(withKit(<AgentActivity events={[...next, ev('tool_result', { call_id: 'v' })]} active />));
    await waitFor(() => expect(live).toHaveTextContent('Checking your data: Done'));
    expect(live.textContent).not.toContain('Reading your files');
  });

  it('renders a burst of events once, on the next animation frame', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      const first = [ev('status', { message: 'Reading your files' })];
      const { rerender } = render(withKit(<AgentActivity events={first} active />));
      const burst = [
        ev('status', { message: 'Matching columns' }),
        ev('status', { message: 'Checking formats' }),
        ev('status', { message: 'Writing the preview' }),
      ];
      for (let i = 1; i <= burst.length; i++) {
        rerender(withKit(<AgentActivity events={[...first, ...burst.slice(0, i)]} active />));
      }
      const list = screen.getByRole('list');
      expect(within(list).getAllByRole('listitem')).toHaveLength(1);
      act(() => vi.advanceTimersToNextFrame());
      for (const text of ['Matching columns', 'Checking formats', 'Writing the preview']) {
        expect(within(list).getByText(text)).toBeInTheDocument();
      }
      expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows an empty state, and a working line while active', () => {
    const { rerender } = render(withKit(<AgentActivity events={[]} />));
    expect(screen.getByText('The agent’s steps will appear here.')).toBeInTheDocument();
    rerender(withKit(<AgentActivity events={[ev('status', { message: 'Go' })]} active />));
    expect(screen.getByText('Working…')).toBeInTheDocument();
  });

  it('speaks German, including the tool names', () => {
    render(withKit(<AgentActivity events={[ev('tool_call', { name: 'map_columns' })]} active />, 'de'));
    expect(screen.getByText('Ordnet Ihre Spalten zu')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Aktivität des Agenten' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      withKit(
        <AgentActivity
          active
          events={[
            ev('status', { message: 'Reading your files' }),
            ev('tool_call', { name: 'read_file' }),
            ev('message', { text: 'Hello [docs](https://vern.so)' }),
            ev('error', { message: 'Oops' }),
            ev('preview', {}),
          ]}
        />,
      ),
    );
    await screen.findByRole('link', { name: 'docs' });
    await expectNoAxeViolations(container);
  });
});
