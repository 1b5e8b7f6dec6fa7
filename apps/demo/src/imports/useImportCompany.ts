import type { Source } from '@vernkit/core';
import { useSources, useVernClient } from '@vernkit/react';
import { useEffect, useRef, useState } from 'react';
import { useProfile, useSession } from '../session/SessionProvider.tsx';

/** The imports preview names sources by UUID; prefer the file-based one for uploads. */
function pickSource(sources: readonly Source[]): Source | undefined {
  const withId = sources.filter((s) => typeof s.id === 'string');
  return withId.find((s) => /spreadsheet|file|csv/i.test(s.name)) ?? withId[0];
}

/**
 * The tenant's imports-preview company, provisioned once on first visit. Provisioning is
 * not idempotent (a reused `external_id` is a 409), so the id is remembered in the session.
 */
export function useImportCompany({ externalId }: { externalId?: string } = {}): {
  companyId: string | null;
  error: string | null;
} {
  const profile = useProfile();
  const { rememberCompany } = useSession();
  const client = useVernClient();
  const sources = useSources({ enabled: !profile.companyId });
  const started = useRef(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (profile.companyId) {
      // Ready for the next one, should the company be forgotten.
      started.current = false;
      return;
    }
    if (started.current || !sources.data) return;
    const source = pickSource(sources.data.sources);
    if (!source?.id) {
      setError('This Vern account has no source the imports flow can use.');
      return;
    }
    started.current = true;
    client
      .provisionCompany({
        name: profile.company,
        source: source.id,
        ...(externalId ? { external_id: externalId } : {}),
      })
      .then((created) => rememberCompany(created.company.id))
      .catch((e: unknown) => {
        started.current = false;
        setError(e instanceof Error ? e.message : 'Could not set up the imports workspace');
      });
  }, [profile, sources.data, client, rememberCompany, externalId]);

  return { companyId: profile.companyId, error: error ?? (sources.error ? sources.error.message : null) };
}
