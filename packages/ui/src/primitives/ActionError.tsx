import type { ReactNode } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { Alert } from './Alert.tsx';
import { errorMessage } from './errorMessage.ts';

export interface ActionErrorProps {
  /** The action's state, as `useAsyncAction` returns it. */
  action: { status: string; error: unknown };
  title: ReactNode;
  /** The part name, e.g. `question-form-error`: the `data-slot` and the `classNames` key. */
  slot: string;
}

/** Why a submit failed, announced at once, under the form that keeps what the user entered. */
export function ActionError({ action, title, slot }: ActionErrorProps) {
  const sc = useSlotClass();
  if (action.status !== 'error') return null;
  return (
    <Alert tone="danger" assertive title={title} data-slot={slot} className={sc(slot)}>
      {errorMessage(action.error, '')}
    </Alert>
  );
}
