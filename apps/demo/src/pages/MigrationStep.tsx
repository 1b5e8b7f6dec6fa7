import { MigrationFlow } from '@vernkit/ui';
import { useProfile } from '../session/SessionProvider.tsx';

/**
 * The onboarding's "import your data" step: the kit's drop-in flow, created idempotently for
 * this tenant (`external_id`), so a reload (or a second visit) comes back to the same
 * migration and run.
 */
export function MigrationStep() {
  const profile = useProfile();
  return (
    <section className="card" aria-label="Import your data">
      <MigrationFlow create={{ name: profile.company, external_id: profile.tenantId }} />
    </section>
  );
}
