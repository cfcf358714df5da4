// The desk's connection to a sync server, from sign-in to sign-out: opens the signed-in person's
// own local database (salesdesk-<orgId>-<userId>), runs the sync engine on it, resumes after a
// reload (offline too: the local data is there), and wipes that database on sign-out. Plain
// TypeScript; React reads it through `subscribe`/`snapshot` (renderer/app/sync).
import type {
  DeskPhone,
  PhoneDirectory,
  PresenceInput,
  Wallboard,
  SipAccountInput,
  TelephonySettingsInput,
  TelephonyView,
} from '../../shared/domain/telephony';
import { uuidv7 } from '../../shared/domain/ids';
import type { SyncSession } from '../../shared/sync/protocol';
import { deskDatabaseName, rememberDeskDb } from '../db/desk-db';
import { createDeskDatabase, type DeskDatabase } from '../db/schema';
import {
  accountDbKey,
  loadAccount,
  loadDiscarded,
  saveAccount,
  saveDiscarded,
  type Account,
  type DiscardedNote,
} from './account';
import { AuthSession, type TokenStore } from './auth';
import { SyncEngine, type LiveEvent, type SyncEngineOptions, type SyncStatus } from './engine';
import { isSessionOver, isUpgradeRequired, SyncHttpError } from './errors';
import { platformTokenStore } from './token-stores';
import { HttpTransport, type FetchLike } from './transport';

export type DeskSyncPhase =
  /** No server session: the sign-in screen (and the offline demo). */
  | 'signedOut'
  /** Working against a server (possibly offline, possibly still downloading). */
  | 'active';

export type DeskSyncSnapshot = {
  phase: DeskSyncPhase;
  account: Account | null;
  db: DeskDatabase | null;
  engine: SyncEngine | null;
  status: SyncStatus | null;
  /** Why the last session ended, for the sign-in screen ('sessionExpired', …). */
  endedBecause: string | null;
  /** The server refuses this version of the desk: only "please update" makes sense. */
  upgradeRequired: boolean;
  /**
   * The server ended the session and this desk deleted the person's data: how many unsent
   * changes went with it (0: none), for the sign-in screen. Null otherwise.
   */
  discardedUnsent: number | null;
};

/** Codes that mean the server ended the session (not that it ran out): the data must go. */
export function endedByServer(code: string | null | undefined): code is DiscardedNote['reason'] {
  return code === 'sessionEnded' || code === 'userDisabled';
}

export type DeskSyncOptions = {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  fetch?: FetchLike;
  tokenStore?: (serverUrl: string) => TokenStore;
  engine?: Partial<Omit<SyncEngineOptions, 'db' | 'auth'>>;
  /** Opens a database by name (tests give each desk its own). */
  openDb?: (name: string) => DeskDatabase;
};

const SIGNED_OUT: DeskSyncSnapshot = {
  phase: 'signedOut',
  account: null,
  db: null,
  engine: null,
  status: null,
  endedBecause: null,
  upgradeRequired: false,
  discardedUnsent: null,
};

export class DeskSync {
  private snap: DeskSyncSnapshot = SIGNED_OUT;
  private readonly listeners = new Set<() => void>();
  private readonly liveListeners = new Set<(e: LiveEvent) => void>();
  private unsubscribeEngine: (() => void) | null = null;

  constructor(private readonly options: DeskSyncOptions) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): DeskSyncSnapshot => this.snap;

  /** What the live stream says, from whichever session is active (SyncEngine.onLive). */
  readonly onLive = (listener: (e: LiveEvent) => void): (() => void) => {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  };

  /** The remembered account, if any (before `resume`). */
  rememberedAccount(): Account | null {
    return loadAccount(this.options.storage);
  }

  /**
   * Signs in with email and password, opens this person's database and starts syncing. Throws
   * SyncHttpError (badCredentials, tooManyAttempts, userDisabled, upgradeRequired, …) or
   * NetworkError; nothing changes on the desk then.
   */
  async signIn(serverUrl: string, email: string, password: string): Promise<Account> {
    const transport = this.transport(serverUrl);
    const auth = new AuthSession(transport, this.tokenStore(transport.baseUrl));
    let session: SyncSession;
    const signInClientId = uuidv7();
    try {
      session = await auth.signIn(email.trim(), password, signInClientId);
    } catch (error) {
      if (isUpgradeRequired(error)) this.set({ upgradeRequired: true });
      throw error;
    }
    const account: Account = {
      serverUrl: transport.baseUrl,
      user: session.user,
      organisation: session.organisation,
    };
    await this.activate(account, auth, signInClientId);
    auth.onChange((info) => info && this.updateAccount({ ...account, ...info }));
    return account;
  }

  /**
   * Puts the remembered person back after a reload: their local database opens at once (offline
   * too), then the session is refreshed. Resolves false when there is nobody to resume or their
   * session is over (the sign-in screen then says why).
   */
  async resume(): Promise<boolean> {
    const account = this.rememberedAccount();
    if (!account) return false;
    const transport = this.transport(account.serverUrl);
    const auth = new AuthSession(transport, this.tokenStore(transport.baseUrl));
    try {
      const session = await auth.resume();
      account.user = session.user;
      account.organisation = session.organisation;
    } catch (error) {
      if (isUpgradeRequired(error)) {
        this.set({ upgradeRequired: true });
        return false;
      }
      if (isSessionOver(error)) {
        const code = codeOf(error);
        saveAccount(this.options.storage, null);
        this.set({ ...SIGNED_OUT, endedBecause: code });
        if (endedByServer(code)) {
          await auth.forget();
          const db = this.openDb(deskDatabaseName(accountDbKey(account)));
          await this.discard(db, account, code);
        }
        return false;
      }
      // Unreachable: work offline on the local data; the engine refreshes once it can.
    }
    await this.activate(account, auth, null);
    auth.onChange((info) => info && this.updateAccount({ ...account, ...info }));
    return true;
  }

  /** Outbox entries not yet accepted by the server. */
  async pendingChanges(): Promise<number> {
    return (await this.snap.db?.outbox.count()) ?? 0;
  }

  /**
   * Call recordings the server does not hold yet (recorded, waiting or refused): signing out
   * deletes them with the rest of the desk's data.
   */
  async pendingRecordings(): Promise<number> {
    const db = this.snap.db;
    if (!db) return 0;
    return db.recordings.where('status').anyOf(['recording', 'sealed', 'failed']).count();
  }

  /** One sync cycle now; resolves with what is still unsent (0 = safe to sign out). */
  async syncNow(): Promise<number> {
    try {
      await this.snap.engine?.syncNow();
    } catch {
      // The status shows why; the count says what is left.
    }
    return this.pendingChanges();
  }

  /**
   * Signs out: ends the server session (best effort), forgets the token, and DELETES this
   * person's local database — unsent changes included, so callers warn first (pendingChanges).
   */
  async signOut(): Promise<void> {
    const { engine, db } = this.snap;
    this.unsubscribeEngine?.();
    this.unsubscribeEngine = null;
    await engine?.stop();
    await this.auth?.signOut();
    this.auth = null;
    saveAccount(this.options.storage, null);
    this.set({ ...SIGNED_OUT });
    if (db) {
      db.close();
      await db.delete();
    }
  }

  /**
   * The signed-in person's phone, fetched now (ephemeral credentials are minted per request and
   * kept only in memory); null when no account is set or the server says the settings are
   * incomplete. Throws when the server cannot be reached.
   */
  async phone(): Promise<DeskPhone | null> {
    const auth = this.auth;
    if (!auth) return null;
    try {
      return await auth.authorized((token) => auth.transport.phone(token));
    } catch (error) {
      if (error instanceof SyncHttpError && (error.status === 404 || error.status === 409))
        return null;
      throw error;
    }
  }

  /**
   * Telephony administration on the server (administrators only; the server refuses others).
   * Throws SyncHttpError with the server's code and message (invalidRequest names the field).
   */
  readonly telephonyAdmin = {
    read: (): Promise<TelephonyView> => this.authorized((t, a) => a.transport.telephonyAdmin(t)),
    save: (body: TelephonySettingsInput): Promise<void> =>
      this.authorized((t, a) => a.transport.putTelephony(t, body)),
    saveAccount: (userId: string, body: SipAccountInput): Promise<void> =>
      this.authorized((t, a) => a.transport.putSipAccount(t, userId, body)),
    removeAccount: (userId: string): Promise<void> =>
      this.authorized((t, a) => a.transport.deleteSipAccount(t, userId)),
  };

  /** Reports the agent's state (best effort: the next heartbeat repeats it). */
  reportPresence(input: PresenceInput): Promise<void> {
    return this.authorized((t, a) => a.transport.putPresence(t, input));
  }

  /** Colleagues' extensions, for handing a live call on. */
  phoneDirectory(): Promise<PhoneDirectory> {
    return this.authorized((t, a) => a.transport.phoneDirectory(t));
  }

  /** The states of the agents the signed-in supervisor watches. */
  wallboard(): Promise<Wallboard> {
    return this.authorized((t, a) => a.transport.wallboard(t));
  }

  /**
   * Runs `request` with the signed-in person's access token and their server's address (the
   * token refreshed once when stale): account calls outside the sync protocol (features/accounts).
   */
  withAccess<T>(request: (token: string, serverUrl: string) => Promise<T>): Promise<T> {
    return this.authorized((token, auth) => request(token, auth.transport.baseUrl));
  }

  private authorized<T>(request: (token: string, auth: AuthSession) => Promise<T>): Promise<T> {
    const auth = this.auth;
    if (!auth) return Promise.reject(new Error('Not signed in to a server.'));
    return auth.authorized((token) => request(token, auth));
  }

  /** Stops syncing without signing out (window closing, tests). */
  async close(): Promise<void> {
    this.unsubscribeEngine?.();
    this.unsubscribeEngine = null;
    await this.snap.engine?.stop();
    this.snap.db?.close();
  }

  // -------------------------------------------------------------------------------------------

  private auth: AuthSession | null = null;

  private transport(serverUrl: string): HttpTransport {
    return new HttpTransport({
      baseUrl: serverUrl,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }

  private tokenStore(serverUrl: string): TokenStore {
    return (this.options.tokenStore ?? platformTokenStore)(serverUrl);
  }

  private async activate(
    account: Account,
    auth: AuthSession,
    signInClientId: string | null,
  ): Promise<void> {
    await this.close();
    const name = deskDatabaseName(accountDbKey(account));
    rememberDeskDb(this.options.storage, name);
    const db = this.openDb(name);
    await db.transaction('rw', [db.meta, db.users], async () => {
      // A new database pushes as the client that signed in; an existing one keeps its id (the
      // server tracks the last applied seq per client id).
      if (signInClientId && !(await db.meta.get('clientId'))) {
        await db.meta.put({ key: 'clientId', value: signInClientId });
      }
      await db.meta.put({ key: 'organisation', value: account.organisation });
      await db.users.put(account.user);
    });
    saveAccount(this.options.storage, account);
    this.auth = auth;
    const engine = new SyncEngine({ db, auth, ...this.options.engine });
    await engine.restore();
    this.set({
      phase: 'active',
      account,
      db,
      engine,
      status: engine.status,
      endedBecause: null,
      upgradeRequired: false,
      discardedUnsent: null,
    });
    const stopStatus = engine.subscribe((status) => this.onStatus(status));
    const stopLive = engine.onLive((e) => {
      for (const l of this.liveListeners) l(e);
    });
    this.unsubscribeEngine = () => {
      stopStatus();
      stopLive();
    };
    engine.start();
    void this.reportDiscarded(auth);
  }

  private onStatus(status: SyncStatus): void {
    if (status.state === 'upgradeRequired') {
      this.set({ status, upgradeRequired: true });
      return;
    }
    if (status.state === 'signedOut') {
      void this.sessionOver(status.lastError?.code ?? 'sessionExpired');
      return;
    }
    this.set({ status });
  }

  /**
   * The session is over. Run out (its refresh token expired): the local database stays, and
   * signing in again as the same person sends the unsent changes. Ended by the server (the
   * person disabled, the session revoked or signed out elsewhere, its token copied): this
   * person's data leaves the desk — unsent changes too, since nobody may send them any more —
   * and how many went is shown now and told to the server's audit at the next sign-in here.
   */
  private async sessionOver(code: string): Promise<void> {
    const { db, account, engine } = this.snap;
    const auth = this.auth;
    this.unsubscribeEngine?.();
    this.unsubscribeEngine = null;
    saveAccount(this.options.storage, null);
    this.set({ ...SIGNED_OUT, endedBecause: code });
    await engine?.stop();
    if (!endedByServer(code) || !db || !account) {
      db?.close();
      return;
    }
    this.auth = null;
    await auth?.forget();
    await this.discard(db, account, code);
  }

  /** Counts the unsent changes, deletes the database, and keeps a note for the audit. */
  private async discard(
    db: DeskDatabase,
    account: Account,
    reason: DiscardedNote['reason'],
  ): Promise<void> {
    let unsent = 0;
    try {
      unsent = await db.outbox.count();
    } catch {
      // A database that cannot be read is deleted all the same; the note says 0 were counted.
    }
    db.close();
    await db.delete();
    const note: DiscardedNote = {
      serverUrl: account.serverUrl,
      userId: account.user.id,
      unsent,
      reason,
      at: Date.now(),
    };
    saveDiscarded(this.options.storage, [...loadDiscarded(this.options.storage), note]);
    if (this.snap.phase === 'signedOut') this.set({ discardedUnsent: unsent });
  }

  /** Tells the server (its audit) what earlier ended sessions deleted at this desk. */
  private async reportDiscarded(auth: AuthSession): Promise<void> {
    const server = auth.transport.baseUrl;
    for (const note of loadDiscarded(this.options.storage)) {
      if (note.serverUrl !== server) continue;
      try {
        await auth.authorized((token) =>
          auth.transport.reportDiscarded(token, {
            userId: note.userId,
            unsent: note.unsent,
            reason: note.reason,
            at: note.at,
          }),
        );
      } catch {
        return; // Offline or refused: told at the next sign-in.
      }
      saveDiscarded(
        this.options.storage,
        loadDiscarded(this.options.storage).filter(
          (n) => !(n.serverUrl === note.serverUrl && n.userId === note.userId && n.at === note.at),
        ),
      );
    }
  }

  private openDb(name: string): DeskDatabase {
    return (this.options.openDb ?? createDeskDatabase)(name);
  }

  private updateAccount(account: Account): void {
    if (this.snap.phase !== 'active') return;
    saveAccount(this.options.storage, account);
    this.set({ account });
  }

  private set(patch: Partial<DeskSyncSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }
}

function codeOf(error: unknown): string {
  return error instanceof SyncHttpError ? error.code : 'sessionExpired';
}
