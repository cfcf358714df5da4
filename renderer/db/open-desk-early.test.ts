// public/open-desk-early.js: the page opens the desk's last database before the app loads, and
// never creates one that is gone. The app notes the one it opens (deskDb, DeskSync).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeskDatabase } from './schema';
import { deskDb, LAST_DESK_DB_KEY } from './desk-db';
import script from '../public/open-desk-early.js?raw';

/** Runs the script and resolves once its request to open is answered or refused. */
async function runScript(): Promise<IDBOpenDBRequest | null> {
  const open = vi.spyOn(indexedDB, 'open');
  let request: IDBOpenDBRequest | undefined;
  try {
    new Function(script)();
    request = open.mock.results[0]?.value as IDBOpenDBRequest | undefined;
  } finally {
    open.mockRestore();
  }
  if (!request) return null;
  await new Promise((resolve) => {
    request.addEventListener('success', resolve);
    request.addEventListener('error', resolve);
  });
  return request;
}

afterEach(() => window.localStorage.clear());

describe('opening the desk database early', () => {
  it('notes the database the app opens', () => {
    deskDb('someone');
    expect(window.localStorage.getItem(LAST_DESK_DB_KEY)).toBe('salesdesk-someone');
  });

  it('opens the noted database; an upgrade after it still opens', async () => {
    const name = `early-${Math.random()}`;
    const existing = createDeskDatabase(name);
    await existing.open();
    existing.close();
    window.localStorage.setItem(LAST_DESK_DB_KEY, name);
    const request = await runScript();
    expect(request?.error).toBeNull();
    expect((request?.result as IDBDatabase | undefined)?.name).toBe(name);
    // An upgrade after it (a newer app's schema) opens. (fake-indexeddb does not hold an upgrade
    // for an open connection as Chromium does, so the script's close on versionchange is not
    // what this shows.)
    const upgrade = indexedDB.open(name, existing.verno * 10 + 1);
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      upgrade.onsuccess = () => resolve(upgrade.result);
      upgrade.onerror = () => reject(upgrade.error ?? new Error('not opened'));
    });
    upgraded.close();
    await createDeskDatabase(name).delete();
  });

  it('does not create a database that is gone, and does nothing with none noted', async () => {
    const name = `gone-${Math.random()}`;
    window.localStorage.setItem(LAST_DESK_DB_KEY, name);
    await runScript();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    window.localStorage.clear();
    expect(await runScript()).toBeNull();
  });
});
