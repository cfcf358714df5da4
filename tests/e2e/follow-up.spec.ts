// Call-backs and follow-up lists end to end (offline demo, Chromium): the call-back picker in the
// lead's own zone with quick picks, a night-time call-back warned and moved in one click, and a
// refusal with its reason and new offer landing on the re-call list that the hunter and the
// supervisor open, filter and count. Arabic (right to left) first; Turkish and English after.
import { expect, test, type Page } from '@playwright/test';
import { DeskPage, type LanguageName } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { SUPERVISORS } from './pages/supervisor-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { partsIn, typeIntoPicker } from './pages/date-picker';

async function signIn(page: Page, who: string, language: LanguageName): Promise<DeskPage> {
  const signInPage = new SignInPage(page);
  await signInPage.open();
  const desk = new DeskPage(page);
  await desk.chooseLanguage(language);
  await signInPage.signInAs(who);
  return desk;
}

/** The value a part of the picker holds (its spin button's aria-valuenow), by its range. */
async function part(page: Page, max: number): Promise<string | null> {
  return page
    .getByTestId('dialog-when')
    .locator(`[role="spinbutton"][aria-valuemax="${max}"]`)
    .getAttribute('aria-valuenow');
}

test('Arabic: a call-back picked as the lead’s tomorrow morning, a night time warned and moved in one click; a refusal with its reason and new offer on the re-call list the hunter and the supervisor count', async ({
  page,
}) => {
  const desk = await signIn(page, DEMO.faisal, 'العربية');
  expect(await desk.htmlDir()).toBe('rtl');
  const hunter = new HunterPage(page);
  await hunter.open();
  const called = await hunter.nextLead();

  // Call back (6): the picker names the lead's zone; "tomorrow morning" is 09:00 there.
  await page.keyboard.press('6');
  const zoneLine = page.getByTestId('dialog-when-zone');
  await expect(zoneLine).toContainText('توقيت العميل');
  const zone = (await zoneLine.getAttribute('data-timezone')) ?? '';
  expect(zone).toMatch(/^[A-Z][a-z]+\/[A-Za-z_]+$/);
  await expect(zoneLine).toContainText((zone.split('/').at(-1) ?? '').replace(/_/g, ' '));
  await expect(zoneLine).toContainText(/GMT\+\d/);
  const now = await page.evaluate(() => Date.now());
  const today = partsIn(zone, now);
  const tomorrow = partsIn(zone, now + 86_400_000);
  await page.getByTestId('preset-tomorrowMorning').click();
  expect(await part(page, 23)).toBe('9');
  expect(await part(page, 59)).toBe('0');
  await expect(page.getByTestId('outside-hours')).toBeHidden();
  // The calendar opens right to left, in Arabic, with Latin digits.
  await page.getByTestId('dialog-when').getByRole('button').click();
  const calendar = page.getByRole('grid');
  await expect(calendar).toBeVisible();
  await expect(calendar).toContainText('24');
  await desk.screenshot('follow-up-calendar-ar');
  await page.getByTestId('dialog-callBack').getByRole('heading').click();
  await expect(calendar).toBeHidden();

  // 23:00 tonight, the lead's time: warned, and one click moves it to their next morning.
  await typeIntoPicker(page.getByTestId('dialog-when'), { ...today, hour: 23, minute: 0 });
  const warning = page.getByTestId('outside-hours');
  await expect(warning).toContainText('خارج ساعات الاتصال');
  await expect(warning).toContainText('11:00');
  await desk.screenshot('follow-up-callback-night-ar');
  await page.getByTestId('outside-hours-fix').click();
  await expect(warning).toBeHidden();
  expect(await part(page, 23)).toBe('9');
  const dayPart = page
    .getByTestId('dialog-when')
    .locator('[role="spinbutton"][aria-valuemax="30"], [role="spinbutton"][aria-valuemax="31"]');
  await expect(dayPart).toHaveAttribute('aria-valuenow', String(tomorrow.day));
  await page.getByTestId('dialog-confirm').click();
  await expect(hunter.leadName).not.toHaveText(called);

  // Not interested (5): why (price) and the new offer for the re-call.
  const refused = await hunter.leadName.innerText();
  await page.keyboard.press('5');
  const dialog = page.getByTestId('dialog-notInterested');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('refusal-new-offer')).toBeFocused();
  await page.getByTestId('refusal-reason-price').click();
  await page.getByTestId('refusal-new-offer').fill('شهران مجانًا على باقة 500');
  await desk.screenshot('follow-up-refusal-ar');
  await page.getByTestId('refusal-new-offer').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(hunter.leadName).not.toHaveText(refused);

  // The hunter opens their follow-up lists: the lead is on the re-call list with both.
  await page.getByTestId('open-follow-up').click();
  const lists = page.getByTestId('follow-up-lists');
  await expect(lists).toBeVisible();
  const row = lists.getByTestId('fu-row').filter({ hasText: refused });
  await expect(row).toContainText('السعر');
  await expect(row).toContainText('شهران مجانًا على باقة 500');
  await expect(row).toContainText('إعادة الاتصال بعد 4 أيام');
  await expect(lists.getByTestId('fu-put-recall')).toHaveText('1');
  await expect(lists.getByTestId('fu-meetings-recall')).toContainText('0');
  await page.getByTestId('fu-filter-reason').click();
  await page.getByTestId('fu-reason-price').click();
  await expect(lists.getByTestId('fu-row')).toHaveCount(1);
  await desk.screenshot('follow-up-lists-hunter-ar');
  await page.keyboard.press('Escape');

  // The Gulf team's supervisor: the same lead, under Faisal, counted; the delay set to 5 days.
  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
  await new SignInPage(page).signInAs(SUPERVISORS.omar);
  await page.getByTestId('nav-supervisor').click();
  await page.getByTestId('section-followUp').click();
  await expect(lists).toBeVisible();
  const theirs = lists.getByTestId('fu-row').filter({ hasText: refused });
  await expect(theirs).toContainText('فيصل');
  await expect(theirs).toContainText('السعر');
  await expect(lists.getByTestId('fu-put-recall')).toHaveText('1');
  await page.getByTestId('fu-filter-reason').click();
  await page.getByTestId('fu-reason-trust').click();
  await expect(lists.getByTestId('fu-put-recall')).toHaveText('0');
  await page.getByTestId('fu-filter-reason').click();
  await page.getByTestId('fu-reason-price').click();
  await expect(lists.getByTestId('fu-row')).toHaveCount(1);
  await page.getByTestId('fu-recall-days').click();
  await page.getByTestId('fu-recall-5').click();
  await expect(page.getByTestId('fu-setting-message')).toContainText('5 أيام');
  await expect(lists.getByTestId('fu-card-recall')).toContainText('إعادة الاتصال بعد 5 أيام');
  await desk.screenshot('follow-up-lists-supervisor-ar');
});

test('Turkish and English: the call-back picker in the lead’s time with the quick picks, and the refusal dialog', async ({
  page,
}) => {
  const desk = await signIn(page, DEMO.daniel, 'Türkçe');
  const hunter = new HunterPage(page);
  await hunter.open();
  await hunter.nextLead();
  await page.keyboard.press('6');
  const zoneLine = page.getByTestId('dialog-when-zone');
  await expect(zoneLine).toContainText('Müşterinin saati');
  await expect(page.getByTestId('preset-inAnHour')).toHaveText('1 saat sonra');
  await page.getByTestId('preset-inAnHour').click();
  // Monday 10:00 in Istanbul: an hour on is 11:00, inside calling hours.
  expect(await part(page, 23)).toBe('11');
  await expect(page.getByTestId('outside-hours')).toBeHidden();
  await desk.screenshot('follow-up-callback-tr');
  await page.keyboard.press('Escape');
  await page.keyboard.press('5');
  await expect(page.getByTestId('dialog-notInterested')).toContainText('Neden hayır dedi?');
  await desk.screenshot('follow-up-refusal-tr');
  await page.keyboard.press('Escape');

  await desk.chooseLanguage('English');
  await page.keyboard.press('6');
  await expect(zoneLine).toContainText('Lead’s time');
  await page.getByTestId('preset-inThreeDays').click();
  expect(await part(page, 23)).toBe('10');
  await desk.screenshot('follow-up-callback-en');
  await page.keyboard.press('Escape');
  await page.keyboard.press('5');
  await expect(page.getByTestId('dialog-notInterested')).toContainText('Why did they say no?');
  await desk.screenshot('follow-up-refusal-en');
});
