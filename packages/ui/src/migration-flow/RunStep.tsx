'use client';
import type { Run } from '@vernkit/core';
import type { MigrationFlow } from '@vernkit/react';
import { AgentActivity } from '../agent-activity/AgentActivity.tsx';
import { settle } from '../internal/actionResult.ts';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Button } from '../primitives/Button.tsx';
import { RunProgress } from '../run-progress/RunProgress.tsx';
import { migrationFlowLabels } from './labels.ts';

/** Shown while `POST /runs` is on the wire and no run has been polled yet. */
const STARTING: Run = { run_id: '', status: 'queued' };

export interface RunStepProps {
  flow: MigrationFlow;
  toolLabels?: Readonly<Record<string, string>>;
}

/**
 * A run at work (generating, refining, executing) or stopped (failed, canceled): its progress,
 * the agent's activity, and what can be done next.
 */
export function RunStep({ flow, toolLabels }: RunStepProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const run = flow.run ?? STARTING;
  const working = flow.step === 'generating' || flow.step === 'refining' || flow.step === 'executing';
  const ended = flow.step === 'failed' || flow.step === 'canceled';
  return (
    <div data-slot="migration-flow-run" className={sc('migration-flow-run')}>
      <RunProgress run={run} onCancel={flow.can('cancel') ? () => settle(flow.cancel()) : undefined}>
        <AgentActivity events={flow.events} active={working} toolLabels={toolLabels} />
      </RunProgress>
      {ended ? (
        <div data-slot="migration-flow-actions" className={sc('migration-flow-actions')}>
          <Button
            variant="primary"
            data-slot="migration-flow-retry"
            className={sc('migration-flow-retry')}
            pending={flow.pending === 'generate'}
            aria-disabled={!flow.can('generate') || undefined}
            onClick={() => flow.generate()}
          >
            {t('tryAgain')}
          </Button>
          <Button
            variant="ghost"
            data-slot="migration-flow-reset"
            className={sc('migration-flow-reset')}
            aria-disabled={!flow.can('reset') || undefined}
            onClick={() => flow.reset()}
          >
            {t('startOver')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
