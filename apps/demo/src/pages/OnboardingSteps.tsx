const STEPS = ['Create your workspace', 'Import your data', 'Invite your team'] as const;

/** The host's own onboarding progress: the kit is one step of it. */
export function OnboardingSteps({ current }: { current: number }) {
  return (
    <ol className="steps" aria-label="Onboarding progress">
      {STEPS.map((label, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
        return (
          <li
            key={label}
            className="steps__item"
            data-state={state}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="steps__marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span>
              {label}
              {state === 'done' && <span className="visually-hidden"> (done)</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
