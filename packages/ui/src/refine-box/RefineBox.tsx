'use client';
import type { ThreadEvent } from '@vernkit/core';
import { type FormEvent, lazy, type ReactNode, Suspense, useId, useRef, useState } from 'react';
import { cx } from '../internal/cx.ts';
import { SegmentedControl } from '../internal/SegmentedControl.tsx';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { Untrusted } from '../internal/Untrusted.tsx';
import { useAsyncAction } from '../internal/useAsyncAction.ts';
import { useLabels } from '../labels/useLabels.ts';
import { ActionError } from '../primitives/ActionError.tsx';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { Spinner } from '../primitives/Spinner.tsx';
import { TextField } from '../primitives/TextField.tsx';
import { refineBoxLabels } from './labels.ts';
import { answerFor, type Exchange, lastSequence, type RefineKind } from './threadAnswers.ts';

// react-markdown costs nothing until the first answer renders.
const AgentMarkdown = lazy(() => import('../agent-activity/AgentMarkdown.tsx'));

export interface RefineBoxProps {
  /** The run's thread events (`useThread`); the answer to each request is read from them. */
  events?: readonly ThreadEvent[];
  /** Start an `update` run (change the mapping) or a `clarify` run (ask a question). */
  onRefine: (kind: RefineKind, message: string) => unknown;
  defaultKind?: RefineKind;
  disabled?: boolean;
  heading?: ReactNode | false;
  headingLevel?: 2 | 3 | 4;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'refine-box-exchange': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * Steer the migration after the preview: request a change (`update`) or ask a question
 * (`clarify`), then read the assistant's answer from the thread. The text stays when
 * sending fails.
 */
export const RefineBox = withSlotClasses(function RefineBox({
  events = [],
  onRefine,
  defaultKind = 'update',
  disabled = false,
  heading,
  headingLevel = 2,
  className,
}: RefineBoxProps) {
  const sc = useSlotClass();
  const t = useLabels('refineBox', refineBoxLabels);
  const headingId = useId();
  const [kind, setKind] = useState<RefineKind>(defaultKind);
  const [message, setMessage] = useState('');
  const [empty, setEmpty] = useState(false);
  const [exchanges, setExchanges] = useState<Exchange[]>([]);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const action = useAsyncAction(onRefine);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.pending || disabled) return;
    const text = message.trim();
    if (!text) {
      setEmpty(true);
      inputRef.current?.focus();
      return;
    }
    const afterSequence = lastSequence(events);
    if (await action.run(kind, text)) {
      setExchanges((prev) => [...prev, { kind, message: text, afterSequence }]);
      setMessage('');
      setEmpty(false);
    }
  };

  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section
      data-slot="refine-box"
      data-state={action.status}
      data-kind={kind}
      aria-labelledby={heading === false ? undefined : headingId}
      aria-label={heading === false ? t('heading') : undefined}
      className={cx('vk-refine-box', className)}
    >
      {heading === false ? null : (
        <div className="vk-refine-box__header">
          <Heading
            id={headingId}
            className={sc('refine-box-heading', 'vk-refine-box__heading')}
            data-slot="refine-box-heading"
          >
            {heading ?? t('heading')}
          </Heading>
          <p className="vk-refine-box__intro">{t('intro')}</p>
        </div>
      )}

      {exchanges.length ? (
        <ol
          className={sc('refine-box-history', 'vk-refine-box__history')}
          data-slot="refine-box-history"
          aria-label={t('historyLabel')}
        >
          {exchanges.map((exchange, i) => (
            <ExchangeItem
              // biome-ignore lint/suspicious/noArrayIndexKey: exchanges only grow
              key={i}
              exchange={exchange}
              answer={answerFor(events, exchange, exchanges[i + 1])}
            />
          ))}
        </ol>
      ) : null}

      <form
        noValidate
        className="vk-refine-box__form"
        onSubmit={submit}
        aria-busy={action.pending || undefined}
      >
        <SegmentedControl
          label={t('kindLabel')}
          value={kind}
          options={[
            { value: 'update', label: t('update') },
            { value: 'clarify', label: t('clarify') },
          ]}
          onChange={setKind}
          className={sc('refine-box-kind', 'vk-segmented')}
          slot="refine-box-kind"
          disabled={disabled || action.pending}
        />
        <TextField
          ref={inputRef}
          multiline
          rows={3}
          label={kind === 'update' ? t('updateLabel') : t('clarifyLabel')}
          placeholder={kind === 'update' ? t('updatePlaceholder') : t('clarifyPlaceholder')}
          value={message}
          disabled={disabled}
          error={empty && !message.trim() ? t('errorEmpty') : undefined}
          data-slot="refine-box-input"
          className={sc('refine-box-input')}
          onChange={(e) => setMessage(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
          }}
        />
        <ActionError action={action} title={t('submitFailed')} slot="refine-box-error" />
        <div className="vk-refine-box__footer">
          <Button
            type="submit"
            variant="primary"
            pending={action.pending}
            aria-disabled={disabled || undefined}
            data-slot="refine-box-submit"
            className={sc('refine-box-submit')}
          >
            {action.pending ? t('sending') : kind === 'update' ? t('submitUpdate') : t('submitClarify')}
          </Button>
        </div>
      </form>
    </section>
  );
});

function ExchangeItem({ exchange, answer }: { exchange: Exchange; answer: ReturnType<typeof answerFor> }) {
  const sc = useSlotClass();
  const t = useLabels('refineBox', refineBoxLabels);
  const waiting = answer.messages.length === 0 && answer.errors.length === 0;
  return (
    <li
      className={sc('refine-box-exchange', 'vk-exchange')}
      data-slot="refine-box-exchange"
      data-kind={exchange.kind}
      data-state={waiting ? 'waiting' : 'answered'}
    >
      <div className="vk-exchange__request">
        <span className="vk-exchange__who">
          {exchange.kind === 'clarify' ? t('youAsked') : t('youRequested')}
        </span>
        <p className="vk-exchange__text">
          <Untrusted text={exchange.message} />
        </p>
      </div>
      <div
        className={sc('refine-box-answer', 'vk-exchange__answer')}
        data-slot="refine-box-answer"
        aria-live="polite"
      >
        {waiting ? (
          <span className="vk-exchange__waiting">
            <Spinner />
            {t('waiting')}
          </span>
        ) : (
          <>
            <span className="vk-exchange__who">{t('answer')}</span>
            {answer.messages.map((text, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: messages are in thread order
              <div key={i} className="vk-exchange__markdown">
                <Suspense
                  fallback={
                    <p className="vk-exchange__text">
                      <Untrusted text={text} />
                    </p>
                  }
                >
                  <AgentMarkdown text={text} />
                </Suspense>
              </div>
            ))}
            {answer.errors.map((text, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: errors are in thread order
              <Alert key={i} tone="danger">
                <Untrusted text={text} />
              </Alert>
            ))}
          </>
        )}
      </div>
    </li>
  );
}
