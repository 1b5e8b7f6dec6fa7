'use client';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Icon } from '../primitives/Icon.tsx';
import { VisuallyHidden } from '../primitives/VisuallyHidden.tsx';
import { migrationFlowLabels } from './labels.ts';
import { STAGES, type Stage } from './stepKey.ts';

export interface FlowStepperProps {
  /** The stage the flow is in. */
  current: Stage;
  /** The flow stopped (failed or canceled) at `current`. */
  stopped?: boolean;
  className?: string;
}

/** The journey at a glance: upload → map → review → import → done, with the current stage marked. */
export function FlowStepper({ current, stopped = false, className }: FlowStepperProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const at = STAGES.indexOf(current);
  return (
    <nav
      aria-label={t('stepper')}
      data-slot="migration-flow-stepper"
      className={sc('migration-flow-stepper', className)}
    >
      <ol data-slot="migration-flow-stepper-list" className={sc('migration-flow-stepper-list')}>
        {STAGES.map((stage, index) => {
          const state =
            index < at || (stage === 'done' && index === at)
              ? 'complete'
              : index === at
                ? stopped
                  ? 'error'
                  : 'current'
                : 'upcoming';
          return (
            <li
              key={stage}
              data-slot="migration-flow-stage"
              className={sc('migration-flow-stage')}
              data-state={state}
              aria-current={index === at ? 'step' : undefined}
            >
              <span
                data-slot="migration-flow-stage-marker"
                className={sc('migration-flow-stage-marker')}
                aria-hidden="true"
              >
                {state === 'complete' ? (
                  <Icon name="check" />
                ) : state === 'error' ? (
                  <Icon name="x" />
                ) : (
                  index + 1
                )}
              </span>
              <span data-slot="migration-flow-stage-label" className={sc('migration-flow-stage-label')}>
                {t(`stage_${stage}`)}
              </span>
              {state === 'complete' || state === 'error' ? (
                <VisuallyHidden>, {t(state === 'complete' ? 'stageComplete' : 'stageError')}</VisuallyHidden>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
