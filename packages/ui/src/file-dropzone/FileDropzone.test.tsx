import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hostile } from '../fixtures/hostile.ts';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { FileDropzone } from './FileDropzone.tsx';
import type { UploadContext } from './useUploadQueue.ts';

const file = (name: string, size = 100) => new File([new Uint8Array(size)], name, { type: 'text/csv' });

function deferred() {
  let resolve: (v?: unknown) => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const rows = () => within(screen.getByRole('list', { name: 'Files' })).getAllByRole('listitem');

describe('FileDropzone', () => {
  it('is a labelled file input that uploads what it is given', async () => {
    const onUpload = vi.fn();
    const user = userEvent.setup();
    render(<FileDropzone onUpload={onUpload} />);
    const input = screen.getByLabelText('Upload your files');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription(/CSV, XLSX, XLS, TSV, or TXT · up to 100 MB each/);
    const contacts = file('contacts.csv');
    await user.upload(input, [contacts]);
    expect(onUpload).toHaveBeenCalledWith(
      [contacts],
      expect.objectContaining({ onProgress: expect.any(Function) }),
    );
    expect(await screen.findByText('Uploaded')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('explains each rejected file and uploads only the accepted ones', async () => {
    const onUpload = vi.fn();
    const user = userEvent.setup({ applyAccept: false });
    render(<FileDropzone onUpload={onUpload} maxSize={1000} />);
    await user.upload(screen.getByLabelText('Upload your files'), [
      file('ok.csv'),
      file('photo.png'),
      file('huge.xlsx', 5000),
      file('empty.tsv', 0),
    ]);
    expect(onUpload).toHaveBeenCalledTimes(1);
    expect(onUpload.mock.calls[0]?.[0].map((f: File) => f.name)).toEqual(['ok.csv']);
    const [, png, huge, empty] = rows();
    expect(png).toHaveTextContent('Not a supported file type. Use CSV, XLSX, XLS, TSV, or TXT.');
    expect(huge).toHaveTextContent('Larger than the 1 kB limit.');
    expect(empty).toHaveTextContent('This file is empty.');
    expect(screen.getByRole('status')).toHaveTextContent('1 file added. 3 files could not be added.');
  });

  it('shows per-file progress while uploading', async () => {
    const d = deferred();
    let ctx: UploadContext | undefined;
    const onUpload = vi.fn((_files: File[], c: UploadContext) => {
      ctx = c;
      return d.promise;
    });
    const user = userEvent.setup();
    render(<FileDropzone onUpload={onUpload} />);
    const a = file('a.csv', 200);
    await user.upload(screen.getByLabelText('Upload your files'), [a, file('b.csv', 200)]);
    await vi.waitFor(() => expect(ctx).toBeDefined());
    ctx?.onProgress(a, 100, 200);
    const bar = await screen.findByRole('progressbar', { name: 'Upload progress for a.csv' });
    await vi.waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '50'));
    expect(rows()[0]).toHaveTextContent('Uploading… 50%');
    expect(within(rows()[0] as HTMLElement).queryByRole('button', { name: 'Remove a.csv' })).toBeNull();
    d.resolve();
    expect(await screen.findAllByText('Uploaded')).toHaveLength(2);
  });

  it('marks a failed upload, retries that file alone and removes files', async () => {
    const onUpload = vi
      .fn()
      .mockRejectedValueOnce(new Error('Storage said no'))
      .mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    render(<FileDropzone onUpload={onUpload} />);
    const a = file('a.csv');
    await user.upload(screen.getByLabelText('Upload your files'), [a]);
    expect(
      await within(screen.getByRole('list', { name: 'Files' })).findByText('Upload failed: Storage said no'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Upload failed: Storage said no');
    await user.click(screen.getByRole('button', { name: 'Retry a.csv' }));
    expect(onUpload).toHaveBeenLastCalledWith([a], expect.anything());
    expect(await screen.findByText('Uploaded')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove a.csv' }));
    expect(screen.queryByRole('list', { name: 'Files' })).toBeNull();
  });

  it('takes dropped files and shows the drag state', async () => {
    const onUpload = vi.fn();
    const { container } = render(<FileDropzone onUpload={onUpload} />);
    const area = container.querySelector('[data-slot="file-dropzone-area"]') as HTMLElement;
    fireEvent.dragEnter(area, { dataTransfer: { files: [], dropEffect: 'none' } });
    expect(area).toHaveAttribute('data-state', 'dragging');
    expect(area).toHaveTextContent('Drop to add the files');
    fireEvent.drop(area, { dataTransfer: { files: [file('dropped.csv')] } });
    expect(area).toHaveAttribute('data-state', 'idle');
    await vi.waitFor(() => expect(onUpload.mock.calls[0]?.[0][0].name).toBe('dropped.csv'));
  });

  it('shows hostile file names as text', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { container } = render(<FileDropzone onUpload={vi.fn()} />);
    await user.upload(screen.getByLabelText('Upload your files'), [
      file(`${hostile.html}.csv`),
      file(`${hostile.rtl}.csv`),
    ]);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(`${hostile.html}.csv`)).toBeInTheDocument();
    expect(screen.getByText('invoice[U+202E]fdp.exe.csv')).toBeInTheDocument();
  });

  it('in controlled mode reports checked files and renders the host list', async () => {
    const onFilesAdded = vi.fn();
    const onRemove = vi.fn();
    const user = userEvent.setup({ applyAccept: false });
    render(
      <FileDropzone
        files={[{ id: '1', name: 'crm.xlsx', size: 2048, status: 'uploading', loaded: 1024, total: 2048 }]}
        onFilesAdded={onFilesAdded}
        onRemove={onRemove}
      />,
    );
    expect(screen.getByRole('progressbar', { name: 'Upload progress for crm.xlsx' })).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
    await user.upload(screen.getByLabelText('Upload your files'), [file('crm.xlsx'), file('x.doc')]);
    expect(onFilesAdded.mock.calls[0]?.[0].map((c: { rejection?: string }) => c.rejection)).toEqual([
      'duplicate',
      'type',
    ]);
  });

  it('merges progress from the flow by file name', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<FileDropzone onUpload={() => new Promise(() => {})} />);
    await user.upload(screen.getByLabelText('Upload your files'), [file('a.csv', 400)]);
    rerender(
      <FileDropzone
        onUpload={() => new Promise(() => {})}
        progress={[{ name: 'a.csv', loaded: 100, total: 400 }]}
      />,
    );
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
  });
});
