// A desk that dies mid-sync: Chromium is killed for real (SIGKILL to its whole process group)
// while a push or a pull is in flight — the server's answer held back by the fault proxy — then
// started again on the same profile. It must sign back in and converge with nothing lost and
// nothing doubled.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ChromiumProcess } from '../integration/sync/chromium-process';
import { FaultProxy } from '../integration/sync/fault-proxy';
import { ServerProcess } from '../integration/sync/server-process';
import { serverTruth } from '../integration/sync/truth';
import { HunterPage } from './pages/hunter-page';
import { ServerSignInPage } from './pages/server-sign-in-page';
import { openAtWorkday } from './pages/sign-in-page';

test.describe.configure({ mode: 'serial' });

const FAISAL = {
  id: '01900000-0000-7000-8000-000000000202',
  email: 'faisal.alotaibi@rawaa.example',
};
const SARAH = { id: '01900000-0000-7000-8000-000000000401', email: 'sarah.mitchell@rawaa.example' };

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });
let proxy: FaultProxy;
const profiles: string[] = [];
const browsers: ChromiumProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await server.start();
  proxy = new FaultProxy({
    target: () => ({ host: '127.0.0.1', port: server.port }),
    seed: 'crash',
  });
  await proxy.start();
});

test.afterAll(async () => {
  for (const b of browsers) await b.close();
  await proxy?.close();
  await server.stop();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
});

function newProfile(): ChromiumProcess {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-crash-'));
  profiles.push(dir);
  const chrome = new ChromiumProcess(dir);
  browsers.push(chrome);
  return chrome;
}

const openDesk = (context: BrowserContext): Promise<Page> => openAtWorkday(context, proxy.url);

/** After a restart: the session comes back by itself, or the person signs in again. */
async function backAtDesk(page: Page, email: string): Promise<'resumed' | 'signedInAgain'> {
  const signIn = new ServerSignInPage(page);
  const title = page.getByTestId('app-title');
  await expect(title.or(signIn.form)).toBeVisible({ timeout: 30_000 });
  if (await title.isVisible()) return 'resumed';
  await signIn.signIn(email);
  return 'signedInAgain';
}

type DeskContents = {
  leads: string[];
  activities: string[];
  outboxActivities: string[];
  outbox: number;
};

/** What the desk's own IndexedDB holds for `userId`, read without the app's code. */
function deskContents(page: Page, userId: string): Promise<DeskContents> {
  return page.evaluate(async (userId) => {
    const name = (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .find((n) => n.startsWith('salesdesk-') && n.endsWith(userId));
    if (!name) return { leads: [], activities: [], outboxActivities: [], outbox: 0 };
    return new Promise<DeskContents>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['leads', 'activities', 'outbox'], 'readonly');
        const leads = tx.objectStore('leads').getAllKeys();
        const acts = tx.objectStore('activities').getAllKeys();
        const outbox = tx.objectStore('outbox').getAll();
        tx.oncomplete = () => {
          const entries = outbox.result as { effects?: { activities?: { id: string }[] } }[];
          resolve({
            leads: (leads.result as string[]).map(String),
            activities: (acts.result as string[]).map(String),
            outboxActivities: entries.flatMap((e) =>
              (e.effects?.activities ?? []).map((a) => a.id),
            ),
            outbox: entries.length,
          });
          db.close();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, userId);
}

test('a desk killed while its push is in flight comes back and every call is on the server exactly once', async () => {
  test.setTimeout(240_000);
  const chrome = newProfile();
  let context = await chrome.launch();
  let page = await openDesk(context);
  const signIn = new ServerSignInPage(page);
  await signIn.signIn(FAISAL.email);
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 30_000 });

  // Offline, the hunter logs a run of calls: they wait in the outbox.
  const hunter = new HunterPage(page);
  await hunter.open();
  await context.setOffline(true);
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'offline');
  await hunter.nextLead();
  const keys = ['1', '2', '1', '3', '1', '2'];
  for (const key of keys) await hunter.dispositionByKey(key);
  await expect(signIn.syncChip).toHaveAttribute('data-pending', String(keys.length));
  const calls = (await deskContents(page, FAISAL.id)).outboxActivities;
  expect(calls.length).toBeGreaterThanOrEqual(keys.length);

  // Back online the push goes out; the server commits it, and the desk dies before the answer.
  const hold = proxy.hold((_m, path) => path === '/api/sync/push', 'response');
  await context.setOffline(false);
  await hold.arrived;
  await chrome.kill();
  hold.release();

  // Started again on the same profile: the calls are still there, then go (again) to the server.
  context = await chrome.launch();
  page = await openDesk(context);
  const how = await backAtDesk(page, FAISAL.email);
  test.info().annotations.push({ type: 'after the crash', description: how });
  console.log(`mid-push crash: ${calls.length} activities in flight; desk ${how}`);
  const again = new ServerSignInPage(page);
  await expect(again.syncChip).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await expect(again.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 30_000 });

  const truth = await serverTruth(server.url, SARAH.email);
  expect(truth.duplicateActivities).toEqual([]);
  for (const id of calls) expect(truth.activities.has(id), `call ${id} on the server`).toBe(true);
  const desk = await deskContents(page, FAISAL.id);
  expect(desk.outbox).toBe(0);
  for (const id of calls) expect(desk.activities).toContain(id);
});

test('a desk killed in the middle of its first download comes back and holds exactly what the server serves', async () => {
  test.setTimeout(240_000);
  const chrome = newProfile();
  let context = await chrome.launch();
  let page = await openDesk(context);
  const signIn = new ServerSignInPage(page);
  // The administrator's snapshot takes several pages: the second one's answer is held back.
  let pulls = 0;
  const hold = proxy.hold((_m, path) => path === '/api/sync/pull' && ++pulls === 2, 'response');
  await signIn.fill(SARAH.email);
  await hold.arrived;
  const partial = await deskContents(page, SARAH.id);
  await chrome.kill();
  hold.release();

  context = await chrome.launch();
  page = await openDesk(context);
  const how = await backAtDesk(page, SARAH.email);
  test.info().annotations.push({
    type: 'after the crash',
    description: `${how}; ${partial.leads.length} leads stored before the kill`,
  });
  console.log(`mid-pull crash: ${partial.leads.length} leads stored before the kill; desk ${how}`);
  const again = new ServerSignInPage(page);
  await expect(again.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 60_000 });

  const truth = await serverTruth(server.url, SARAH.email);
  await expect
    .poll(async () => (await deskContents(page, SARAH.id)).leads.length, { timeout: 60_000 })
    .toBe(truth.leads.size);
  const desk = await deskContents(page, SARAH.id);
  expect(new Set(desk.leads)).toEqual(new Set(truth.leads.keys()));
  expect(new Set(desk.activities)).toEqual(new Set(truth.activities.keys()));
});
