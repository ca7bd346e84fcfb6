import { describe, expect, it, vi } from 'vitest';
import { Session, STORAGE_KEY } from './session';

function setup(answer: () => Promise<Response> | Response) {
  let now = 1_000_000;
  const fetch = vi.fn(async () => answer());
  const session = new Session({
    storage: window.localStorage,
    fetch: fetch as unknown as typeof window.fetch,
    now: () => now,
    lock: (work) => work(),
  });
  return { session, fetch, advance: (ms: number) => (now += ms) };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const renewed = (n: number) =>
  json({ data: { vernieuwToken: { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900 } } });

describe('Session', () => {
  it('stores the tokens with their expiry and hands out a valid access token', async () => {
    const { session, fetch } = setup(() => renewed(1));
    expect(await session.accessToken()).toBeNull();
    session.save({ accessToken: 'access-0', refreshToken: 'refresh-0', expiresIn: 900 });
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!)).toEqual({
      accessToken: 'access-0',
      refreshToken: 'refresh-0',
      expiresAt: 1_900_000,
    });
    expect(await session.accessToken()).toBe('access-0');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refreshes before the access token expires', async () => {
    const { session, fetch, advance } = setup(() => renewed(1));
    session.save({ accessToken: 'access-0', refreshToken: 'refresh-0', expiresIn: 900 });
    advance(880_000);
    expect(await session.accessToken()).toBe('access-1');
    expect(JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string).variables).toEqual({
      refreshToken: 'refresh-0',
    });
    expect(session.get()?.refreshToken).toBe('refresh-1');
  });

  it('refreshes once for requests that fail at the same time (a refresh token works only once)', async () => {
    const { session, fetch } = setup(() => renewed(1));
    session.save({ accessToken: 'access-0', refreshToken: 'refresh-0', expiresIn: 900 });
    const tokens = await Promise.all([
      session.refresh('access-0'),
      session.refresh('access-0'),
      session.refresh('access-0'),
    ]);
    expect(tokens).toEqual(['access-1', 'access-1', 'access-1']);
    expect(fetch).toHaveBeenCalledTimes(1);
    // A request that was refused with the old token after the refresh uses the new one.
    expect(await session.refresh('access-0')).toBe('access-1');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the API refuses the refresh token', async () => {
    const { session } = setup(() =>
      json({ data: null, errors: [{ message: 'Log opnieuw in.', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const expired = vi.fn();
    session.onExpired(expired);
    session.save({ accessToken: 'access-0', refreshToken: 'refresh-0', expiresIn: 900 });
    expect(await session.refresh('access-0')).toBeNull();
    expect(session.get()).toBeNull();
    expect(expired).toHaveBeenCalledOnce();
  });

  it('keeps the session when the API cannot be reached', async () => {
    const { session } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    session.save({ accessToken: 'access-0', refreshToken: 'refresh-0', expiresIn: 900 });
    await expect(session.refresh('access-0')).rejects.toThrow('Failed to fetch');
    expect(session.get()?.refreshToken).toBe('refresh-0');
  });
});
