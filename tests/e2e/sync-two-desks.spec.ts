// Two desks on one sync server: a hunter logs calls with the network gone, comes back online, and
// the supervisor — signed in at another desk the whole time — sees the calls arrive in the
// calls-per-agent table without reloading.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ServerProcess } from '../integration/sync/server-process';
import { CloserPage } from './pages/closer-page';
import { DeskPage, type LanguageName } from './pages/desk-page';
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
const KHALID_EMAIL = 'khalid.almansoori@rawaa.example'; // closer of the Gulf team

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

/** A fresh desk (its own browser profile) signed in as `email`, in English unless told. */
async function deskFor(
  browser: Browser,
  email: string,
  language: LanguageName = 'English',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  // Inside the Gulf's calling hours whatever time the suite runs.
  await page.clock.install({ time: WORKDAY_MORNING });
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  const desk = new DeskPage(page);
  const lang = { English: 'en', العربية: 'ar', Türkçe: 'tr' }[language];
  if ((await desk.htmlLang()) !== lang) await desk.chooseLanguage(language);
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

/** Asks the desk for a sync by hand (the sync panel's button) and waits until it is done. */
async function syncNow(page: Page): Promise<void> {
  await new ServerSignInPage(page).syncChip.click();
  const button = page.getByTestId('sync-now');
  await button.click();
  await expect(button).toBeEnabled({ timeout: 20_000 });
  // The focus stayed in the panel while the button was disabled, so Escape reaches it.
  await expect(page.getByTestId('sync-panel')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sync-panel')).toBeHidden();
}

/** A counter of the targets bar, as a number. */
async function targetValue(page: Page, key: 'calls' | 'bookings'): Promise<number> {
  return Number(await page.getByTestId(`target-${key}`).getAttribute('data-value'));
}

test('an agent’s own successes keep counting after the lead moves on: the hunter’s booked meeting, the closer’s win — at once, after sync and after a reload', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const hunterDesk = await deskFor(browser, FAISAL.email);
  const closerDesk = await deskFor(browser, KHALID_EMAIL, 'العربية');
  try {
    const page = hunterDesk.page;
    const chip = new ServerSignInPage(page).syncChip;
    await expect(chip).toHaveAttribute('data-initial-sync', 'done', { timeout: 30_000 });
    const hunter = new HunterPage(page);
    await hunter.open();
    const calls = page.getByTestId('target-calls');
    const bookings = page.getByTestId('target-bookings');
    const c0 = await targetValue(page, 'calls');
    const b0 = await targetValue(page, 'bookings');
    const name = await hunter.nextLead();
    await page.keyboard.press('7'); // meeting booked: the lead goes to the closer
    await page.getByTestId('dialog-closer').locator('..').click();
    await page.getByRole('option', { name: 'خالد المنصوري' }).click();
    await page.getByTestId('dialog-note').fill('Demo at their office');
    await page.getByTestId('dialog-confirm').click();
    await expect(hunter.leadName).not.toHaveText(name);
    await expect(calls).toHaveAttribute('data-value', String(c0 + 1));
    await expect(bookings).toHaveAttribute('data-value', String(b0 + 1));
    // Pushed, and the lead's move-out pulled: the counters stay.
    await expect(chip).toHaveAttribute('data-pending', '0', { timeout: 20_000 });
    await syncNow(page);
    await expect(calls).toHaveAttribute('data-value', String(c0 + 1));
    await expect(bookings).toHaveAttribute('data-value', String(b0 + 1));
    await page.reload();
    await expect(bookings).toHaveAttribute('data-value', String(b0 + 1), { timeout: 20_000 });
    await expect(calls).toHaveAttribute('data-value', String(c0 + 1));

    // The closer, in Arabic, wins the meeting just booked; the customer goes to a farmer.
    const cp = closerDesk.page;
    const closer = new CloserPage(cp);
    await closer.open();
    const deals = cp.getByTestId('target-bookings');
    await expect(closer.item(name)).toBeVisible({ timeout: 20_000 });
    const d0 = await targetValue(cp, 'bookings');
    await closer.item(name).click();
    await closer.win('1450');
    await expect(deals).toHaveAttribute('data-value', String(d0 + 1));
    await expect(new ServerSignInPage(cp).syncChip).toHaveAttribute('data-pending', '0', {
      timeout: 20_000,
    });
    await syncNow(cp);
    await expect(closer.item(name)).toBeHidden();
    await expect(deals).toHaveAttribute('data-value', String(d0 + 1));
    await cp.reload();
    await expect(deals).toHaveAttribute('data-value', String(d0 + 1), { timeout: 20_000 });
    await new DeskPage(cp).screenshot('targets-closer-won-ar');
  } finally {
    await hunterDesk.context.close();
    await closerDesk.context.close();
  }
});
