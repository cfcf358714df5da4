// Supervisor lists & assignment end to end, on the demo organisation (offline desk): per-list
// counts, reassigning a hunter's leads to another hunter, and the do-not-call list.
import { expect, test, type Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { ListsPage, digits } from './pages/lists-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { typeIntoPicker } from './pages/date-picker';

const OMAR = '01900000-0000-7000-8000-000000000201'; // supervisor, Arabic, Gulf team
const MONA = '01900000-0000-7000-8000-000000000203'; // hunter, Gulf team
const RIYADH_LIST = 'شركات الرياض — قائمة باردة';

test.describe.configure({ timeout: 120_000 });

test('a supervisor filters a list and moves one hunter’s leads to another; the counts per owner follow', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  const desk = new DeskPage(page);
  const lists = new ListsPage(page);
  await lists.open();

  await expect(lists.listRows.first()).toBeVisible();
  const before = await lists.ownersOf(RIYADH_LIST);
  const faisalBefore = before[DEMO.faisal] ?? 0;
  const monaBefore = before[MONA] ?? 0;
  expect(faisalBefore).toBeGreaterThan(0);
  await desk.screenshot('lists-overview-en');

  // The list's link opens the reassign filter on that list.
  await page
    .getByTestId('list-owners')
    .getByRole('button', { name: /Reassign leads/ })
    .click();
  await expect(page.getByTestId('filter-list')).toContainText(RIYADH_LIST);
  await lists.filterOwner(DEMO.faisal);
  const moving = await lists.matching();
  expect(moving).toBeGreaterThan(0);
  await expect(lists.leadRows.getByTestId('lead-owner').first()).toContainText('فيصل');

  await lists.selectAllMatching();
  await expect(page.getByTestId('selected-count')).toContainText(String(moving));
  await lists.chooseTarget('منى');
  await lists.openReassign();
  await expect(page.getByTestId('reassign-from')).toContainText(`فيصل العتيبي (${moving})`);
  await expect(page.getByTestId('reassign-to')).toContainText('منى عبد الرحمن');
  await expect(lists.reassignDialog).toContainText(`Reassign ${moving} lead`);
  await desk.screenshot('lists-reassign-confirm-en');
  await lists.confirmReassign();
  await expect(lists.reassignDone).toContainText(`${moving} lead`);
  // Nothing of the filter is left with Faisal (won and lost leads stayed, but are not shown).
  await expect(lists.matchCount).toContainText(/^0 leads match|No lead/);

  await lists.view('lists');
  const after = await lists.ownersOf(RIYADH_LIST);
  expect(after[DEMO.faisal] ?? 0).toBe(faisalBefore - moving);
  expect(after[MONA]).toBe(monaBefore + moving);
});

test('a do-not-call number takes its lead out of the hunter’s queue (Arabic)', async ({ page }) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const hunter = new HunterPage(page);
  const lists = new ListsPage(page);
  await signIn.open();

  // The hunter's first lead, as the queue offers it now.
  await signIn.signInAs(DEMO.faisal);
  await hunter.open();
  const first = await hunter.nextLead();
  const phone = await page.getByTestId('lead-phone').innerText();
  const signOut = async () => {
    await desk.userBadge.click();
    await page.getByTestId('sign-out').click();
    await page.reload();
    await expect(signIn.root).toBeVisible({ timeout: 20_000 });
  };
  await signOut();

  // The supervisor sees the national file is missing and blocks the number.
  await signIn.signInAs(OMAR);
  expect(await desk.htmlDir()).toBe('rtl');
  await lists.open();
  await expect(lists.listRows.first()).toBeVisible();
  await lists.listRows.first().getByTestId('list-open').click();
  await expect(lists.ownerRows.first()).toBeVisible();
  await desk.screenshot('lists-overview-ar');
  await lists.view('assign');
  await expect(lists.leadRows.first()).toBeVisible();
  await desk.screenshot('lists-reassign-ar');
  await lists.view('dnc');
  await expect(page.getByTestId('dnc-stale')).toBeVisible();
  await lists.addDnc('12', 'x');
  await expect(page.getByTestId('dnc-add-message')).toContainText('لا يمكن');
  await lists.addDnc(phone, 'طلب عدم الاتصال عبر البريد الإلكتروني');
  const message = page.getByTestId('dnc-add-message');
  await expect(message).toContainText('أُضيف');
  expect(digits(await message.innerText())).toBeGreaterThan(0);
  await expect(lists.dncRows).toHaveCount(1);
  await expect(lists.dncRows.first()).toContainText('طلب عدم الاتصال');
  await expect(lists.dncRows.first()).toContainText('عمر الحداد');
  await desk.screenshot('lists-dnc-ar');
  await signOut();

  // Back at the hunter's desk: the blocked lead is no longer offered.
  await signIn.signInAs(DEMO.faisal);
  await hunter.open();
  const next = await hunter.nextLead();
  expect(next).not.toBe(first);
});

test('the national do-not-call file replaces the warning with its date (English)', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  const lists = new ListsPage(page);
  await lists.open();
  await lists.view('dnc');
  await expect(page.getByTestId('dnc-stale')).toContainText('No national do-not-call list');
  await page.getByTestId('dnc-file').setInputFiles({
    name: 'national-dnc.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,phone\nA,050 123 4567\nB,+966 55 111 2222\nC,not a number\n'),
  });
  await typeIntoPicker(page.getByTestId('dnc-file-date'), { year: 2026, month: 11, day: 20 });
  await page.getByTestId('dnc-import-submit').click();
  const message = page.getByTestId('dnc-import-message');
  await expect(message).toContainText('now holds 2 numbers');
  await expect(message).toContainText('Line 4');
  await expect(page.getByTestId('dnc-fresh')).toBeVisible();
  await page.getByTestId('dnc-source-national').click();
  await expect(lists.dncRows).toHaveCount(2);
  await new DeskPage(page).screenshot('lists-dnc-en');
});

/** A number of an open lead on the demo desk whose main phone starts with `prefix`. */
function openLeadNumber(page: Page, prefix: string): Promise<string> {
  return page.evaluate(async (prefix) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('salesdesk-demo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      return await new Promise<string>((resolve, reject) => {
        const req = db
          .transaction('leads')
          .objectStore('leads')
          .index('phoneE164')
          .openCursor(IDBKeyRange.bound(prefix, `${prefix}:`));
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const c = req.result;
          if (!c) return reject(new Error(`no open lead with a ${prefix} number`));
          const l = c.value as { stage: string; phoneE164: string };
          if (l.stage === 'won' || l.stage === 'lost') c.continue();
          else resolve(l.phoneE164);
        };
      });
    } finally {
      db.close();
    }
  }, prefix);
}

test('a phone number typed any way finds its lead: without +, without the trunk 0, national forms of other countries', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  const lists = new ListsPage(page);
  await lists.open();
  await lists.view('assign');
  await expect(lists.leadRows.first()).toBeVisible();
  // The organisation is in Riyadh; a British number is read in the countries the desk's numbers are of.
  const uk = await openLeadNumber(page, '+44');
  const sa = await openLeadNumber(page, '+9665');
  const national = (e164: string, code: string) => e164.slice(code.length + 1);
  const search = page.getByTestId('filter-search');
  for (const [typed, number] of [
    [uk.slice(1), uk], // 447574430148
    [`${national(uk, '44').slice(0, 4)} ${national(uk, '44').slice(4)}`, uk], // 7574 430148
    [`0${national(uk, '44')}`.replace(/^(\d{5})/, '$1-'), uk], // 07574-430148
    [`0${national(sa, '966')}`, sa], // 05…
    [national(sa, '966'), sa], // 5…
  ] as const) {
    // From a search that shows many leads, so the one row is this number's answer.
    await search.fill('');
    await expect(lists.leadRows.nth(1)).toBeVisible();
    await search.fill(typed);
    await expect(lists.leadRows, typed).toHaveCount(1);
    await expect(lists.leadRows.first(), typed).toContainText(number);
  }
  await new DeskPage(page).screenshot('lists-phone-search-en');
});
