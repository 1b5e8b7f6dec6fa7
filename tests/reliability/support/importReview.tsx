import { render } from '@testing-library/react';
import type { ImportFlow } from '@vernkit/react';
import { useImportFlow } from '@vernkit/react';
import { FlaggedRowsReview, RunProgress } from '@vernkit/ui';
import type { FlowKit } from './flowKit.tsx';

/**
 * The imports-preview screen a host builds from the kit (as the demo does): `useImportFlow`
 * for state, `FlaggedRowsReview` while the import waits at `needs_attention`, `RunProgress`
 * otherwise.
 */
function ImportReview({
  companyId,
  kit,
  expose,
}: {
  companyId: string;
  kit: FlowKit;
  expose: (flow: ImportFlow) => void;
}) {
  const flow = useImportFlow({ companyId, storage: kit.storage });
  expose(flow);
  if (flow.step === 'needs_attention' && flow.needsAttention) {
    return (
      <FlaggedRowsReview
        needsAttention={flow.needsAttention}
        report={flow.report}
        onDecide={(decision) =>
          decision.decision === 'reject' ? flow.reject() : flow.approve(decision.answers)
        }
      />
    );
  }
  return flow.run ? <RunProgress run={flow.run} /> : <p>{flow.step}</p>;
}

/** A company (imports preview) bound to the catalogue's first source. */
export async function seedCompany(kit: FlowKit): Promise<string> {
  const { sources } = await kit.client.listSources();
  const source = sources.find((s) => s.id)?.id;
  if (!source) throw new Error('the mock lists no source with an id');
  const { company } = await kit.client.provisionCompany({ name: 'Acme', source });
  return company.id;
}

/**
 * Render the screen; `flow()` reads the hook's latest value for set-up steps (upload, start)
 * that are not under test.
 */
export function renderImportReview(kit: FlowKit, companyId: string) {
  const ref: { current: ImportFlow | null } = { current: null };
  const view = render(
    <ImportReview
      companyId={companyId}
      kit={kit}
      expose={(flow) => {
        ref.current = flow;
      }}
    />,
    { wrapper: kit.wrapper },
  );
  const flow = () => {
    if (!ref.current) throw new Error('the import screen did not render');
    return ref.current;
  };
  return { view, flow };
}
