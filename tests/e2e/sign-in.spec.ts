// Signing in to the real sync server with email and password: the desk downloads the person's
// data into their own local database, shows the sync state at all times, keeps unsent work safe
// offline, updates the supervisor's screen live, and wipes the local copy on sign-out.
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { DEMO_USER_IDS } from '../../shared/demo/organisation';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { ServerProcess } from '../integration/sync/server-process';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { ServerSignInPage } from './pages/server-sign-in-page';
import { WORKDAY_MORNING } from './pages/sign-in-page';

// One demo-mode server for this file (the shared test server has no demo accounts).
// Sign-in downloads the whole demo team: give each test more than the default 30 s.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const EMAIL = {
  daniel: 'daniel.brooks@rawaa.example', // hunter + closer + farmer, Istanbul team
  elif: 'elif.sahin@rawaa.example', // hunter, Istanbul team
  ayse: 'ayse.kaya@rawaa.example', // supervisor, Istanbul team
  mona: 'mona.abdelrahman@rawaa.example', // hunter, Gulf team, works in Arabic
  sarah: 'sarah.mitchell@rawaa.example', // administrator
};

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

async function openAt(page: Page): Promise<ServerSignInPage> {
  // A weekday morning: inside everyone's calling hours, whatever time the suite runs.
  await page.clock.install({ time: WORKDAY_MORNING });
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  return signIn;
}

/** Signs the hunter in, takes the network away and logs one call: one change waits unsent. */
async function oneCallOffline(page: Page, email: string): Promise<ServerSignInPage> {
  const signIn = await openAt(page);
  await signIn.signIn(email);
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 20_000 });
  const hunter = new HunterPage(page);
  await hunter.open();
  await page.context().setOffline(true);
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'offline');
  await hunter.nextLead();
  await hunter.dispositionByKey('2');
  await expect(signIn.syncChip).toHaveAttribute('data-pending', '1');
  return signIn;
}

test('signs in with email and password, shows the sync state, resumes on reload, and sign-out wipes the local copy', async ({
  page,
}) => {
  const signIn = await openAt(page);
  const desk = new DeskPage(page);
  // The web client proposes the server it was served from.
  await expect(signIn.server).toHaveValue(server.url);
  // The offline demo is still offered.
  await expect(page.getByText('Try the demo offline')).toBeVisible();
  await signIn.signIn(EMAIL.daniel);
  await expect(desk.userBadge).toContainText('Daniel Brooks');
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 20_000 });
  await expect(signIn.syncChip).toHaveAttribute('data-pending', '0');
  const dbs = await signIn.databases();
  const mine = dbs.find(
    (n) => n.startsWith('salesdesk-') && n.endsWith('01900000-0000-7000-8000-000000000306'),
  );
  expect(mine).toBeTruthy();

  // A call outcome goes to the server by itself.
  const hunter = new HunterPage(page);
  await hunter.open();
  await hunter.nextLead();
  await hunter.dispositionByKey('1');
  await expect(signIn.syncChip).toHaveAttribute('data-pending', '0', { timeout: 10_000 });
  await signIn.syncChip.click();
  await expect(page.getByTestId('sync-pending')).toHaveText('Every change is on the server');
  await expect(page.getByTestId('sync-last-synced')).toContainText('Last synced');
  await desk.screenshot('sync-panel-en');
  await page.keyboard.press('Escape');

  // Reload: the session comes back through the HttpOnly cookie, no password asked.
  await page.reload();
  await expect(desk.userBadge).toContainText('Daniel Brooks', { timeout: 20_000 });
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 20_000 });
  const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
  expect(stored).not.toMatch(/refresh/i);

  // Sign-out asks, then removes this desk's copy of Daniel's data.
  await desk.userBadge.click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-out-confirm').click();
  await expect(signIn.form).toBeVisible();
  await expect.poll(() => signIn.databases()).not.toContain(mine);
  // And the session is over: a reload does not bring Daniel back.
  await page.reload();
  await expect(signIn.form).toBeVisible({ timeout: 20_000 });
});

test('a wrong password is explained in Arabic', async ({ page }) => {
  const signIn = await openAt(page);
  const desk = new DeskPage(page);
  await desk.chooseLanguage('العربية');
  expect(await desk.htmlDir()).toBe('rtl');
  await signIn.fill(EMAIL.elif, 'not-the-password');
  await expect(signIn.error).toHaveText('البريد الإلكتروني أو كلمة المرور غير صحيحة.');
  await desk.screenshot('sign-in-wrong-password-ar');
  // The password can be shown to check what was typed.
  await expect(signIn.password).toHaveAttribute('type', 'password');
  await page.getByTestId('sign-in-show-password').click();
  await expect(signIn.password).toHaveAttribute('type', 'text');
});

test('offline, the agent keeps working; unsent changes are counted and protected at sign-out', async ({
  page,
}) => {
  const signIn = await oneCallOffline(page, EMAIL.elif);
  const desk = new DeskPage(page);
  // Elif works in Turkish.
  await expect(signIn.syncChip).toContainText('Çevrimdışı');

  await desk.userBadge.click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-out-pending')).toContainText(
    '1 değişiklik henüz sunucuya ulaşmadı',
  );
  await desk.screenshot('sign-out-pending-tr');
  await page.getByRole('button', { name: 'Vazgeç' }).click();

  await page.context().setOffline(false);
  await expect(signIn.syncChip).toHaveAttribute('data-pending', '0', { timeout: 15_000 });
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online');
});

test('a person disabled while working offline: back online the desk signs out, deletes their data and says in Arabic how many changes went', async ({
  page,
  request,
}) => {
  await oneCallOffline(page, EMAIL.mona);

  // The administrator disables Mona meanwhile (her laptop was lost, say).
  const headers = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  const session = await request.post(`${server.url}/api/auth/sign-in`, {
    headers,
    data: { email: EMAIL.sarah, password: DEMO_PASSWORD, clientId: crypto.randomUUID() },
  });
  expect(session.status()).toBe(200);
  const admin = {
    ...headers,
    authorization: `Bearer ${((await session.json()) as { accessToken: string }).accessToken}`,
  };
  const mona = DEMO_USER_IDS.mona;
  expect(
    (
      await request.post(`${server.url}/api/admin/users/${mona}/disable`, { headers: admin })
    ).status(),
  ).toBe(204);
  try {
    await page.context().setOffline(false);
    const discarded = page.getByTestId('sign-in-discarded');
    await expect(discarded).toHaveAttribute('data-unsent', '1', { timeout: 30_000 });
    await expect(discarded).toContainText('تغيير واحد لم يُرسل بعد');
    await expect(page.getByTestId('sign-in-ended')).toContainText('أنهى مسؤول');
    await new DeskPage(page).screenshot('sign-in-discarded-ar');
    const left = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? ''),
    );
    expect(left.filter((name) => name.includes(mona))).toEqual([]);
  } finally {
    await request.post(`${server.url}/api/admin/users/${mona}/enable`, { headers: admin });
  }
});

test("the supervisor's calls-per-agent table updates live when a hunter calls", async ({
  browser,
}) => {
  const supervisorContext = await browser.newContext();
  const hunterContext = await browser.newContext();
  try {
    const supervisorPage = await supervisorContext.newPage();
    const supervisor = await openAt(supervisorPage);
    await supervisor.signIn(EMAIL.ayse);
    await new DeskPage(supervisorPage).goTo('supervisor');
    const elifRow = supervisorPage
      .getByTestId('calls-per-agent')
      .locator('tr[data-agent="01900000-0000-7000-8000-000000000303"]');
    await expect(elifRow).toBeVisible({ timeout: 20_000 });
    const callsCell = elifRow.locator('td').nth(1);
    // The supervisor's desk listens for pokes.
    await expect(supervisor.syncChip).toHaveAttribute('data-live', 'true', { timeout: 20_000 });
    // Read the count once the whole snapshot is in: until then the server's calls still arrive.
    await expect(supervisor.syncChip).toHaveAttribute('data-initial-sync', 'done', {
      timeout: 30_000,
    });
    const before = Number(await callsCell.innerText());

    const hunterPage = await hunterContext.newPage();
    const hunterSignIn = await openAt(hunterPage);
    await hunterSignIn.signIn(EMAIL.elif);
    // The hunter's desk sends its calls once its own first sync is in (a push waits for the pull
    // under way); a busy machine takes its time there, which is not what this test measures.
    await expect(hunterSignIn.syncChip).toHaveAttribute('data-initial-sync', 'done', {
      timeout: 60_000,
    });
    const hunter = new HunterPage(hunterPage);
    await hunter.open();
    await hunter.nextLead();
    await hunter.dispositionByKey('1');

    // Well under the 30 s polling backstop: the poke brought it.
    await expect(callsCell).toHaveText(String(before + 1), { timeout: 15_000 });
  } finally {
    await supervisorContext.close();
    await hunterContext.close();
  }
});
