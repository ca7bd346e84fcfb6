import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOGOUT, ME, type AuthPayload, type Gebruiker } from '../api/operations';
import { STORAGE_KEY, type Session } from './session';

/** Why the user is signed out: shown once on the login page. */
export type SignedOutReason = 'verlopen' | 'uitgelogd' | undefined;

export type AuthState =
  | { status: 'laden' }
  | { status: 'fout'; retry: () => void }
  | { status: 'uit'; reason?: SignedOutReason }
  | { status: 'in'; user: Gebruiker };

interface AuthContextValue {
  state: AuthState;
  signIn(payload: AuthPayload): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ session, children }: { session: Session; children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<AuthState>(() => (session.get() ? { status: 'laden' } : { status: 'uit' }));

  const loadMe = useCallback(async () => {
    if (!session.get()) return setState({ status: 'uit' });
    setState({ status: 'laden' });
    try {
      const { data } = await client.query({ query: ME, fetchPolicy: 'network-only' });
      if (data) setState({ status: 'in', user: data.me });
      else setState({ status: 'uit' });
    } catch (error) {
      if (CombinedGraphQLErrors.is(error) || !session.get()) {
        session.clear();
        setState({ status: 'uit', reason: 'verlopen' });
      } else {
        setState({ status: 'fout', retry: () => void loadMe() });
      }
    }
  }, [client, session]);

  useEffect(() => {
    if (session.get()) void loadMe();
  }, [loadMe, session]);

  useEffect(
    () =>
      session.onExpired(() => {
        void client.clearStore();
        setState({ status: 'uit', reason: 'verlopen' });
      }),
    [client, session],
  );

  // Signing in or out in another tab changes the shared storage: follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      if (!event.newValue) {
        void client.clearStore();
        setState({ status: 'uit', reason: 'uitgelogd' });
      } else if (!event.oldValue) {
        void loadMe();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client, loadMe]);

  const signIn = useCallback(
    (payload: AuthPayload) => {
      session.save(payload);
      setState({ status: 'in', user: payload.gebruiker });
    },
    [session],
  );

  const signOut = useCallback(async () => {
    const tokens = session.get();
    session.clear();
    setState({ status: 'uit', reason: 'uitgelogd' });
    await client.clearStore();
    if (tokens) {
      // Revokes the refresh token; when the API cannot be reached the tokens are gone from this browser anyway.
      await client
        .mutate({ mutation: LOGOUT, variables: { refreshToken: tokens.refreshToken } })
        .catch(() => undefined);
    }
  }, [client, session]);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useUser(): Gebruiker {
  const { state } = useAuth();
  if (state.status !== 'in') throw new Error('useUser without a signed-in user');
  return state.user;
}
