export { FileDropzone, type FileDropzoneProps } from './FileDropzone.tsx';
export {
  checkFiles,
  DEFAULT_ACCEPT,
  DEFAULT_MAX_SIZE,
  type DropzoneFile,
  type DropzoneFileStatus,
  type FileRejection,
} from './fileChecks.ts';
export type { UploadContext, UploadHandler } from './useUploadQueue.ts';
