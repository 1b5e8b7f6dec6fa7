import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { useSession } from '../session/SessionProvider.tsx';
import { BRANDS } from '../theme/brands.ts';
import { useTheme } from '../theme/ThemeProvider.tsx';

export function SignUpPage() {
  const { signUp } = useSession();
  const { settings } = useTheme();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signUp({
        company: String(data.get('company') ?? ''),
        name: String(data.get('name') ?? ''),
        email: String(data.get('email') ?? ''),
      });
      navigate('/onboarding');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not create your workspace');
      setBusy(false);
    }
  }

  return (
    <div className="sign-up">
      <section className="sign-up__pitch">
        <h1>Your customers, in one place.</h1>
        <p>
          {BRANDS[settings.brand].name} brings your contacts, companies and deals together. Start with a free
          workspace and bring your data over from your old CRM in minutes: we map and clean it for you.
        </p>
        <ul className="checklist">
          <li>Import from Salesforce, HubSpot or spreadsheets</li>
          <li>Messy columns mapped and cleaned automatically</li>
          <li>Review everything before it lands</li>
        </ul>
      </section>
      <form className="card sign-up__form" onSubmit={onSubmit} aria-labelledby="sign-up-title">
        <h2 id="sign-up-title">Create your workspace</h2>
        <label className="field">
          <span>Company name</span>
          <input name="company" required maxLength={80} autoComplete="organization" />
        </label>
        <label className="field">
          <span>Your name</span>
          <input name="name" required maxLength={80} autoComplete="name" />
        </label>
        <label className="field">
          <span>Work email</span>
          <input name="email" type="email" required maxLength={254} autoComplete="email" />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create workspace'}
        </button>
      </form>
    </div>
  );
}
