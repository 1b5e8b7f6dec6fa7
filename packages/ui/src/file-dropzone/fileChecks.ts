export const DEFAULT_ACCEPT: readonly string[] = ['csv', 'xlsx', 'xls', 'tsv', 'txt'];
/** 100 MB: generous for spreadsheets, small enough to stop a wrong file (a video) early. */
export const DEFAULT_MAX_SIZE = 100 * 1000 * 1000;

export type FileRejection = 'type' | 'size' | 'empty' | 'count' | 'duplicate';

export type DropzoneFileStatus = 'queued' | 'uploading' | 'done' | 'error' | 'rejected';

/** One row of the drop zone's list (also the shape of the controlled `files` prop). */
export interface DropzoneFile {
  id: string;
  /** The browser `File`; absent when the host lists files it uploaded earlier. */
  file?: File;
  name: string;
  size: number;
  status: DropzoneFileStatus;
  /** Bytes sent and to send, while uploading. */
  loaded?: number;
  total?: number;
  /** Why the file was rejected (status `rejected`). */
  rejection?: FileRejection;
  /** The upload error (status `error`). */
  error?: string;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** `['csv', '.XLSX']` → `['csv', 'xlsx']`. */
export function normalizeAccept(accept: readonly string[]): string[] {
  return accept.map((a) => a.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
}

/**
 * Check new files against the type list, size limit, file count and the names already in
 * the list. Every file comes back, accepted or with the reason it was not.
 */
export function checkFiles(
  files: readonly File[],
  options: { accept: readonly string[]; maxSize: number; maxFiles: number; existingNames: readonly string[] },
): Array<{ file: File; rejection?: FileRejection }> {
  const accept = normalizeAccept(options.accept);
  const names = new Set(options.existingNames);
  let room = Math.max(0, options.maxFiles - options.existingNames.length);
  return files.map((file) => {
    let rejection: FileRejection | undefined;
    if (accept.length && !accept.includes(extensionOf(file.name))) rejection = 'type';
    else if (file.size > options.maxSize) rejection = 'size';
    else if (file.size === 0) rejection = 'empty';
    else if (names.has(file.name)) rejection = 'duplicate';
    else if (room <= 0) rejection = 'count';
    if (!rejection) {
      names.add(file.name);
      room--;
    }
    return rejection ? { file, rejection } : { file };
  });
}
