import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CompanyImportFlow } from './CompanyImportFlow.tsx';
import { createFlowKit, csvFile, type FlowKit, FlowKitProvider, MESSY_CONTACTS_CSV } from './flowTestKit.tsx';

beforeEach(() => {
  vi.useFakeTimers();
  // See MigrationFlow.test.tsx: lets user-event advance Vitest's fake timers.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const heading = () => screen.getByRole('heading', { level: 2 });

async function companyOn(kit: FlowKit): Promise<string> {
  vi.useRealTimers();
  const { sources } = await kit.client.listSources();
  const source = sources.find((s) => s.id)?.id;
  if (!source) throw new Error('the mock lists no source with an id');
  const { company } = await kit.client.provisionCompany({ name: 'Acme', source });
  vi.useFakeTimers();
  return company.id;
}

async function importFlaggedRows() {
  const kit = createFlowKit({ scenario: 'flagged-rows' });
  const companyId = await companyOn(kit);
  const user = userEvent.setup({ delay: null });
  render(
    <FlowKitProvider kit={kit}>
      <CompanyImportFlow companyId={companyId} storage={kit.storage} />
    </FlowKitProvider>,
  );
  await wait(0);
  expect(heading()).toHaveTextContent('Upload your data');
  expect(screen.getByRole('button', { name: 'Start import' })).toHaveAttribute('aria-disabled', 'true');
  const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [csvFile(MESSY_CONTACTS_CSV)] } });
  await wait(0);
  await user.click(screen.getByRole('button', { name: 'Start import' }));
  await wait(30_000);
  return { kit, user };
}

describe('CompanyImportFlow against the mock', { timeout: 30_000 }, () => {
  it('imports, parks on flagged rows, applies the fix and reports', async () => {
    const { kit, user } = await importFlaggedRows();
    expect(heading()).toHaveTextContent('Some rows need your decision');
    expect(heading()).toHaveFocus();
    // Each approval may fix one group of flagged rows and park again on the next.
    for (let round = 0; round < 4 && heading().textContent === 'Some rows need your decision'; round++) {
      await user.click(screen.getByRole('button', { name: 'Apply suggested fix' }));
      const confirm = screen.queryByRole('alertdialog');
      if (confirm) await user.click(within(confirm).getAllByRole('button').at(-1) as HTMLElement);
      await wait(30_000);
    }
    expect(heading()).toHaveTextContent('Import complete');
    expect(screen.getByText('Rows imported')).toBeInTheDocument();
    // The imports preview exports valid or all rows only.
    expect(screen.queryByRole('button', { name: /Flagged rows/ })).toBeNull();
    expect(kit.requests.some((r) => r.includes('/decisions') || r.includes('/decision'))).toBe(true);
  });

  it('rejects after confirmation and offers to start over', async () => {
    const { user } = await importFlaggedRows();
    await user.click(screen.getByRole('button', { name: 'Reject import' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reject import' }));
    await wait(30_000);
    expect(heading().textContent).toMatch(/The import did not finish|Import canceled/);
    expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
  });
});
