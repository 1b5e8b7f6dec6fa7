'use client';
import { type Question, readAnswers } from '@vernkit/core';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { Untrusted } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { questionFormLabels } from './labels.ts';

/**
 * What was answered, as the poll's `answers` read-back reports it (a string, or pairs by
 * question id, shown with the question text when known). Unknown shapes render nothing.
 */
export function AnswersEcho({ answers, questions }: { answers: unknown; questions: readonly Question[] }) {
  const sc = useSlotClass();
  const t = useLabels('questionForm', questionFormLabels);
  const read = readAnswers(answers);
  if (!read) return null;
  const questionText = (id: string) => questions.find((q) => q.id === id)?.question ?? id;
  return (
    <section
      className={sc('question-form-echo', 'vk-echo')}
      data-slot="question-form-echo"
      aria-label={t('echoHeading')}
    >
      <h3 className="vk-echo__heading">{t('echoHeading')}</h3>
      {read.kind === 'text' ? (
        <p className="vk-echo__text">
          <Untrusted text={read.text} max={4000} />
        </p>
      ) : (
        <dl className="vk-echo__pairs">
          {read.pairs.map(([id, value], i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: ids come from the server and may repeat
            <div key={i} className="vk-echo__pair">
              <dt>
                <Untrusted text={questionText(id)} max={300} />
              </dt>
              <dd>
                <Untrusted text={value} max={2000} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
