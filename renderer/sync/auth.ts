// The signed-in session on this desk: the access token lives in memory only; the refresh token
// lives where the platform keeps secrets (desktop: Electron safeStorage through IPC; browser: the
// server's HttpOnly `sd_refresh` cookie, so the page never sees it). Refreshes are single-flight
// and, across tabs, serialised with a Web Lock: refresh tokens rotate, and two tabs presenting
// the same one would end the session for both.
import type { SyncSession } from '../../shared/sync/protocol';
import { SyncHttpError } from './errors';
import { withLock } from './mutex';
import type { HttpTransport } from './transport';

/** Where the refresh token is kept between launches. */
export type TokenStore = {
  /** The stored token, or null (browser: always null, the cookie is used instead). */
  load(): Promise<string | null>;
  save(token: string): Promise<void>;
  clear(): Promise<void>;
};

/** For browsers: the HttpOnly cookie is the store; the page keeps nothing. */
export const cookieTokenStore: TokenStore = {
  load: async () => null,
  save: async () => undefined,
  clear: async () => undefined,
};

/** In memory only (tests, and a desk that must not remember anyone). */
export function memoryTokenStore(initial: string | null = null): TokenStore & {
  current: () => string | null;
} {
  let token = initial;
  return {
    load: async () => token,
    save: async (t) => void (token = t),
    clear: async () => void (token = null),
    current: () => token,
  };
}

/** Refresh this long before the access token runs out, so requests rarely meet a 401. */
const REFRESH_MARGIN_MS = 60_000;

/** Assumed lifetime of an access token whose expiry the desk clock cannot judge. */
const FALLBACK_TTL_MS = 10 * 60_000;

export type SessionInfo = Pick<SyncSession, 'user' | 'organisation'>;

export class AuthSession {
  private accessToken: string | null = null;
  private accessExpiresAt = 0;
  private info: SessionInfo | null = null;
  private refreshing: Promise<SyncSession> | null = null;
  private readonly listeners = new Set<(info: SessionInfo | null) => void>();

  constructor(
    readonly transport: HttpTransport,
    private readonly store: TokenStore,
    private readonly lockName = `salesdesk-auth:${transport.baseUrl}`,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): SessionInfo | null {
    return this.info;
  }

  /** Signs in with email and password; the refresh token goes to the store. */
  async signIn(email: string, password: string, clientId: string): Promise<SyncSession> {
    const session = await this.transport.signIn({ email, password, clientId });
    await this.accept(session);
    return session;
  }

  /** Resumes the last session with the stored token (or cookie); throws if it is over. */
  resume(): Promise<SyncSession> {
    return this.refresh();
  }

  /** A fresh access token pair; single-flight within the page, serialised across tabs. */
  refresh(): Promise<SyncSession> {
    this.refreshing ??= withLock(this.lockName, async () => {
      const token = await this.store.load();
      const session = await this.transport.refresh(token);
      await this.accept(session);
      return session;
    }).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /**
   * Runs `request` with a valid access token. A 401 `tokenExpired` refreshes once and retries;
   * any other failure is the caller's.
   */
  async authorized<T>(request: (token: string) => Promise<T>): Promise<T> {
    if (!this.accessToken || this.now() > this.accessExpiresAt - REFRESH_MARGIN_MS) {
      await this.refresh();
    }
    const token = this.accessToken as string;
    try {
      return await request(token);
    } catch (error) {
      if (!(error instanceof SyncHttpError) || error.status !== 401) throw error;
      if (error.code !== 'tokenExpired') throw error;
      // Another request may have refreshed meanwhile; only refresh if ours is still current.
      if (this.accessToken === token) await this.refresh();
      return request(this.accessToken as string);
    }
  }

  /** Ends the session on the server (best effort) and forgets every token on this desk. */
  async signOut(): Promise<void> {
    const token = this.accessToken;
    const refreshToken = await this.store.load().catch(() => null);
    try {
      if (token) await this.transport.signOut(token, refreshToken);
    } catch {
      // Offline or already over: the local tokens go anyway; the server's expire by themselves.
    }
    await this.forget();
  }

  /** Forgets the tokens without telling the server (the session is already over). */
  async forget(): Promise<void> {
    this.accessToken = null;
    this.accessExpiresAt = 0;
    await this.store.clear();
    this.setInfo(null);
  }

  onChange(listener: (info: SessionInfo | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async accept(session: SyncSession): Promise<void> {
    this.accessToken = session.accessToken;
    // The expiry is on the server's clock; a desk clock far off must not mean "refresh on every
    // request" (then a 401 tokenExpired tells us instead).
    const left = session.accessExpiresAt - this.now();
    this.accessExpiresAt = this.now() + (left > 2 * REFRESH_MARGIN_MS ? left : FALLBACK_TTL_MS);
    await this.store.save(session.refreshToken);
    this.setInfo({ user: session.user, organisation: session.organisation });
  }

  private setInfo(info: SessionInfo | null): void {
    this.info = info;
    for (const l of this.listeners) l(info);
  }
}
