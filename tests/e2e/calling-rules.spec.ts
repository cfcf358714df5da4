// Calling rules end to end (offline demo, Chromium): a supervisor in Arabic sets Friday–Saturday
// as the weekend and a Ramadan period with shorter hours, sees a mistake named before saving, and
// saves; the hunter's queue then offers nothing on a Friday and says why, nothing on a Ramadan
// weekday after the Ramadan hours either, and a lead inside them. The section in English too.
import { expect, test, type Page } from '@playwright/test';
import { CallingRulesPage } from './pages/calling-rules-page';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { SUPERVISORS } from './pages/supervisor-page';

test.describe.configure({ timeout: 150_000 });

// Times in Riyadh (UTC+3 all year), where the Gulf team's leads are; every other zone of the
// demo is on the same local date at these instants.
const FRIDAY_NOON = new Date('2026-11-27T09:00:00Z'); // Friday 27 November, 12:00 Riyadh
const RAMADAN_EVENING = new Date('2026-12-02T13:00:00Z'); // Wednesday 2 December, 16:00 Riyadh
const RAMADAN_MORNING = new Date('2026-12-02T08:00:00Z'); // Wednesday 2 December, 11:00 Riyadh

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in')).toBeVisible();
}

/** Presses N on the hunter's desk: nothing is offered, and the desk says why. */
async function expectNothingOffered(page: Page, why: RegExp): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('n');
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  await expect(page.getByTestId('call-screen')).toBeHidden();
  await expect(page.getByTestId('queue-held-back')).toContainText(why);
}

test('Arabic: Friday–Saturday weekend and Ramadan hours set by the supervisor; the hunter’s queue obeys them and says why', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await desk.chooseLanguage('العربية');
  await signIn.signInAs(SUPERVISORS.omar);
  expect(await desk.htmlDir()).toBe('rtl');

  const rules = new CallingRulesPage(page);
  await rules.open();
  await expect(rules.root).toContainText('قواعد الاتصال');
  // One click: Friday and Saturday closed, the other days open.
  await rules.weekend('friSat');
  for (const [day, open] of [
    [5, false],
    [6, false],
    [0, true],
    [4, true],
  ] as const)
    await expect(rules.dayOpen(day)).toBeChecked({ checked: open });

  // Ramadan, 30 November – 24 December, 10:00–14:00 on the open days.
  await rules.addPeriod('رمضان', '2026-11-30', '2026-12-24', { from: '10:00', to: '14:00' });
  // A mistake is named in Arabic and blocks saving until fixed.
  await rules.setTime('cr-periods-0-week-to-1', '09:00');
  await expect(page.getByTestId('cr-periods-0-week-day-1')).toContainText('ينتهي قبل أن يبدأ');
  await expect(rules.invalid).toBeVisible();
  await expect(rules.save).toBeDisabled();
  await rules.setTime('cr-periods-0-week-to-1', '14:00');
  await expect(rules.invalid).toBeHidden();
  await desk.screenshot('calling-rules-ar');
  await rules.saveRules();
  await expect(rules.message).toContainText('حُفظت قواعد الاتصال');

  // Friday in the leads' zone: the preview counts the due leads held back by the weekend.
  await page.clock.setSystemTime(FRIDAY_NOON);
  await page.reload();
  await rules.open();
  await expect(rules.held('weekend')).not.toContainText(': 0');
  await expect(page.getByTestId('cr-preview-callable')).toContainText('لا أحد');
  await desk.screenshot('calling-rules-preview-friday-ar');

  // The hunter: nothing on Friday, because of the weekend.
  await signOut(page);
  await signIn.signInAs(DEMO.faisal);
  const hunter = new HunterPage(page);
  await hunter.open();
  await expectNothingOffered(page, /عطلة نهاية الأسبوع/);
  await desk.screenshot('calling-rules-hunter-friday-ar');

  // A Ramadan weekday at 16:00: after the Ramadan hours, nothing either.
  await page.clock.setSystemTime(RAMADAN_EVENING);
  await expectNothingOffered(page, /ساعات رمضان/);

  // The same day at 11:00, inside the Ramadan hours: a lead is offered.
  await page.clock.setSystemTime(RAMADAN_MORNING);
  await hunter.nextLead();
  await expect(hunter.callScreen).toBeVisible();
});

test('English: the calling rules section with a holiday, a special period and a country of its own', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await desk.chooseLanguage('English');
  await signIn.signInAs(DEMO.sarah);
  const rules = new CallingRulesPage(page);
  await rules.open();
  await rules.weekend('satSun');
  await rules.addHoliday('2026-12-25', 'Christmas');
  await rules.addPeriod('Ramadan', '2027-02-08', '2027-03-09', { from: '10:00', to: '15:00' });
  // Overlapping periods are named.
  await rules.addPeriod('Eid', '2027-03-01', '2027-03-12', { from: '12:00', to: '16:00' });
  await expect(page.getByTestId('cr-periods-1')).toContainText('Overlaps another special period');
  await expect(rules.save).toBeDisabled();
  await rules.setDate('cr-periods-from-1', '2027-03-10');
  await expect(rules.invalid).toBeHidden();
  await page.getByTestId('cr-country-add').click();
  await expect(page.getByTestId('cr-country-0')).toBeVisible();
  await desk.screenshot('calling-rules-en');
  await rules.saveRules();
  await expect(rules.message).toContainText('Calling rules saved');
  // Monday 10:00 in Riyadh under a Saturday–Sunday weekend: the preview finds callable leads.
  await expect(page.getByTestId('cr-preview-callable')).not.toContainText(/^0 /);
});
