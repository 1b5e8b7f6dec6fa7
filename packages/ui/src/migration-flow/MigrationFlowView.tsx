'use client';
import type { MigrationFlow } from '@vernkit/react';
import { createElement, type ReactNode, useId, useRef } from 'react';
import type { FileDropzoneProps } from '../file-dropzone/FileDropzone.tsx';
import { settle } from '../internal/actionResult.ts';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { isolate } from '../internal/Untrusted.tsx';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Button } from '../primitives/Button.tsx';
import { Spinner } from '../primitives/Spinner.tsx';
import { BusyNotice } from './BusyNotice.tsx';
import { CredentialsStep } from './CredentialsStep.tsx';
import { FilesStep } from './FilesStep.tsx';
import { FlowError } from './FlowError.tsx';
import { FlowStepper } from './FlowStepper.tsx';
import { migrationFlowLabels } from './labels.ts';
import { PreviewStep } from './PreviewStep.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { ReportStep } from './ReportStep.tsx';
import { RunStep } from './RunStep.tsx';
import {
  COMPONENT_FOR,
  type MigrationFlowComponents,
  type MigrationFlowRenderStep,
  type MigrationFlowStepContext,
} from './stepContext.ts';
import { STAGE_OF_STEP, type Stage, type StepKey, stepKey } from './stepKey.ts';
import { useStepFocus } from './useStepFocus.ts';

export interface MigrationFlowViewProps {
  /** The flow to show, from `useMigrationFlow()`. */
  flow: MigrationFlow;
  /** Show the stepper (default), or hide it to use your own. */
  stepper?: boolean;
  /** Replace any step's content: `{ preview: (ctx) => … }`; `ctx.defaultContent` is the kit's own. */
  renderStep?: MigrationFlowRenderStep;
  /** Or replace steps by component: `{ Preview: MyPreview }`. `renderStep` wins when both name a step. */
  components?: MigrationFlowComponents;
  /** Plain-language names for the agent's tools in the activity feed. */
  toolLabels?: Readonly<Record<string, string>>;
  /** Options for the upload step's `FileDropzone` (accepted types, size limit…). */
  dropzone?: Omit<FileDropzoneProps, 'onUpload' | 'progress' | 'files'>;
  /**
   * The end user's session expired (a 401 from the host's proxy): e.g. open the host's sign-in.
   * The error offers it as "Sign in again"; "Continue" then picks the flow up where it stopped.
   */
  onSessionExpired?: () => void;
  /** Level of the step headings (default 2). */
  headingLevel?: 2 | 3;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'migration-flow-heading': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * The whole migration journey over a `useMigrationFlow()` value: a stepper, one step at a time
 * under its own heading (focused when the step changes), errors with a retry, and every step
 * replaceable.
 */
export const MigrationFlowView = withSlotClasses(function MigrationFlowView({
  flow,
  stepper = true,
  renderStep,
  components,
  toolLabels,
  dropzone,
  headingLevel = 2,
  onSessionExpired,
  className,
}: MigrationFlowViewProps) {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const view = stepKey(flow.step, flow.blocked, flow.isLoading);
  useStepFocus(view, headingRef);

  const defaultContent = defaultStep(view, flow, toolLabels, dropzone);
  const context: MigrationFlowStepContext = { flow, step: flow.step, view, defaultContent };
  const render = renderStep?.[view];
  const Replacement = components?.[COMPONENT_FOR[view]];
  const content = render
    ? render(context)
    : Replacement
      ? createElement(Replacement, context)
      : defaultContent;

  const reason =
    flow.blocked?.reason === 'unknown'
      ? flow.blocked.rawReason
        ? isolate(flow.blocked.rawReason, 80)
        : t('unknownReason')
      : '';
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <div
      data-slot="migration-flow"
      data-step={flow.step}
      data-view={view}
      aria-busy={flow.isLoading || undefined}
      className={sc('migration-flow', 'vk-migration-flow', className)}
    >
      {stepper ? (
        <FlowStepper current={stageOf(view, flow)} stopped={view === 'failed' || view === 'canceled'} />
      ) : null}
      <section
        data-slot="migration-flow-step"
        className={sc('migration-flow-step')}
        data-view={view}
        aria-labelledby={headingId}
      >
        <header data-slot="migration-flow-step-header" className={sc('migration-flow-step-header')}>
          <Heading
            ref={headingRef}
            id={headingId}
            tabIndex={-1}
            data-slot="migration-flow-heading"
            className={sc('migration-flow-heading')}
          >
            {t(`heading_${view}`)}
          </Heading>
          {view === 'loading' ? null : (
            <p data-slot="migration-flow-intro" className={sc('migration-flow-intro')}>
              {t(`intro_${view}`, { reason })}
            </p>
          )}
        </header>
        <BusyNotice flow={flow} />
        <FlowError flow={flow} onSessionExpired={onSessionExpired} />
        {content}
      </section>
    </div>
  );
});

function stageOf(view: StepKey, flow: MigrationFlow): Stage {
  if (view === 'failed' || view === 'canceled') {
    return flow.kind === 'execute'
      ? 'import'
      : flow.kind === 'update' || flow.kind === 'clarify'
        ? 'review'
        : 'map';
  }
  return STAGE_OF_STEP[view];
}

function defaultStep(
  view: StepKey,
  flow: MigrationFlow,
  toolLabels: MigrationFlowViewProps['toolLabels'],
  dropzone: MigrationFlowViewProps['dropzone'],
): ReactNode {
  switch (view) {
    case 'loading':
      return <LoadingStep />;
    case 'files':
      return <FilesStep flow={flow} dropzone={dropzone} />;
    case 'question':
      return (
        <QuestionStep
          flow={flow}
          questions={flow.blocked?.reason === 'question' ? flow.blocked.questions : []}
          toolLabels={toolLabels}
        />
      );
    case 'credentials':
      return (
        <CredentialsStep
          flow={flow}
          request={flow.blocked?.reason === 'credentials' ? flow.blocked.request : null}
        />
      );
    case 'blocked':
      return <UnknownBlock flow={flow} />;
    case 'preview':
      return <PreviewStep flow={flow} />;
    case 'report':
      return <ReportStep flow={flow} />;
    default:
      return <RunStep flow={flow} toolLabels={toolLabels} />;
  }
}

function LoadingStep() {
  const sc = useSlotClass();
  const t = useLabels('migrationFlow', migrationFlowLabels);
  return (
    <div data-slot="migration-flow-loading" className={sc('migration-flow-loading')}>
      <Spinner label={t('loading')} />
    </div>
  );
}

/** A `blocked_reason` this version does not know: say so, and let the user cancel. */
function UnknownBlock({ flow }: { flow: MigrationFlow }) {
  const sc = useSlotClass();
  const common = useLabels('common', commonLabels);
  return (
    <div data-slot="migration-flow-blocked" className={sc('migration-flow-blocked')}>
      <div data-slot="migration-flow-actions" className={sc('migration-flow-actions')}>
        <Button
          variant="secondary"
          pending={flow.pending === 'cancel'}
          aria-disabled={!flow.can('cancel') || undefined}
          onClick={() => settle(flow.cancel()).catch(() => undefined)}
        >
          {common('cancel')}
        </Button>
      </div>
    </div>
  );
}
