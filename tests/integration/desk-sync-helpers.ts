// Desks for sync integration tests: the real renderer sync code (DeskSync, engine, Dexie on
// fake-indexeddb, Node's fetch) against the real sync server process. A desk can lose and regain
// its network; everything else is the product as it runs.
import 'fake-indexeddb/auto';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { createDeskDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { memoryTokenStore } from '../../renderer/sync/auth';
import { DeskSync } from '../../renderer/sync/desk-sync';
import type { SyncEngine } from '../../renderer/sync/engine';
import type { FetchLike } from '../../renderer/sync/transport';
import { deskOf } from '../../renderer/db/desk';
import type { Desk } from '../../renderer/db/run';
import type { UserId } from '../../shared/domain/ids';

export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

export class TestDesk {
  online = true;
  readonly storage = memoryStorage();
  readonly sync: DeskSync;
  /** Requests this desk sent (path), for assertions about what went over the wire. */
  readonly requests: string[] = [];

  constructor(
    readonly name: string,
    readonly serverUrl: string,
    options: { pollIntervalMs?: number } = {},
  ) {
    const fetchFn: FetchLike = async (url, init) => {
      this.requests.push(new URL(url).pathname);
      if (!this.online) throw new TypeError('fetch failed: network is down');
      return fetch(url, init);
    };
    const prefix = `${name}-${Math.random().toString(36).slice(2)}`;
    this.sync = new DeskSync({
      storage: this.storage,
      fetch: fetchFn,
      tokenStore: () => memoryTokenStore(),
      openDb: (dbName) => createDeskDatabase(`${prefix}-${dbName}`),
      engine: {
        events: null,
        pollIntervalMs: options.pollIntervalMs ?? 60_000,
        backoff: { baseMs: 100, capMs: 400 },
        pushDebounceMs: 20,
      },
    });
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.sync.signIn(this.serverUrl, email, password);
  }

  get db(): DeskDatabase {
    const db = this.sync.snapshot().db;
    if (!db) throw new Error(`${this.name} is not signed in`);
    return db;
  }

  get engine(): SyncEngine {
    const engine = this.sync.snapshot().engine;
    if (!engine) throw new Error(`${this.name} is not signed in`);
    return engine;
  }

  get userId(): UserId {
    const account = this.sync.snapshot().account;
    if (!account) throw new Error(`${this.name} is not signed in`);
    return account.user.id;
  }

  /** The desk verbs run on, as the signed-in person. */
  desk(): Desk {
    const account = this.sync.snapshot().account;
    if (!account) throw new Error(`${this.name} is not signed in`);
    return deskOf(this.db, account.user, account.organisation);
  }

  /** Waits until the first full snapshot is on the desk. */
  async initialSync(ms = 30_000): Promise<void> {
    await waitFor(
      () => this.sync.snapshot().status?.initialSyncDone === true,
      ms,
      `${this.name} initial sync`,
    );
  }

  async close(): Promise<void> {
    const db = this.sync.snapshot().db;
    await this.sync.close();
    if (db) await db.delete();
  }
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  ms = 10_000,
  what = 'condition',
): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - started;
}
