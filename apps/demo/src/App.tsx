import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { VernProvider } from '@vernkit/ui';
import { type ReactNode, useMemo } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { type Runtime, RuntimeContext } from './boot/RuntimeContext.ts';
import { AppShell } from './layout/AppShell.tsx';
import { FlaggedRowsPage } from './pages/FlaggedRowsPage.tsx';
import { HeadlessImportPage } from './pages/HeadlessImportPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OnboardingPage } from './pages/OnboardingPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { SignUpPage } from './pages/SignUpPage.tsx';
import { SessionProvider, useSession } from './session/SessionProvider.tsx';
import { localSessionStore, serverSessionStore } from './session/sessionStore.ts';
import { ThemeProvider, useTheme } from './theme/ThemeProvider.tsx';

/**
 * The host app. It owns its QueryClient (the kit's hooks join it), its sessions and its
 * theme; the kit sees only `baseUrl` (the host's proxy) and an `appearance`.
 */
export function App({ runtime, queryClient }: { runtime: Runtime; queryClient: QueryClient }) {
  const store = useMemo(
    () => (runtime.mode === 'real' ? serverSessionStore() : localSessionStore()),
    [runtime.mode],
  );
  return (
    <RuntimeContext.Provider value={runtime}>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider>
          <Kit baseUrl={runtime.proxyPath}>
            <SessionProvider store={store}>
              <AppShell>
                <Routes />
              </AppShell>
            </SessionProvider>
          </Kit>
        </ThemeProvider>
      </QueryClientProvider>
    </RuntimeContext.Provider>
  );
}

/** The kit's one provider: the client on the host's proxy (and QueryClient), plus the host's look. */
function Kit({ baseUrl, children }: { baseUrl: string; children: ReactNode }) {
  const { appearance } = useTheme();
  return (
    <VernProvider baseUrl={baseUrl} appearance={appearance}>
      {children}
    </VernProvider>
  );
}

function Routes() {
  const { state } = useSession();
  if (state.status === 'loading') return <p role="status">Loading…</p>;
  const signedIn = state.status === 'signed-in';
  const gate = (page: ReactNode) => (signedIn ? page : <Redirect to="/" />);
  return (
    <Switch>
      <Route path="/">{signedIn ? <Redirect to="/onboarding" /> : <SignUpPage />}</Route>
      <Route path="/onboarding">{gate(<OnboardingPage />)}</Route>
      <Route path="/import/custom">{gate(<HeadlessImportPage />)}</Route>
      <Route path="/import/flagged">{gate(<FlaggedRowsPage />)}</Route>
      <Route path="/settings">{gate(<SettingsPage />)}</Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
