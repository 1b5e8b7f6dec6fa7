'use client';
import { lazy, memo, Suspense } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Icon } from '../primitives/Icon.tsx';
import { Spinner } from '../primitives/Spinner.tsx';
import { VisuallyHidden } from '../primitives/VisuallyHidden.tsx';
import type { FeedItem } from './feedItems.ts';
import { agentActivityLabels } from './labels.ts';

// react-markdown and its parser load with the first message, not with the kit.
const AgentMarkdown = lazy(() => import('./AgentMarkdown.tsx'));

export interface FeedItemViewProps {
  item: FeedItem;
  toolLabel: (tool: string) => string;
}

export const FeedItemView = memo(function FeedItemView({ item, toolLabel }: FeedItemViewProps) {
  const sc = useSlotClass();
  const t = useLabels('agentActivity', agentActivityLabels);
  switch (item.kind) {
    case 'status':
      return (
        <div data-slot="agent-activity-status" className={sc('agent-activity-status')}>
          <span
            data-slot="agent-activity-marker"
            className={sc('agent-activity-marker')}
            aria-hidden="true"
          />
          <span dir="auto">{revealBidi(item.text)}</span>
        </div>
      );
    case 'message':
      return (
        <div data-slot="agent-activity-message" className={sc('agent-activity-message')} dir="auto">
          <Suspense
            fallback={
              <p data-slot="agent-activity-plain" className={sc('agent-activity-plain')}>
                {revealBidi(item.text)}
              </p>
            }
          >
            <AgentMarkdown text={item.text} />
          </Suspense>
        </div>
      );
    case 'step': {
      const state = {
        running: t('stepRunning'),
        done: t('stepDone'),
        failed: t('stepFailed'),
        ended: t('stepEnded'),
      }[item.state];
      return (
        <div data-slot="agent-activity-step" className={sc('agent-activity-step')} data-state={item.state}>
          <span
            data-slot="agent-activity-step-icon"
            className={sc('agent-activity-step-icon')}
            aria-hidden="true"
          >
            {item.state === 'running' ? (
              <Spinner />
            ) : (
              <Icon name={item.state === 'done' ? 'check' : item.state === 'failed' ? 'x' : 'chevronRight'} />
            )}
          </span>
          <span data-slot="agent-activity-step-label" className={sc('agent-activity-step-label')}>
            {toolLabel(item.tool)}
          </span>
          {item.detail ? (
            <span
              data-slot="agent-activity-step-detail"
              className={sc('agent-activity-step-detail')}
              dir="auto"
            >
              {revealBidi(item.detail)}
            </span>
          ) : null}
          <VisuallyHidden>, {state}</VisuallyHidden>
          {item.error ? (
            <span
              data-slot="agent-activity-step-error"
              className={sc('agent-activity-step-error')}
              dir="auto"
            >
              {revealBidi(item.error)}
            </span>
          ) : null}
        </div>
      );
    }
    case 'error':
      return (
        <Alert
          tone="danger"
          title={t('errorTitle')}
          data-slot="agent-activity-error"
          className={sc('agent-activity-error')}
        >
          {item.text ? revealBidi(item.text) : t('errorFallback')}
        </Alert>
      );
    case 'milestone':
      return (
        <div
          data-slot="agent-activity-milestone"
          className={sc('agent-activity-milestone')}
          data-milestone={item.milestone}
        >
          <Icon name={item.milestone === 'request_input' ? 'info' : 'check'} />
          {t(`milestone_${item.milestone}`)}
        </div>
      );
  }
});
