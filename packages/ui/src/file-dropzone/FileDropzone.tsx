'use client';
import { Progress } from 'radix-ui';
import { type DragEvent, useId, useMemo, useRef, useState } from 'react';
import { cx } from '../internal/cx.ts';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { Untrusted } from '../internal/Untrusted.tsx';
import { useFormat } from '../labels/useFormat.ts';
import { type Translate, useLabels } from '../labels/useLabels.ts';
import { Button } from '../primitives/Button.tsx';
import { Icon } from '../primitives/Icon.tsx';
import { LiveRegion } from '../primitives/LiveRegion.tsx';
import {
  checkFiles,
  DEFAULT_ACCEPT,
  DEFAULT_MAX_SIZE,
  type DropzoneFile,
  normalizeAccept,
} from './fileChecks.ts';
import { fileDropzoneLabels } from './labels.ts';
import { type UploadHandler, useUploadQueue } from './useUploadQueue.ts';

export interface FileDropzoneProps {
  /** File extensions to accept (default csv, xlsx, xls, tsv, txt). */
  accept?: readonly string[];
  /** Largest file in bytes (default 100 MB). */
  maxSize?: number;
  /** Most files in the list at once (default 20). */
  maxFiles?: number;
  multiple?: boolean;
  disabled?: boolean;
  /**
   * Upload accepted files (uncontrolled mode): call `onProgress(file, loaded, total)` as bytes
   * go out; reject (or resolve `{ ok: false, error }`) to mark the batch failed and retryable.
   */
  onUpload?: UploadHandler;
  /** Per-file progress from elsewhere (e.g. `useMigrationFlow().uploads`), matched by name. */
  progress?: ReadonlyArray<{ name: string; loaded: number; total: number }>;
  /** Controlled mode: the host owns the list and its statuses. */
  files?: readonly DropzoneFile[];
  /** Controlled mode: new files, each already checked (`rejection` set when refused). */
  onFilesAdded?: (files: Array<{ file: File; rejection?: DropzoneFile['rejection'] }>) => void;
  onRemove?: (file: DropzoneFile) => void;
  onRetry?: (file: DropzoneFile) => void;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'file-dropzone-file': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * Drop or browse for files. The drop area is the label of a real (visually hidden) file
 * input, so it works by keyboard and screen reader. Each file is checked for type, size and
 * duplicates with its own message, uploads with its own progress, and can be retried or
 * removed. File names are shown as text, however hostile.
 */
export const FileDropzone = withSlotClasses(function FileDropzone({
  accept = DEFAULT_ACCEPT,
  maxSize = DEFAULT_MAX_SIZE,
  maxFiles = 20,
  multiple = true,
  disabled = false,
  onUpload,
  progress,
  files,
  onFilesAdded,
  onRemove,
  onRetry,
  className,
}: FileDropzoneProps) {
  const sc = useSlotClass();
  const t = useLabels('fileDropzone', fileDropzoneLabels);
  const format = useFormat();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const queue = useUploadQueue(onUpload, (error) => setAnnouncement(t('announceFailed', { error })));
  const controlled = files !== undefined;
  const items = useMemo(
    () => withProgress(controlled ? files : queue.items, progress),
    [controlled, files, queue.items, progress],
  );
  const types = normalizeAccept(accept);
  const typeList = format.list(
    types.map((x) => x.toUpperCase()),
    'disjunction',
  );

  const addFiles = (list: FileList | File[] | null) => {
    if (!list || disabled) return;
    const incoming = Array.from(list);
    if (incoming.length === 0) return;
    const existingNames = items.filter((it) => it.status !== 'rejected').map((it) => it.name);
    const checked = checkFiles(multiple ? incoming : incoming.slice(0, 1), {
      accept: types,
      maxSize,
      maxFiles: multiple ? maxFiles : 1,
      existingNames,
    });
    const rejected = checked.filter((c) => c.rejection).length;
    const accepted = checked.length - rejected;
    setAnnouncement(
      [
        accepted ? t('announceAdded', { count: accepted }) : '',
        rejected ? t('announceRejected', { count: rejected }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    if (controlled) onFilesAdded?.(checked);
    else queue.add(checked);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    addFiles(event.dataTransfer.files);
  };

  const remove = (item: DropzoneFile) => {
    if (!controlled) queue.remove(item.id);
    onRemove?.(item);
  };
  const retry = (item: DropzoneFile) => {
    if (!controlled) queue.retry(item.id);
    onRetry?.(item);
  };

  const state = disabled ? 'disabled' : dragging ? 'dragging' : 'idle';
  return (
    <div data-slot="file-dropzone" data-state={state} className={cx('vk-dropzone', className)}>
      <label
        htmlFor={inputId}
        data-slot="file-dropzone-area"
        data-state={state}
        className={sc('file-dropzone-area', 'vk-dropzone__area')}
        onDragEnter={(e) => {
          e.preventDefault();
          if (disabled) return;
          dragDepth.current++;
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        }}
        onDragLeave={() => {
          dragDepth.current = Math.max(0, dragDepth.current - 1);
          if (dragDepth.current === 0) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <input
          id={inputId}
          type="file"
          className={sc('file-dropzone-input', 'vk-dropzone__input')}
          data-slot="file-dropzone-input"
          multiple={multiple}
          disabled={disabled}
          accept={types.map((x) => `.${x}`).join(',')}
          aria-label={t('label')}
          aria-describedby={hintId}
          onChange={(e) => {
            addFiles(e.target.files);
            // Let the same file be picked again after a remove or a fix.
            e.target.value = '';
          }}
        />
        <span className="vk-dropzone__icon" aria-hidden="true">
          <Icon name="upload" />
        </span>
        <span className="vk-dropzone__prompt">{dragging ? t('dropNow') : t('prompt')}</span>
        <span id={hintId} className="vk-dropzone__hint">
          {t('hint', { types: typeList, size: format.bytes(maxSize) })}
        </span>
      </label>

      {items.length ? (
        <ul
          className={sc('file-dropzone-files', 'vk-dropzone__files vk-rows')}
          aria-label={t('filesLabel')}
          data-slot="file-dropzone-files"
        >
          {items.map((item) => (
            <FileRow
              key={item.id}
              item={item}
              t={t}
              limits={{ types: typeList, size: format.bytes(maxSize), count: maxFiles }}
              onRemove={remove}
              onRetry={retry}
            />
          ))}
        </ul>
      ) : null}
      <LiveRegion message={announcement} />
    </div>
  );
});

function FileRow({
  item,
  t,
  limits,
  onRemove,
  onRetry,
}: {
  item: DropzoneFile;
  t: Translate<'fileDropzone'>;
  limits: Limits;
  onRemove: (item: DropzoneFile) => void;
  onRetry: (item: DropzoneFile) => void;
}) {
  const sc = useSlotClass();
  const format = useFormat();
  const statusId = useId();
  const total = item.total || item.size || 0;
  const fraction = total > 0 ? Math.min(1, (item.loaded ?? 0) / total) : 0;
  const name = item.name;
  return (
    <li
      className={sc('file-dropzone-file', 'vk-file vk-rows__item')}
      data-slot="file-dropzone-file"
      data-status={item.status}
      aria-describedby={statusId}
    >
      <Icon
        name={
          item.status === 'rejected' || item.status === 'error'
            ? 'alert'
            : item.status === 'done'
              ? 'check'
              : 'file'
        }
        className="vk-file__icon"
      />
      <div className="vk-file__main">
        <div className="vk-file__line">
          <span className={sc('file-dropzone-name', 'vk-file__name')} data-slot="file-dropzone-name">
            <Untrusted text={name} max={160} />
          </span>
          <span className="vk-file__size">{format.bytes(item.size)}</span>
        </div>
        <div
          id={statusId}
          className={sc('file-dropzone-status', 'vk-file__status')}
          data-slot="file-dropzone-status"
        >
          {statusText(item, t, limits, format.percent(fraction))}
        </div>
        {item.status === 'uploading' ? (
          <Progress.Root
            className={sc('file-dropzone-progress', 'vk-progress')}
            value={Math.round(fraction * 100)}
            aria-label={t('progressLabel', { name })}
            data-slot="file-dropzone-progress"
          >
            <Progress.Indicator
              className="vk-progress__bar"
              style={{ transform: `translateX(-${100 - fraction * 100}%)` }}
            />
          </Progress.Root>
        ) : null}
      </div>
      <div className="vk-file__actions">
        {item.status === 'error' && item.file ? (
          <Button
            size="sm"
            variant="secondary"
            aria-label={t('retry', { name })}
            onClick={() => onRetry(item)}
            data-slot="file-dropzone-retry"
            className={sc('file-dropzone-retry')}
          >
            <Icon name="refresh" />
          </Button>
        ) : null}
        {item.status !== 'uploading' && item.status !== 'queued' ? (
          <Button
            size="sm"
            variant="ghost"
            aria-label={t('remove', { name })}
            onClick={() => onRemove(item)}
            data-slot="file-dropzone-remove"
            className={sc('file-dropzone-remove')}
          >
            <Icon name="x" />
          </Button>
        ) : null}
      </div>
    </li>
  );
}

interface Limits {
  types: string;
  size: string;
  count: number;
}

function statusText(item: DropzoneFile, t: Translate<'fileDropzone'>, limits: Limits, percent: string) {
  switch (item.status) {
    case 'queued':
      return t('queued');
    case 'uploading':
      return t('uploading', { percent });
    case 'done':
      return t('done');
    case 'error':
      return item.error ? `${t('failed')}: ${item.error}` : t('failed');
    case 'rejected':
      switch (item.rejection) {
        case 'type':
          return t('rejectedType', { types: limits.types });
        case 'size':
          return t('rejectedSize', { size: limits.size });
        case 'empty':
          return t('rejectedEmpty');
        case 'duplicate':
          return t('rejectedDuplicate');
        default:
          return t('rejectedCount', { count: limits.count });
      }
  }
}

function withProgress(
  items: readonly DropzoneFile[],
  progress: FileDropzoneProps['progress'],
): readonly DropzoneFile[] {
  if (!progress?.length) return items;
  return items.map((it) => {
    if (it.status !== 'uploading') return it;
    const p = progress.find((x) => x.name === it.name);
    return p ? { ...it, loaded: p.loaded, total: p.total || it.total } : it;
  });
}
