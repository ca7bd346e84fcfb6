import { ApolloLink, execute, gql, ApolloClient, InMemoryCache } from '@apollo/client';
import { firstValueFrom, Observable, of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { Session } from '../auth/session';
import { authLink } from './client';

const ME = gql`
  query Me {
    me {
      naam
    }
  }
`;
const LOGIN = gql`
  mutation Login {
    login(input: { email: "x", wachtwoord: "y" }) {
      accessToken
    }
  }
`;

function terminating(answer: (authorization: string | undefined) => ApolloLink.Result) {
  const seen: (string | undefined)[] = [];
  const link = new ApolloLink((operation) => {
    const authorization = (operation.getContext().headers as Record<string, string> | undefined)?.authorization;
    seen.push(authorization);
    return of(answer(authorization)) as Observable<ApolloLink.Result>;
  });
  return { link, seen };
}

const unauthenticated: ApolloLink.Result = {
  errors: [{ message: 'Log opnieuw in.', extensions: { code: 'UNAUTHENTICATED' } }],
};
const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });

describe('authLink', () => {
  it('sends the access token, and after UNAUTHENTICATED refreshes and tries once more', async () => {
    const session = new Session({ storage: window.localStorage, lock: (work) => work() });
    session.save({ accessToken: 'oud', refreshToken: 'r', expiresIn: 900 });
    const refresh = vi.spyOn(session, 'refresh').mockImplementation(async () => {
      session.save({ accessToken: 'nieuw', refreshToken: 'r2', expiresIn: 900 });
      return 'nieuw';
    });
    const { link, seen } = terminating((authorization) =>
      authorization === 'Bearer nieuw' ? { data: { me: { naam: 'Bram' } } } : unauthenticated,
    );
    const result = await firstValueFrom(execute(ApolloLink.from([authLink(session), link]), { query: ME }, { client }));
    expect(result).toEqual({ data: { me: { naam: 'Bram' } } });
    expect(seen).toEqual(['Bearer oud', 'Bearer nieuw']);
    expect(refresh).toHaveBeenCalledWith('oud');
  });

  it('passes the error on when the session cannot be refreshed', async () => {
    const session = new Session({ storage: window.localStorage, lock: (work) => work() });
    session.save({ accessToken: 'oud', refreshToken: 'r', expiresIn: 900 });
    vi.spyOn(session, 'refresh').mockResolvedValue(null);
    const { link, seen } = terminating(() => unauthenticated);
    expect(
      await firstValueFrom(execute(ApolloLink.from([authLink(session), link]), { query: ME }, { client })),
    ).toEqual(unauthenticated);
    expect(seen).toEqual(['Bearer oud']);
  });

  it('does not refresh for a failed login', async () => {
    const session = new Session({ storage: window.localStorage, lock: (work) => work() });
    const refresh = vi.spyOn(session, 'refresh');
    const { link } = terminating(() => unauthenticated);
    expect(
      await firstValueFrom(execute(ApolloLink.from([authLink(session), link]), { query: LOGIN }, { client })),
    ).toEqual(unauthenticated);
    expect(refresh).not.toHaveBeenCalled();
  });
});
