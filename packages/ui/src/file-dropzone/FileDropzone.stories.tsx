import { expect, fn } from 'storybook/test';
import preview from '#.storybook/preview';
import { hostile } from '../fixtures/hostile.ts';
import { withKit } from '../stories/KitFrame.tsx';
import { FileDropzone } from './FileDropzone.tsx';
import type { UploadContext } from './useUploadQueue.ts';

/** A fake upload: progress in steps, then done (or failed for names containing "fail"). */
async function fakeUpload(files: File[], { onProgress }: UploadContext) {
  for (const step of [0.25, 0.5, 0.75, 1]) {
    await new Promise((r) => setTimeout(r, 150));
    for (const f of files) onProgress(f, f.size * step, f.size);
  }
  if (files.some((f) => f.name.includes('fail'))) throw new Error('Storage did not accept the file.');
}

const csv = (name: string, size = 12_400) => new File([new Uint8Array(size)], name, { type: 'text/csv' });

const meta = preview.meta({
  component: FileDropzone,
  title: 'Components/FileDropzone',
  decorators: [withKit()],
  args: { onUpload: fn(fakeUpload) },
});

export const Empty = meta.story({});

export const Uploading = meta.story({
  args: {
    files: [
      { id: '1', name: 'contacts.csv', size: 1_200_000, status: 'done' },
      {
        id: '2',
        name: 'companies.xlsx',
        size: 4_800_000,
        status: 'uploading',
        loaded: 2_000_000,
        total: 4_800_000,
      },
      { id: '3', name: 'deals.csv', size: 800_000, status: 'queued' },
    ],
    onFilesAdded: fn(),
  },
});

export const Problems = meta.story({
  args: {
    files: [
      { id: '1', name: 'photo.png', size: 300_000, status: 'rejected', rejection: 'type' },
      { id: '2', name: 'dump.csv', size: 900_000_000, status: 'rejected', rejection: 'size' },
      {
        id: '3',
        name: 'contacts.csv',
        size: 1_200_000,
        status: 'error',
        error: 'Storage did not accept the file.',
        file: csv('contacts.csv'),
      },
    ],
    onFilesAdded: fn(),
  },
});

export const PickFiles = meta.story({
  play: async ({ canvas, userEvent }) => {
    await userEvent.upload(canvas.getByLabelText('Upload your files'), [csv('contacts.csv')]);
    await expect(await canvas.findByText('Uploaded', {}, { timeout: 4000 })).toBeInTheDocument();
    await userEvent.upload(canvas.getByLabelText('Upload your files'), [csv('will-fail.csv')]);
    await expect(
      await canvas.findByRole('button', { name: 'Retry will-fail.csv' }, { timeout: 4000 }),
    ).toBeInTheDocument();
  },
});

export const HostileNames = meta.story({
  args: {
    files: [
      { id: '1', name: `${hostile.html}.csv`, size: 100, status: 'done' },
      { id: '2', name: `${hostile.rtl}.csv`, size: 100, status: 'done' },
      { id: '3', name: `${hostile.long}.csv`, size: 100, status: 'rejected', rejection: 'duplicate' },
    ],
    onFilesAdded: fn(),
  },
});

export const Disabled = meta.story({ args: { disabled: true } });

export const German = meta.story({ args: Problems.input.args, decorators: [withKit({ locale: 'de' })] });

export const Dark = meta.story({ args: Uploading.input.args, decorators: [withKit({ theme: 'dark' })] });
