import { Link } from 'wouter';
import { SampleFiles } from '../samples/SampleFiles.tsx';
import { useProfile } from '../session/SessionProvider.tsx';
import { MigrationStep } from './MigrationStep.tsx';
import { OnboardingSteps } from './OnboardingSteps.tsx';

/** The host's onboarding, with the kit's drop-in `<MigrationFlow>` as its "import your data" step. */
export function OnboardingPage() {
  const profile = useProfile();
  return (
    <div className="stack">
      <header className="page-header">
        <p className="eyebrow">Welcome, {profile.name.split(' ')[0]}</p>
        <h1>Let’s set up {profile.company}</h1>
      </header>
      <OnboardingSteps current={1} />
      <div className="onboarding">
        <div className="onboarding__main">
          <MigrationStep />
        </div>
        <aside className="onboarding__aside">
          <SampleFiles />
          <div className="card card--quiet">
            <h2 className="card__title">What happens to my data?</h2>
            <p className="muted">
              Your files are mapped to {profile.company}’s fields and cleaned. You review a preview and can
              ask for changes in plain words; nothing is imported until you approve.
            </p>
            <p className="muted">
              Prefer to build your own screens? See the <Link href="/import/custom">custom import</Link>.
            </p>
          </div>
        </aside>
      </div>
    </div>
  );
}
