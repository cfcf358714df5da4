// public/open-desk-early.js: the page opens the desk's last database before the app loads, and
// never creates one that is gone. The app notes the one it opens (deskDb, DeskSync).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeskDatabase } from './schema';
import { deskDb, LAST_DESK_DB_KEY } from './desk-db';

const script = readFileSync(join(__dirname, '../public/open-desk-early.js'), 'utf8');
const runScript = () => new Function(script)() as void;

/** Resolves once a request to open `name` has been answered or refused (the script's own). */
async function settled(): Promise<void> {
  // A second open is answered after the script's (IndexedDB answers opens in order).
  await new Promise<void>((resolve) => {
    const probe = indexedDB.open('open-desk-early-probe');
    probe.onsuccess = () => {
      probe.result.close();
      resolve();
    };
  });
}

afterEach(() => window.localStorage.clear());

describe('opening the desk database early', () => {
  it('notes the database the app opens', () => {
    deskDb('someone');
    expect(window.localStorage.getItem(LAST_DESK_DB_KEY)).toBe('salesdesk-someone');
  });

  it('opens the noted database, which the app then opens and upgrades as usual', async () => {
    const name = `early-${Math.random()}`;
    const existing = createDeskDatabase(name);
    await existing.open();
    existing.close();
    window.localStorage.setItem(LAST_DESK_DB_KEY, name);
    runScript();
    await settled();
    // Its connection gives way to the app's (a version change closes it): the app's opens.
    const again = createDeskDatabase(name);
    await again.open();
    expect(again.verno).toBeGreaterThan(0);
    await again.delete();
  });

  it('does not create a database that is gone, and does nothing with none noted', async () => {
    const name = `gone-${Math.random()}`;
    window.localStorage.setItem(LAST_DESK_DB_KEY, name);
    runScript();
    await settled();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    window.localStorage.clear();
    expect(() => runScript()).not.toThrow();
  });
});
