// Two desks on one sync server: a hunter logs calls with the network gone, comes back online, and
// the supervisor — signed in at another desk the whole time — sees the calls arrive in the
// calls-per-agent table without reloading.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ServerProcess } from '../integration/sync/server-process';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { ServerSignInPage } from './pages/server-sign-in-page';
import { WORKDAY_MORNING } from './pages/sign-in-page';
import { SupervisorPage } from './pages/supervisor-page';

// Its own demo-mode server: the test changes data other files must not see.
test.describe.configure({ mode: 'serial' });

const FAISAL = {
  id: '01900000-0000-7000-8000-000000000202', // hunter, Gulf team
  email: 'faisal.alotaibi@rawaa.example',
};
const OMAR_EMAIL = 'omar.alhaddad@rawaa.example'; // supervisor of the Gulf team

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

/** A fresh desk (its own browser profile) signed in as `email`, in English. */
async function deskFor(
  browser: Browser,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  // Inside the Gulf's calling hours whatever time the suite runs.
  await page.clock.install({ time: WORKDAY_MORNING });
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  const desk = new DeskPage(page);
  if ((await desk.htmlLang()) !== 'en') await desk.chooseLanguage('English');
  await signIn.signIn(email);
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 30_000 });
  return { context, page };
}

test('calls logged offline reach the supervisor’s calls-per-agent table live once the hunter is back online', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const supervisorDesk = await deskFor(browser, OMAR_EMAIL);
  const hunterDesk = await deskFor(browser, FAISAL.email);
  try {
    const supervisor = new SupervisorPage(supervisorDesk.page);
    await new DeskPage(supervisorDesk.page).goTo('supervisor');
    const calls = supervisor.dailyCell(FAISAL.id, 1);
    // The count is read once the supervisor's desk holds the whole snapshot: before that, the
    // calls the server already has are still arriving. (The dashboard never shows a count taken
    // for other reps or another day: renderer/features/supervisor/dashboard/use-activities.ts.)
    await expect(new ServerSignInPage(supervisorDesk.page).syncChip).toHaveAttribute(
      'data-initial-sync',
      'done',
      { timeout: 30_000 },
    );
    await expect(calls).toBeVisible({ timeout: 20_000 });
    const before = Number(await calls.innerText());

    // The network goes: the hunter keeps calling; the calls wait on the desk.
    const hunter = new HunterPage(hunterDesk.page);
    const chip = new ServerSignInPage(hunterDesk.page).syncChip;
    await hunter.open();
    await hunterDesk.context.setOffline(true);
    await expect(chip).toHaveAttribute('data-sync-state', 'offline');
    await hunter.nextLead();
    await hunter.dispositionByKey('1'); // no answer
    await hunter.dispositionByKey('2'); // busy
    await hunter.dispositionByKey('1');
    await expect(chip).toHaveAttribute('data-pending', '3');

    // Nothing has reached the supervisor meanwhile: a pull from the server, asked for by hand
    // and finished, brings no new call.
    const supervisorPage = supervisorDesk.page;
    await new ServerSignInPage(supervisorPage).syncChip.click();
    const syncNow = supervisorPage.getByTestId('sync-now');
    await syncNow.click();
    await expect(syncNow).toBeEnabled({ timeout: 20_000 });
    await supervisorPage.keyboard.press('Escape');
    await expect(supervisorPage.getByTestId('sync-panel')).toBeHidden();
    await expect(calls).toHaveText(String(before));

    // Back online: the desk pushes by itself, the server pokes the supervisor's desk, which
    // pulls — no reload, no button.
    await hunterDesk.context.setOffline(false);
    await expect(chip).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
    await expect(calls).toHaveText(String(before + 3), { timeout: 15_000 });
    await new DeskPage(supervisorDesk.page).screenshot('sync-two-desks-supervisor-en');
  } finally {
    await supervisorDesk.context.close();
    await hunterDesk.context.close();
  }
});
