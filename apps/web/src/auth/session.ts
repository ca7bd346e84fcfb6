/**
 * The tokens of the signed-in user. The access token is short-lived; the refresh token is used once
 * (`vernieuwToken` rotates it, and a reused one revokes the whole family), so refreshing must happen
 * once at a time — also across browser tabs, which share the storage.
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token no longer works. */
  expiresAt: number;
}

export interface TokenPayload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export const STORAGE_KEY = 'matchpunt.sessie';
/** Refresh a little before the access token expires, so a request does not race its expiry. */
const EARLY_MS = 30_000;

const VERNIEUW = `mutation VernieuwToken($refreshToken: String!) {
  vernieuwToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }
}`;

export interface SessionOptions {
  storage?: Storage;
  fetch?: typeof fetch;
  endpoint?: string;
  now?: () => number;
  /** Serialises refreshes across tabs; Web Locks where the browser has them. */
  lock?: <T>(work: () => Promise<T>) => Promise<T>;
}

export class Session {
  private readonly storage: Storage;
  private readonly fetcher: typeof fetch;
  private readonly endpoint: string;
  private readonly now: () => number;
  private readonly lock: <T>(work: () => Promise<T>) => Promise<T>;
  private inFlight: Promise<string | null> | null = null;
  private readonly expiredListeners = new Set<() => void>();

  constructor(options: SessionOptions = {}) {
    this.storage = options.storage ?? window.localStorage;
    this.fetcher = options.fetch ?? ((...args) => window.fetch(...args));
    this.endpoint = options.endpoint ?? '/graphql';
    this.now = options.now ?? Date.now;
    this.lock = options.lock ?? webLock;
  }

  get(): Tokens | null {
    try {
      const raw = this.storage.getItem(STORAGE_KEY);
      if (!raw) return null;
      const tokens = JSON.parse(raw) as Tokens;
      return tokens.accessToken && tokens.refreshToken ? tokens : null;
    } catch {
      return null;
    }
  }

  save(payload: TokenPayload): Tokens {
    const tokens = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      expiresAt: this.now() + payload.expiresIn * 1000,
    };
    this.storage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    return tokens;
  }

  clear(): void {
    this.storage.removeItem(STORAGE_KEY);
  }

  /** Called when the session ends without the user asking (the refresh token no longer works). */
  onExpired(listener: () => void): () => void {
    this.expiredListeners.add(listener);
    return () => this.expiredListeners.delete(listener);
  }

  /** An access token that is still valid, refreshing first when it is (almost) expired; null when signed out. */
  async accessToken(): Promise<string | null> {
    const tokens = this.get();
    if (!tokens) return null;
    if (tokens.expiresAt - EARLY_MS > this.now()) return tokens.accessToken;
    return this.refresh(tokens.accessToken);
  }

  /**
   * Gets a new access token with the refresh token. `rejected` is the access token the API refused:
   * when another request or tab has already replaced it, that newer token is used instead of refreshing
   * again. Answers null (and ends the session) when the API no longer accepts the refresh token; throws
   * when the API cannot be reached, so an offline moment does not sign the user out.
   */
  refresh(rejected?: string): Promise<string | null> {
    this.inFlight ??= this.lock(() => this.refreshNow(rejected)).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async refreshNow(rejected?: string): Promise<string | null> {
    const tokens = this.get();
    if (!tokens) return null;
    if (rejected && tokens.accessToken !== rejected && tokens.expiresAt - EARLY_MS > this.now())
      return tokens.accessToken;
    const response = await this.fetcher(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operationName: 'VernieuwToken',
        query: VERNIEUW,
        variables: { refreshToken: tokens.refreshToken },
      }),
    });
    let body: { data?: { vernieuwToken?: TokenPayload } | null; errors?: { extensions?: { code?: string } }[] };
    try {
      body = await response.json();
    } catch {
      throw new Error(`vernieuwToken: HTTP ${response.status}`);
    }
    const payload = body.data?.vernieuwToken;
    if (payload) return this.save(payload).accessToken;
    if (body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
      this.expire();
      return null;
    }
    throw new Error(`vernieuwToken: ${JSON.stringify(body.errors ?? response.status)}`);
  }

  /** Ends the session because the API no longer accepts it. */
  expire(): void {
    this.clear();
    for (const listener of this.expiredListeners) listener();
  }
}

function webLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('matchpunt-vernieuw-token', work) : work();
}
