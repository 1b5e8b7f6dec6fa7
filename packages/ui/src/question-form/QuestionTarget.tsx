'use client';
import type { Question } from '@vernkit/core';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { Untrusted } from '../internal/Untrusted.tsx';
import { useLabels } from '../labels/useLabels.ts';
import { questionFormLabels } from './labels.ts';

const MAX_SAMPLES = 6;

/**
 * What an imports question is about: the column, how many rows, a few real offending values
 * and the rule they break. Nothing renders for a question without a target.
 */
export function QuestionTarget({ question, id }: { question: Question; id?: string }) {
  const sc = useSlotClass();
  const t = useLabels('questionForm', questionFormLabels);
  const target = question.target;
  const columns = target?.column ? [target.column] : (question.relevant_columns ?? []);
  const samples = (target?.sample_values ?? []).slice(0, MAX_SAMPLES);
  if (!columns.length && !samples.length && !target?.error) return null;

  return (
    <dl
      id={id}
      className={sc('question-form-target', 'vk-question__target')}
      data-slot="question-form-target"
    >
      {columns.length ? (
        <div className="vk-question__target-row">
          <dt>{t('column')}</dt>
          <dd>
            {columns.map((c, i) => (
              <code
                // biome-ignore lint/suspicious/noArrayIndexKey: column names may repeat
                key={i}
                className={sc('question-form-column', 'vk-code')}
                data-slot="question-form-column"
              >
                <Untrusted text={c} max={120} />
              </code>
            ))}
          </dd>
        </div>
      ) : null}
      {target?.error ? (
        <div className="vk-question__target-row">
          <dt>{t('rule')}</dt>
          <dd>
            <Untrusted text={target.error} max={400} />
          </dd>
        </div>
      ) : null}
      {samples.length ? (
        <div className="vk-question__target-row">
          <dt>{t('sampleValues')}</dt>
          <dd>
            <ul className={sc('question-form-samples', 'vk-samples')} data-slot="question-form-samples">
              {samples.map((v, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: sample values may repeat
                <li key={i} className="vk-sample" data-empty={v === '' || v == null ? '' : undefined}>
                  {v === '' || v == null ? t('emptyValue') : <Untrusted text={v} max={80} />}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
