'use client';
import { type MigrationFlow, useFiles } from '@vernkit/react';
import { useId, useState } from 'react';
import { FileDropzone, type FileDropzoneProps } from '../file-dropzone/FileDropzone.tsx';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Button } from '../primitives/Button.tsx';
import { migrationFlowLabels } from './labels.ts';

export interface FilesStepProps {
  flow: MigrationFlow;
  /** Passed to the `FileDropzone` (accepted types, size limit…). */
  dropzone?: Omit<FileDropzoneProps, 'onUpload' | 'progress' | 'files'>;
}

/** Drop the files, then start mapping once at least one is uploaded. */
export function FilesStep({ flow, dropzone }: FilesStepProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const hintId = useId();
  const [uploaded, setUploaded] = useState(0);
  // After a reload the dropzone is empty, but the migration already has files: its status says
  // so when this page created it; with only an id, the file list does (one read, only when needed).
  const knownReady = uploaded > 0 || flow.migration?.status === 'ready';
  const listed = useFiles(flow.migrationId, { enabled: !knownReady && flow.migration === null });
  const ready = knownReady || (listed.data?.length ?? 0) > 0;
  return (
    <div data-slot="migration-flow-files" className={sc('migration-flow-files')}>
      <FileDropzone
        {...dropzone}
        progress={flow.uploads}
        onUpload={async (files) => {
          const result = await flow.upload(files);
          if (result.ok) setUploaded((n) => n + files.length);
          return result;
        }}
      />
      <div data-slot="migration-flow-actions" className={sc('migration-flow-actions')}>
        <Button
          variant="primary"
          data-slot="migration-flow-generate"
          className={sc('migration-flow-generate')}
          pending={flow.pending === 'generate'}
          aria-disabled={!ready || !flow.can('generate') || undefined}
          aria-describedby={ready ? undefined : hintId}
          onClick={() => flow.generate()}
        >
          {t('generate')}
        </Button>
        {ready ? null : (
          <p id={hintId} data-slot="migration-flow-hint" className={sc('migration-flow-hint')}>
            {t('generateHint')}
          </p>
        )}
      </div>
    </div>
  );
}
