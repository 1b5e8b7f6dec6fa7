import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { withJsdomViewport } from '../testing/jsdomViewport.ts';
import { createFlowKit, csvFile, type FlowKit, FlowKitProvider, MESSY_CONTACTS_CSV } from './flowTestKit.tsx';
import { MigrationFlow, type MigrationFlowProps } from './MigrationFlow.tsx';
import type { MigrationFlowStepContext } from './stepContext.ts';

withJsdomViewport({ clientHeight: 500, clientWidth: 900 });

beforeEach(() => {
  vi.useFakeTimers();
  // Testing Library's user-event wrapper waits a setTimeout(0) unless it sees Jest's fake
  // timers; this tells it to advance Vitest's instead of waiting on a timer that never fires.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const create = { name: 'Acme', external_id: 'acme-001', templates: ['contacts'] };
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderFlow(kit: FlowKit, props: Partial<MigrationFlowProps> = {}) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <FlowKitProvider kit={kit}>
      <MigrationFlow create={create} storage={kit.storage} live={false} {...props} />
    </FlowKitProvider>,
  );
  return { ...view, user };
}

async function uploadAndGenerate(_kit: FlowKit, user: ReturnType<typeof userEvent.setup>, text?: string) {
  await wait(0);
  addFile(csvFile(text));
  await wait(0);
  await user.click(screen.getByRole('button', { name: 'Start mapping' }));
  await wait(30_000);
}

/** user-event's upload stalls under fake timers; the dropzone's own tests cover it with real ones. */
function addFile(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

function OwnUploadStep({ view, flow }: MigrationFlowStepContext) {
  return (
    <p>
      My own upload step ({view}, {flow.allowed.join(' ')})
    </p>
  );
}

function UnusedPreview() {
  return <p>Not this one: renderStep wins</p>;
}

const heading = () => screen.getByRole('heading', { level: 2 });

describe('MigrationFlow against the mock', { timeout: 30_000 }, () => {
  it('walks upload → mapping → preview → refine → import → report, focusing each new step', async () => {
    const kit = createFlowKit();
    const { user } = renderFlow(kit);
    await wait(0);
    expect(heading()).toHaveTextContent('Upload your data');
    expect(screen.getByRole('navigation', { name: 'Migration progress' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start mapping' })).toHaveAttribute('aria-disabled', 'true');

    await uploadAndGenerate(kit, user);
    expect(heading()).toHaveTextContent('Review your data');
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('grid', { name: 'Contacts preview' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation')).getByText('Review').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );

    await user.type(screen.getByRole('textbox', { name: 'What should change?' }), 'Drop the Phone column');
    await user.click(screen.getByRole('button', { name: 'Apply change' }));
    await wait(0);
    expect(heading()).toHaveTextContent('Updating your preview');
    await wait(30_000);
    expect(heading()).toHaveTextContent('Review your data');

    await user.click(screen.getByRole('button', { name: 'Approve and import' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Import this data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Import now' }));
    await wait(30_000);
    expect(heading()).toHaveTextContent('Import complete');
    expect(heading()).toHaveFocus();
    expect(screen.getByText('Rows imported').nextElementSibling?.textContent).toMatch(/^\d/);
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
  });

  it('downloads a sheet’s CSV from the report', async () => {
    const kit = createFlowKit();
    const { user } = renderFlow(kit);
    await uploadAndGenerate(kit, user);
    await user.click(screen.getByRole('button', { name: 'Approve and import' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Import now' }),
    );
    await wait(30_000);

    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Download All rows of Contacts as CSV' }));
    await wait(10);
    expect(names).toEqual(['contacts.csv']);
    expect(await (blobs[0] as Blob).text()).toMatch(/^Email/);
    expect(kit.requests).toContain(
      `GET /migrations/${kit.mock.inspect().migrations[0]?.id}/exports/contacts.csv`,
    );
    click.mockRestore();
  });

  it('says a reused reference blocks setting up the migration, not that a step is running', async () => {
    const kit = createFlowKit();
    // The same external_id already names a migration from another source: creating it is a 409.
    await kit.client.createMigration({ name: 'Other', external_id: 'acme-001', source: 'HubSpot' });
    renderFlow(kit, { create: { ...create, source: 'Salesforce' } });
    await wait(0);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('already used by another migration');
    expect(alert).not.toHaveTextContent('Another step is still running');
  });

  it('opened with only a migration id, lets mapping start when the server already has its files', async () => {
    const kit = createFlowKit();
    const { migration } = await kit.client.createMigration({ name: 'Acme', templates: ['contacts'] });
    await kit.client.uploadFiles(migration.id, [csvFile()]);
    renderFlow(kit, { create: undefined, migrationId: migration.id });
    await wait(0);
    await wait(0);
    expect(screen.getByRole('button', { name: 'Start mapping' })).not.toHaveAttribute('aria-disabled');
  });

  it('pauses for the agent’s question and continues with the answer', async () => {
    const kit = createFlowKit({ scenario: 'question' });
    const { user } = renderFlow(kit);
    await uploadAndGenerate(kit, user, MESSY_CONTACTS_CSV);
    expect(heading()).toHaveTextContent('The agent has a question');
    expect(heading()).toHaveFocus();
    for (let round = 0; round < 5 && heading().textContent === 'The agent has a question'; round++) {
      for (const group of screen.getAllByRole('radiogroup')) {
        await user.click(within(group).getAllByRole('radio')[0] as HTMLElement);
      }
      await user.click(screen.getByRole('button', { name: /^Send answers?$/ }));
      await wait(30_000);
    }
    expect(heading()).toHaveTextContent('Review your data');
    expect(kit.requests.filter((r) => r.endsWith('/messages')).length).toBeGreaterThan(0);
  });

  it('shows a failed run with its error and starts again on request', async () => {
    const kit = createFlowKit({ scenario: 'failure' });
    const { user } = renderFlow(kit);
    await uploadAndGenerate(kit, user);
    expect(heading()).toHaveTextContent('The run did not finish');
    const status = document.querySelector('[data-slot="run-progress"]');
    expect(status).toHaveAttribute('data-status', 'failed');
    expect(status?.querySelector('[data-slot="run-progress-message"]')?.textContent).toMatch(
      /couldn't produce/,
    );
    expect(within(screen.getByRole('navigation')).getByText('Map').closest('li')).toHaveAttribute(
      'data-state',
      'error',
    );
    kit.mock.setScenario('happy');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await wait(30_000);
    expect(heading().textContent).toMatch(/Review your data|The agent has a question/);
  });

  it('cancels a run after confirmation', async () => {
    const kit = createFlowKit({ scenario: 'slow' });
    const { user } = renderFlow(kit);
    await wait(0);
    addFile(csvFile());
    await wait(0);
    await user.click(screen.getByRole('button', { name: 'Start mapping' }));
    await wait(1000);
    expect(heading()).toHaveTextContent('Mapping your data');
    await user.click(screen.getByRole('button', { name: 'Cancel run' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel run' }));
    await wait(3000);
    expect(heading()).toHaveTextContent('Import canceled');
  });

  it('lets the host hide the stepper and replace a step by component', async () => {
    const kit = createFlowKit();
    renderFlow(kit, {
      stepper: false,
      components: { Files: OwnUploadStep },
    });
    await wait(0);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('My own upload step (files, upload generate reset)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start mapping' })).toBeNull();
    // The flow's heading stays: focus management does not depend on the replaced content.
    expect(heading()).toHaveTextContent('Upload your data');
  });

  it('renders the replaced preview step with the kit’s default inside', async () => {
    const kit = createFlowKit();
    const { user } = renderFlow(kit, {
      renderStep: {
        preview: ({ flow, defaultContent }) => (
          <div>
            <p>Custom banner for {flow.preview?.sheets.length ?? 0} sheet</p>
            {defaultContent}
          </div>
        ),
      },
      components: { Preview: UnusedPreview },
    });
    await uploadAndGenerate(kit, user);
    expect(screen.getByText('Custom banner for 1 sheet')).toBeInTheDocument();
    expect(screen.queryByText('Not this one: renderStep wins')).toBeNull();
    expect(screen.getByRole('button', { name: 'Approve and import' })).toBeInTheDocument();
  });

  it('has no axe violations on the upload and preview steps', async () => {
    const kit = createFlowKit();
    const { user, container } = renderFlow(kit);
    await wait(0);
    vi.useRealTimers();
    await expectNoAxeViolations(container);
    vi.useFakeTimers();
    await uploadAndGenerate(kit, user);
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });
});
