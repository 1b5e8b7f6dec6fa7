'use client';
import type { Question } from '@vernkit/core';
import type { MigrationFlow } from '@vernkit/react';
import { AgentActivity } from '../agent-activity/AgentActivity.tsx';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { PreviewTable } from '../preview-table/PreviewTable.tsx';
import { QuestionForm } from '../question-form/QuestionForm.tsx';

export interface QuestionStepProps {
  flow: MigrationFlow;
  questions: readonly Question[];
  toolLabels?: Readonly<Record<string, string>>;
}

/** The agent's questions; with a preview at hand, the columns they are about are highlighted in it. */
export function QuestionStep({ flow, questions, toolLabels }: QuestionStepProps) {
  const sc = useSlotClass();
  const columns = relevantColumns(questions);
  return (
    <div data-slot="migration-flow-question" className={sc('migration-flow-question')}>
      <QuestionForm
        questions={questions}
        answers={flow.run?.answers}
        heading={false}
        disabled={!flow.can('answer')}
        onSubmit={(answers) => flow.answer(answers)}
      />
      {flow.preview ? <PreviewTable preview={flow.preview} focusColumns={columns} /> : null}
      <AgentActivity events={flow.events} toolLabels={toolLabels} />
    </div>
  );
}

function relevantColumns(questions: readonly Question[]): string[] {
  const out = new Set<string>();
  for (const q of questions) {
    for (const c of q.relevant_columns ?? []) out.add(c);
    if (q.target?.column) out.add(q.target.column);
  }
  return [...out];
}
