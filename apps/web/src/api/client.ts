import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { from, Observable, of, switchMap } from 'rxjs';
import type { Session } from '../auth/session';

/** Operations that work without a signed-in user; an UNAUTHENTICATED answer there is not an expired session. */
const PUBLIC_OPERATIONS = new Set([
  'Login',
  'VernieuwToken',
  'Logout',
  'VraagWachtwoordResetAan',
  'StelWachtwoordIn',
  'AanbodskrantLink',
  'ToonInteresseViaLink',
  'MeldAfVoorAanbodskrant',
]);

type Result = ApolloLink.Result;

export function isUnauthenticated(result: Result): boolean {
  return Boolean(result.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED'));
}

/**
 * Puts the access token on every request; when the API answers UNAUTHENTICATED (the token expired
 * or was revoked), gets a new one with `vernieuwToken` and tries the request once more.
 */
export function authLink(session: Session): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationName && PUBLIC_OPERATIONS.has(operation.operationName)) return forward(operation);
    const send = (token: string | null): Observable<Result> => {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }));
      return forward(operation);
    };
    return from(session.accessToken()).pipe(
      switchMap((token) =>
        send(token).pipe(
          switchMap((result) => {
            if (!token || !isUnauthenticated(result)) return of(result);
            return from(session.refresh(token)).pipe(switchMap((fresh) => (fresh ? send(fresh) : of(result))));
          }),
        ),
      ),
    );
  });
}

export function createApolloClient(session: Session, uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink(session), new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
