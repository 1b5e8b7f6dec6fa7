import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Profile, SessionStore, SignUp } from './sessionStore.ts';

type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; profile: Profile };

interface SessionContextValue {
  state: SessionState;
  signUp(input: SignUp): Promise<Profile>;
  signOut(): Promise<void>;
  /** `null` forgets it (mock mode: a new simulated case needs a new company). */
  rememberCompany(companyId: string | null): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    store.load().then(
      (profile) => live && setState(profile ? { status: 'signed-in', profile } : { status: 'signed-out' }),
      () => live && setState({ status: 'signed-out' }),
    );
    return () => {
      live = false;
    };
  }, [store]);

  const signUp = useCallback(
    async (input: SignUp) => {
      const profile = await store.signUp(input);
      setState({ status: 'signed-in', profile });
      return profile;
    },
    [store],
  );
  const signOut = useCallback(async () => {
    await store.signOut();
    window.sessionStorage.clear();
    setState({ status: 'signed-out' });
  }, [store]);
  const rememberCompany = useCallback(
    async (companyId: string | null) => {
      if (state.status !== 'signed-in') return;
      const profile = await store.rememberCompany(state.profile, companyId);
      setState({ status: 'signed-in', profile });
    },
    [store, state],
  );

  const value = useMemo(
    () => ({ state, signUp, signOut, rememberCompany }),
    [state, signUp, signOut, rememberCompany],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in profile; only for pages behind `<RequireSession>`. */
export function useProfile(): Profile {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useProfile needs a signed-in session');
  return state.profile;
}
