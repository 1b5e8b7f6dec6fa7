import { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from '@vernkit/mock';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { rememberScenario } from '../boot/mockScenario.ts';
import { useRuntime } from '../boot/RuntimeContext.ts';
import { useProfile, useSession } from '../session/SessionProvider.tsx';
import { BRAND_IDS, BRANDS, type Density, type SchemePreference } from '../theme/brands.ts';
import { useTheme } from '../theme/ThemeProvider.tsx';

const SCHEMES: Array<{ value: SchemePreference; label: string }> = [
  { value: 'system', label: 'Match my system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const DENSITIES: Array<{ value: Density; label: string }> = [
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact' },
];

export function SettingsPage() {
  const { settings, update } = useTheme();
  const profile = useProfile();
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Settings</h1>
        <p className="muted">
          The import screens follow your brand: they are themed by this app’s CSS variables.
        </p>
      </header>

      <section className="card" aria-labelledby="brand-title">
        <h2 id="brand-title">Brand</h2>
        <div className="choice-cards" role="radiogroup" aria-labelledby="brand-title">
          {BRAND_IDS.map((id) => (
            <label key={id} className="choice-card" data-brand-preview={id}>
              <input
                type="radio"
                name="brand"
                value={id}
                checked={settings.brand === id}
                onChange={() => update({ brand: id })}
              />
              <span className="choice-card__swatch" aria-hidden="true" />
              <span className="choice-card__name">{BRANDS[id].name}</span>
              <span className="muted">{BRANDS[id].description}</span>
            </label>
          ))}
        </div>
      </section>

      <section className="card" aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance</h2>
        <fieldset className="segmented">
          <legend>Colour scheme</legend>
          {SCHEMES.map((s) => (
            <label key={s.value}>
              <input
                type="radio"
                name="scheme"
                checked={settings.scheme === s.value}
                onChange={() => update({ scheme: s.value })}
              />
              <span>{s.label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>Density</legend>
          {DENSITIES.map((d) => (
            <label key={d.value}>
              <input
                type="radio"
                name="density"
                checked={settings.density === d.value}
                onChange={() => update({ density: d.value })}
              />
              <span>{d.label}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <ConnectionSettings />

      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
        <p>
          {profile.name} · {profile.email} · {profile.company}
        </p>
        <SignOutButton />
      </section>
    </div>
  );
}

function ConnectionSettings() {
  const { mode, mock } = useRuntime();
  const [scenario, setScenario] = useState<ScenarioName>(() => mock?.scenario ?? 'happy');
  return (
    <section className="card" aria-labelledby="connection-title">
      <h2 id="connection-title">Data migration engine</h2>
      {mode === 'real' ? (
        <p>
          Connected to Vern through this app’s server (<code>/api/vern</code>). The API key stays on the
          server; each request is checked against your workspace.
        </p>
      ) : (
        <>
          <p>
            Vern is simulated in this browser tab (no API key needed, nothing leaves your machine; a reload
            starts it afresh). Set <code>VERN_API_KEY</code> when starting the demo to use the real service.
          </p>
          <label className="field">
            <span>Simulated case for new runs</span>
            <select
              value={scenario}
              onChange={(e) => {
                const next = e.target.value as ScenarioName;
                mock?.setScenario(next);
                rememberScenario(next, window.sessionStorage);
                setScenario(next);
              }}
            >
              {SCENARIO_NAMES.map((name) => (
                <option key={name} value={name}>
                  {SCENARIOS[name].title}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{SCENARIOS[scenario].description}</p>
        </>
      )}
    </section>
  );
}

function SignOutButton() {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        await signOut();
        navigate('/');
      }}
    >
      Sign out
    </button>
  );
}
