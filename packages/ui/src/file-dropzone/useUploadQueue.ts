'use client';
import { useCallback, useRef, useState } from 'react';
import { settle } from '../internal/actionResult.ts';
import type { DropzoneFile, FileRejection } from './fileChecks.ts';

export interface UploadContext {
  /** Report bytes sent for one of the files of this call. */
  onProgress: (file: File, loaded: number, total?: number) => void;
}

export type UploadHandler = (files: File[], context: UploadContext) => unknown;

let nextId = 0;
const newId = () => `vk-file-${++nextId}`;

/**
 * The drop zone's own file list when the host gives `onUpload` rather than `files`: accepted
 * files upload in batches, one batch at a time (files dropped meanwhile wait), each file
 * with its progress; a failed batch marks its files for retry.
 */
export function useUploadQueue(onUpload: UploadHandler | undefined, onError: (message: string) => void) {
  const [items, setItems] = useState<DropzoneFile[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ onUpload, onError });
  latest.current = { onUpload, onError };

  const patch = useCallback((ids: readonly string[], change: Partial<DropzoneFile>) => {
    setItems((prev) => prev.map((it) => (ids.includes(it.id) ? { ...it, ...change } : it)));
  }, []);

  const upload = useCallback(
    (batch: DropzoneFile[]) => {
      const ids = batch.map((b) => b.id);
      const { onUpload: handler } = latest.current;
      if (!handler || batch.length === 0) return;
      chain.current = chain.current.then(async () => {
        patch(ids, { status: 'uploading', loaded: 0, error: undefined });
        const byFile = new Map(batch.map((b) => [b.file as File, b.id]));
        try {
          await settle(
            handler(
              batch.map((b) => b.file as File),
              {
                onProgress: (file, loaded, total) => {
                  const id = byFile.get(file);
                  if (id) patch([id], { loaded, ...(total ? { total } : {}) });
                },
              },
            ),
          );
          setItems((prev) =>
            prev.map((it) =>
              ids.includes(it.id) ? { ...it, status: 'done', loaded: it.total ?? it.size } : it,
            ),
          );
        } catch (error) {
          const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
          patch(ids, { status: 'error', error: message });
          latest.current.onError(message);
        }
      });
    },
    [patch],
  );

  const add = useCallback(
    (checked: Array<{ file: File; rejection?: FileRejection }>) => {
      const added: DropzoneFile[] = checked.map(({ file, rejection }) => ({
        id: newId(),
        file,
        name: file.name,
        size: file.size,
        total: file.size,
        status: rejection ? 'rejected' : 'queued',
        ...(rejection ? { rejection } : {}),
      }));
      setItems((prev) => [...prev, ...added]);
      upload(added.filter((a) => a.status === 'queued'));
    },
    [upload],
  );

  const remove = useCallback((id: string) => setItems((prev) => prev.filter((it) => it.id !== id)), []);

  const retry = useCallback(
    (id: string) => {
      const item = items.find((it) => it.id === id);
      if (item?.file && item.status === 'error') upload([item]);
    },
    [items, upload],
  );

  return { items, add, remove, retry };
}
