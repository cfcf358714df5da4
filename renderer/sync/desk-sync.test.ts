import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createDeskDatabase } from '../db/schema';
import { memoryTokenStore } from './auth';
import { DeskSync } from './desk-sync';
import { SyncHttpError } from './errors';
import { FAKE_ORGANISATION_ID, FAKE_USER, FakeSyncServer } from './testing/fake-sync-server';
import { wireLead } from './testing/wire-lead';

function memoryStorage(): Storage {
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

/** The database a person gets: one per organisation and person. */
const ownDb = `salesdesk-${FAKE_ORGANISATION_ID}-${FAKE_USER.id}`;
const prefix = () => `ds-${Math.random().toString(36).slice(2)}`;
const open: DeskSync[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.close();
});

function deskSync(
  server: FakeSyncServer,
  storage: Storage,
  tokens = memoryTokenStore(),
  p = prefix(),
) {
  const sync = new DeskSync({
    storage,
    fetch: server.fetch,
    tokenStore: () => tokens,
    openDb: (name) => createDeskDatabase(`${p}-${name}`),
    engine: { live: false, events: null, backoff: { baseMs: 5, capMs: 20 }, pushDebounceMs: 5 },
  });
  open.push(sync);
  return { sync, tokens, prefix: p };
}

async function until(check: () => boolean | Promise<boolean>, ms = 3000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('DeskSync', () => {
  it('signs in into the person’s own database and downloads their data', async () => {
    const server = new FakeSyncServer();
    server.putLead(wireLead({ id: 'l1' }));
    const storage = memoryStorage();
    const { sync, tokens, prefix: p } = deskSync(server, storage);
    await sync.signIn('http://sync.test/', 'a@x.test', 'secret');
    const snap = sync.snapshot();
    expect(snap.phase).toBe('active');
    expect(snap.db?.name).toBe(`${p}-${ownDb}`);
    await until(async () => (await snap.db!.leads.count()) === 1);
    // The refresh token went to the token store, never to localStorage.
    expect(tokens.current()).toMatch(/^refresh-/);
    const everything = Array.from({ length: storage.length }, (_, i) => {
      const key = storage.key(i) ?? '';
      return `${key}=${storage.getItem(key) ?? ''}`;
    }).join('\n');
    expect(everything).toContain('salesdesk.account');
    expect(everything).not.toContain('refresh-');
    expect(storage.getItem('salesdesk.account')).toContain('"serverUrl":"http://sync.test"');
  });

  it('refuses a wrong password with the server’s code and changes nothing', async () => {
    const server = new FakeSyncServer();
    const storage = memoryStorage();
    const { sync } = deskSync(server, storage);
    const failure = await sync.signIn('http://sync.test', 'a@x.test', 'nope').catch((e) => e);
    expect(failure).toBeInstanceOf(SyncHttpError);
    expect((failure as SyncHttpError).code).toBe('badCredentials');
    expect(sync.snapshot().phase).toBe('signedOut');
    expect(storage.getItem('salesdesk.account')).toBeNull();
  });

  it('resumes after a reload on the same database, with unsent work still there', async () => {
    const server = new FakeSyncServer();
    server.putLead(wireLead({ id: 'l1' }));
    const storage = memoryStorage();
    const first = deskSync(server, storage);
    await first.sync.signIn('http://sync.test', 'a@x.test', 'secret');
    await until(() => first.sync.snapshot().status?.initialSyncDone === true);
    await first.sync.close();

    const again = deskSync(server, storage, first.tokens, first.prefix);
    expect(again.sync.rememberedAccount()?.user.id).toBe(FAKE_USER.id);
    expect(await again.sync.resume()).toBe(true);
    const snap = again.sync.snapshot();
    expect(snap.db?.name).toBe(`${first.prefix}-${ownDb}`);
    expect(await snap.db!.leads.count()).toBe(1);
    // Known from the earlier run: no download screen again.
    expect(snap.status?.initialSyncDone).toBe(true);
  });

  it('goes back to sign-in, keeping the data, when the session ran out on resume', async () => {
    const server = new FakeSyncServer();
    const storage = memoryStorage();
    const first = deskSync(server, storage);
    await first.sync.signIn('http://sync.test', 'a@x.test', 'secret');
    const name = first.sync.snapshot().db!.name;
    await first.sync.close();
    server.fail('/api/auth/refresh', { status: 401, error: 'sessionExpired', times: 5 });
    const again = deskSync(server, storage, first.tokens, first.prefix);
    await again.sync.resume();
    await until(() => again.sync.snapshot().phase === 'signedOut');
    expect(again.sync.snapshot().endedBecause).toBe('sessionExpired');
    expect(await Dexie.exists(name)).toBe(true);
  });

  it('deletes the person’s data when the server ended the session while the desk was closed', async () => {
    const server = new FakeSyncServer();
    server.putLead(wireLead({ id: 'l1' }));
    const storage = memoryStorage();
    const first = deskSync(server, storage);
    await first.sync.signIn('http://sync.test', 'a@x.test', 'secret');
    const db = first.sync.snapshot().db!;
    await until(async () => (await db.leads.count()) === 1);
    const name = db.name;
    await first.sync.close();
    server.fail('/api/auth/refresh', { status: 401, error: 'sessionEnded', times: 5 });
    const again = deskSync(server, storage, first.tokens, first.prefix);
    expect(await again.sync.resume()).toBe(false);
    const snap = again.sync.snapshot();
    expect(snap).toMatchObject({ phase: 'signedOut', endedBecause: 'sessionEnded' });
    expect(snap.discardedUnsent).toBe(0);
    expect(await Dexie.exists(name)).toBe(false);
    expect(first.tokens.current()).toBeNull();
    expect(JSON.parse(storage.getItem('salesdesk.discarded') ?? '[]')).toMatchObject([
      { userId: FAKE_USER.id, unsent: 0, reason: 'sessionEnded' },
    ]);
  });

  it('signing out wipes that person’s local database and forgets the session', async () => {
    const server = new FakeSyncServer();
    server.putLead(wireLead({ id: 'l1' }));
    const storage = memoryStorage();
    const { sync, tokens } = deskSync(server, storage);
    await sync.signIn('http://sync.test', 'a@x.test', 'secret');
    const db = sync.snapshot().db!;
    await until(async () => (await db.leads.count()) === 1);
    await sync.signOut();
    expect(await Dexie.exists(db.name)).toBe(false);
    expect(sync.snapshot().phase).toBe('signedOut');
    expect(storage.getItem('salesdesk.account')).toBeNull();
    expect(tokens.current()).toBeNull();
  });

  it('shows "update required" when the server refuses this desk’s version', async () => {
    const server = new FakeSyncServer();
    server.fail('/api/auth/sign-in', { status: 426, error: 'upgradeRequired' });
    const { sync } = deskSync(server, memoryStorage());
    await expect(sync.signIn('http://sync.test', 'a@x.test', 'secret')).rejects.toThrow();
    expect(sync.snapshot().upgradeRequired).toBe(true);
  });
});
