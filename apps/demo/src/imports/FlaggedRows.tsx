import type { ImportFlow } from '@vernkit/react';
import { FlaggedRowsReview } from '@vernkit/ui';

/** The kit's review of a paused import, wired to the flow's decisions. */
export function FlaggedRows({ flow }: { flow: ImportFlow }) {
  if (!flow.needsAttention) return null;
  const report = flow.run?.status === 'needs_attention' ? flow.run.report : null;
  return (
    <section className="card">
      <FlaggedRowsReview
        needsAttention={flow.needsAttention}
        report={report}
        onDecide={(decision) =>
          decision.decision === 'approve' ? flow.approve(decision.answers) : flow.reject()
        }
      />
    </section>
  );
}
