import { useMigrationFlow } from '@vernkit/react';
import { HeadlessActivity } from '../headless/HeadlessActivity.tsx';
import { HeadlessFiles } from '../headless/HeadlessFiles.tsx';
import { HeadlessPreview } from '../headless/HeadlessPreview.tsx';
import { HeadlessQuestions } from '../headless/HeadlessQuestions.tsx';
import { HeadlessReport } from '../headless/HeadlessReport.tsx';
import { useProfile } from '../session/SessionProvider.tsx';

/**
 * The headless path: `useMigrationFlow` from `@vernkit/react` drives the whole lifecycle,
 * and every pixel is the host's own markup. No `@vernkit/ui` component on this page.
 */
export function HeadlessImportPage() {
  const profile = useProfile();
  const flow = useMigrationFlow({
    create: { name: `${profile.company} (custom import)`, external_id: `${profile.tenantId}-custom` },
  });

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Custom import</h1>
        <p className="muted">
          The same migration engine, driven by hooks with this app’s own components: a host that wants full
          control of the markup uses <code>useMigrationFlow</code> instead of the drop-in components.
        </p>
      </header>
      {flow.error && (
        <p className="banner banner--danger" role="alert">
          {flow.error.message}
        </p>
      )}
      <FlowBody flow={flow} />
    </div>
  );
}

function FlowBody({ flow }: { flow: ReturnType<typeof useMigrationFlow> }) {
  if (flow.isLoading && !flow.migrationId) return <p role="status">Preparing your workspace…</p>;
  switch (flow.step) {
    case 'files':
      return <HeadlessFiles flow={flow} />;
    case 'generating':
    case 'refining':
    case 'executing':
      return <HeadlessActivity flow={flow} />;
    case 'blocked':
      if (flow.blocked?.reason === 'question')
        return <HeadlessQuestions flow={flow} questions={flow.blocked.questions} />;
      return (
        <div className="card">
          <h2>The agent is waiting</h2>
          <p>
            This source needs credentials, which this demo does not collect. Cancel and try a file instead.
          </p>
          <button type="button" className="button" onClick={() => flow.cancel()}>
            Cancel run
          </button>
        </div>
      );
    case 'preview':
      return <HeadlessPreview flow={flow} />;
    case 'report':
      return flow.report && flow.migrationId ? (
        <HeadlessReport
          report={flow.report}
          migration={flow.migration}
          migrationId={flow.migrationId}
          onRestart={() => flow.reset()}
        />
      ) : (
        <p role="status">Loading the report…</p>
      );
    case 'failed':
    case 'canceled':
      return (
        <div className="card">
          <h2>{flow.step === 'failed' ? 'The import failed' : 'The import was canceled'}</h2>
          {flow.run?.status === 'failed' && flow.run.error && <p>{flow.run.error}</p>}
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => flow.generate()}>
              Try again
            </button>
            <button type="button" className="button button--ghost" onClick={() => flow.reset()}>
              Start over
            </button>
          </div>
        </div>
      );
  }
}
