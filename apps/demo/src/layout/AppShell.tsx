import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useSession } from '../session/SessionProvider.tsx';
import { BrandMark } from './BrandMark.tsx';
import { ModeBadge } from './ModeBadge.tsx';
import { NavLink } from './NavLink.tsx';
import { SchemeToggle } from './SchemeToggle.tsx';

export const NAV_ITEMS = [
  { href: '/onboarding', label: 'Onboarding' },
  { href: '/import/custom', label: 'Custom import' },
  { href: '/import/flagged', label: 'Flagged rows' },
  { href: '/settings', label: 'Settings' },
] as const;

export function AppShell({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const signedIn = state.status === 'signed-in';
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link href={signedIn ? '/onboarding' : '/'} className="top-bar__home" aria-label="Home">
          <BrandMark />
        </Link>
        {signedIn && (
          <nav className="top-bar__nav" aria-label="Main">
            {NAV_ITEMS.map((item) => (
              <NavLink key={item.href} href={item.href}>
                {item.label}
              </NavLink>
            ))}
          </nav>
        )}
        <div className="top-bar__end">
          <ModeBadge />
          <SchemeToggle />
          {signedIn && (
            <span className="top-bar__account" title={state.profile.email}>
              {state.profile.company}
            </span>
          )}
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        A demo of <strong>vernkit</strong>: Vern’s migration engine inside a host app, in the host’s look.
      </footer>
    </div>
  );
}
