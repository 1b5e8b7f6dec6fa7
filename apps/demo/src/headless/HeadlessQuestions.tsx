import type { Question } from '@vernkit/core';
import type { MigrationFlow } from '@vernkit/react';
import { type FormEvent, useState } from 'react';

/**
 * The agent's questions as a plain host form: options as radio buttons, a text box when
 * `allowCustom` (or when there are no options). An answer the server refused stays in the form.
 */
export function HeadlessQuestions({ flow, questions }: { flow: MigrationFlow; questions: Question[] }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const complete = questions.every((q) => (values[q.id] ?? '').trim() !== '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!complete) return;
    await flow.answer(questions.map((q) => ({ id: q.id, value: (values[q.id] ?? '').trim() })));
  }

  return (
    <form className="card questions" onSubmit={onSubmit} aria-labelledby="questions-title">
      <h2 id="questions-title">The agent needs your call</h2>
      {questions.map((question) => {
        const textAllowed = question.allowCustom || question.options.length === 0;
        const chosen = values[question.id] ?? '';
        const isOption = question.options.some((o) => o.label === chosen);
        return (
          <fieldset key={question.id} className="question">
            <legend>{question.question}</legend>
            {question.context && <p className="question__context">{question.context}</p>}
            {question.options.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name={`q-${question.id}`}
                  checked={chosen === option.label}
                  onChange={() => setValues((v) => ({ ...v, [question.id]: option.label }))}
                />
                <span>{option.label}</span>
              </label>
            ))}
            {textAllowed && (
              <label className="field">
                <span>{question.options.length ? 'Or tell the agent what to do' : 'Your answer'}</span>
                <input
                  value={isOption ? '' : chosen}
                  onChange={(e) => setValues((v) => ({ ...v, [question.id]: e.target.value }))}
                />
              </label>
            )}
          </fieldset>
        );
      })}
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!complete || flow.pending !== null}
        >
          {flow.pending === 'answer' ? 'Sending…' : 'Send answer'}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={!flow.can('cancel')}
          onClick={() => flow.cancel()}
        >
          Cancel run
        </button>
      </div>
    </form>
  );
}
