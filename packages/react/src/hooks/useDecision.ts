import { useMutation } from '@tanstack/react-query';
import type { DecisionAnswer } from '@vernkit/core';
import { useCallback } from 'react';
import { decisionMutationOptions } from '../mutations/decisionMutationOptions.ts';
import { useVernClient } from '../provider/useVernClient.ts';

/**
 * Resolve an import that `needs_attention`. `approve()` with no answers applies the proposed
 * patch as is; `approve(answers)` overrides per question; `reject()` ends the run `failed`.
 *
 * @example
 * const decision = useDecision(companyId, runId);
 * decision.approve([{ question_id: 'fq0', option_id: 'a' }]);
 */
export function useDecision(companyId: string | null | undefined, runId: string | null | undefined) {
  const client = useVernClient();
  const mutation = useMutation(decisionMutationOptions(client, companyId ?? '', runId ?? ''));
  const { mutateAsync } = mutation;
  const approve = useCallback(
    (answers?: DecisionAnswer[]) =>
      mutateAsync(answers && answers.length > 0 ? { decision: 'approve', answers } : { decision: 'approve' }),
    [mutateAsync],
  );
  const reject = useCallback(() => mutateAsync({ decision: 'reject' }), [mutateAsync]);
  return { ...mutation, approve, reject };
}
