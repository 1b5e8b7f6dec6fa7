'use client';
import { useQueryClient } from '@tanstack/react-query';
import { type MigrationFlow, vernKeys } from '@vernkit/react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { technicalDetail } from '../internal/technicalDetail.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { isBusyRead } from './BusyNotice.tsx';
import { migrationFlowLabels } from './labels.ts';

/**
 * Failures the step's own component does not show: a run that did not start, a migration that
 * could not be created, a poll or thread that keeps failing. Forms, dialogs and the preview
 * show their own errors where they happened.
 */
const SHOWN_HERE = new Set(['generate', 'migration', 'run', 'thread', 'execute']);

export interface FlowErrorProps {
  flow: MigrationFlow;
  /**
   * The end user's session is gone (the host's proxy answered 401): e.g. open the host's
   * sign-in. Without it, the error still says so and offers to continue once signed in.
   */
  onSessionExpired?: (() => void) | undefined;
}

/**
 * The flow's error in the customer's words, by `VernApiError.kind`, with the technical
 * message (no URLs, ids or keys) folded away for the host's support. A 401 is an expired
 * session: "try again" would only repeat it, so the customer signs in, then continues.
 */
export function FlowError({ flow, onSessionExpired }: FlowErrorProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const queryClient = useQueryClient();
  const { error, errorSource } = flow;
  if (!error || !errorSource || !SHOWN_HERE.has(errorSource) || isBusyRead(flow)) return null;

  const retry = () => {
    if (errorSource === 'generate') return void flow.generate();
    if (errorSource === 'execute') return void flow.execute();
    if (errorSource === 'migration') return void flow.reset();
    if (flow.migrationId)
      void queryClient.invalidateQueries({ queryKey: vernKeys.migration(flow.migrationId) });
  };
  const expired = error.kind === 'auth';
  return (
    <div
      data-slot="migration-flow-error"
      className={sc('migration-flow-error')}
      data-source={errorSource}
      data-kind={error.kind}
    >
      <Alert tone="danger" title={expired ? t('errorTitle_auth') : t('errorTitle')} assertive>
        <p data-slot="migration-flow-error-message" className={sc('migration-flow-error-message')}>
          {
            // A 409 on creating the migration is a reused external_id, not a busy run.
            errorSource === 'migration' && error.kind === 'conflict'
              ? t('error_migration_conflict')
              : t(`error_${error.kind}`)
          }
        </p>
        <details data-slot="migration-flow-error-details" className={sc('migration-flow-error-details')}>
          <summary>{t('technicalDetails')}</summary>
          <code dir="auto">{technicalDetail(error)}</code>
        </details>
      </Alert>
      {expired && onSessionExpired ? (
        <Button
          size="sm"
          variant="primary"
          data-slot="migration-flow-error-sign-in"
          className={sc('migration-flow-error-sign-in')}
          onClick={onSessionExpired}
        >
          {t('signIn')}
        </Button>
      ) : null}
      <Button
        size="sm"
        data-slot="migration-flow-error-retry"
        className={sc('migration-flow-error-retry')}
        pending={flow.pending !== null}
        onClick={retry}
      >
        {expired ? t('continueAfterSignIn') : t('tryAgain')}
      </Button>
    </div>
  );
}
