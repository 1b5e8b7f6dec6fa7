'use client';
import { useQueryClient } from '@tanstack/react-query';
import { type MigrationFlow, vernKeys } from '@vernkit/react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { errorMessage } from '../primitives/errorMessage.ts';

/**
 * Failures the step's own component does not show: a run that did not start, a migration that
 * could not be created, a poll or thread that keeps failing. Forms, dialogs and the preview
 * show their own errors where they happened.
 */
const SHOWN_HERE = new Set(['generate', 'migration', 'run', 'thread', 'execute']);

export function FlowError({ flow }: { flow: MigrationFlow }) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow');
  const common = useLabels('common');
  const queryClient = useQueryClient();
  const { error, errorSource } = flow;
  if (!error || !errorSource || !SHOWN_HERE.has(errorSource)) return null;

  const retry = () => {
    if (errorSource === 'generate') return void flow.generate();
    if (errorSource === 'execute') return void flow.execute();
    if (errorSource === 'migration') return void flow.reset();
    if (flow.migrationId)
      void queryClient.invalidateQueries({ queryKey: vernKeys.migration(flow.migrationId) });
  };
  return (
    <div data-slot="migration-flow-error" className={sc('migration-flow-error')} data-source={errorSource}>
      <Alert tone="danger" title={t('errorTitle')} assertive>
        {errorMessage(error, common('unknownError'))}
      </Alert>
      <Button
        size="sm"
        data-slot="migration-flow-error-retry"
        className={sc('migration-flow-error-retry')}
        pending={flow.pending !== null}
        onClick={retry}
      >
        {t('tryAgain')}
      </Button>
    </div>
  );
}
