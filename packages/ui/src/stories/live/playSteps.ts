import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { en } from '../../labels/dictionary.ts';
import { type SampleFileName, sampleUpload } from './sampleFiles.ts';

/**
 * Steps a customer takes in a live flow, for `play` functions. Waits are generous because the
 * mock runs at a human pace when a person watches (tests run it at speed 0); the assertions
 * are on what is shown, never on time.
 */
const STEP = { timeout: 15_000 };
const L = en;

type Canvas = ReturnType<typeof within>;

export async function expectStep(canvas: Canvas, heading: string): Promise<HTMLElement> {
  const found = await canvas.findByRole('heading', { name: heading }, STEP);
  await expect(found).toBeVisible();
  return found;
}

export async function uploadAndGenerate(canvas: Canvas, files: SampleFileName[]): Promise<void> {
  await expectStep(canvas, L.migrationFlow.heading_files);
  await userEvent.upload(canvas.getByLabelText(L.fileDropzone.label), files.map(sampleUpload));
  await waitFor(() => expect(canvas.getAllByText(L.fileDropzone.done)).toHaveLength(files.length), STEP);
  const generate = canvas.getByRole('button', { name: L.migrationFlow.generate });
  await waitFor(() => expect(generate).not.toHaveAttribute('aria-disabled'), STEP);
  await userEvent.click(generate);
}

/** Answer every question on screen with its first option, and send. */
export async function answerWithFirstOptions(canvas: Canvas): Promise<void> {
  await expectStep(canvas, L.migrationFlow.heading_question);
  const groups = await canvas.findAllByRole('radiogroup');
  for (const group of groups) {
    await userEvent.click(within(group).getAllByRole('radio')[0] as HTMLElement);
  }
  await userEvent.click(
    canvas.getByRole('button', {
      name: groups.length > 1 ? L.questionForm.submit_other : L.questionForm.submit_one,
    }),
  );
}

/** Confirm the import in the dialog, which names what happens to flagged rows. */
export async function approveAndImport(canvas: Canvas): Promise<void> {
  await userEvent.click(canvas.getByRole('button', { name: L.migrationFlow.execute }));
  const dialog = await screen.findByRole('alertdialog', { name: L.migrationFlow.executeTitle });
  await userEvent.click(within(dialog).getByRole('button', { name: L.migrationFlow.executeConfirm }));
}

/**
 * Click a download button and read the file it saves. The click on the temporary
 * `<a download>` is caught (no file lands on the reader's disk) and its blob read back.
 */
export async function downloadCsv(trigger: HTMLElement): Promise<{ filename: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  let saved: Promise<{ filename: string; text: string }> | null = null;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    // Read now: the page revokes the blob URL right after the click.
    const filename = this.download;
    saved = fetch(this.href).then(async (response) => ({ filename, text: await response.text() }));
  };
  try {
    await userEvent.click(trigger);
    await waitFor(() => expect(saved).not.toBeNull(), STEP);
    return await (saved as unknown as Promise<{ filename: string; text: string }>);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
}
