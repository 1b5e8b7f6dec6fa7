import { SCENARIO_HEADER } from '@vernkit/mock';
import { VernProvider } from '@vernkit/react';
import { useState } from 'react';
import { useRuntime } from '../boot/RuntimeContext.ts';
import { ImportFlowView } from '../imports/ImportFlowView.tsx';
import {
  IMPORT_SCENARIOS,
  type ImportScenario,
  readImportScenario,
  writeImportScenario,
} from '../imports/importScenario.ts';
import { useImportCompany } from '../imports/useImportCompany.ts';
import { useProfile, useSession } from '../session/SessionProvider.tsx';

/** The imports preview: an import parks at `needs_attention` and the customer reviews the flagged rows. */
export function FlaggedRowsPage() {
  const { mode, proxyPath } = useRuntime();
  const [scenario, setScenario] = useState<ImportScenario>(() => readImportScenario(window.localStorage));
  const { rememberCompany } = useSession();
  const profile = useProfile();
  const page = (
    <div className="stack">
      <header className="page-header">
        <h1>Review flagged rows</h1>
        <p className="muted">
          The imports flow: rows that fail validation pause the import with a proposed fix. Every action is
          listed, and the ones that drop rows ask for confirmation.
        </p>
      </header>
      {mode === 'mock' && (
        <label className="field field--inline">
          <span>Simulated case</span>
          <select
            value={scenario}
            onChange={(e) => {
              const next = e.target.value as ImportScenario;
              writeImportScenario(window.localStorage, next);
              setScenario(next);
              void rememberCompany(null);
            }}
          >
            {IMPORT_SCENARIOS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      {/* Provisioning is not idempotent (a reused external_id is a 409): on the mock, where each
          case gets a fresh company, none is sent; on Vern, one per tenant, namespaced. */}
      <CompanyGate externalId={mode === 'real' ? `${profile.tenantId}-imports` : undefined} />
    </div>
  );
  // On the mock, the company is created following the chosen case (the header is read at creation).
  if (mode !== 'mock') return page;
  return (
    <VernProvider baseUrl={proxyPath} headers={{ [SCENARIO_HEADER]: scenario }}>
      {page}
    </VernProvider>
  );
}

function CompanyGate({ externalId }: { externalId: string | undefined }) {
  const { companyId, error } = useImportCompany(externalId ? { externalId } : {});
  if (error) {
    return (
      <p className="banner banner--danger" role="alert">
        {error}
      </p>
    );
  }
  if (!companyId) return <p role="status">Setting up your imports workspace…</p>;
  return <ImportFlowView companyId={companyId} />;
}
