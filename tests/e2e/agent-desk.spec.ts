// The agent desk end to end, offline (no sync): hunter, closer and farmer on the demo organisation.
import { expect, test } from '@playwright/test';
import { CloserPage } from './pages/closer-page';
import { DeskPage } from './pages/desk-page';
import { FarmerPage } from './pages/farmer-page';
import { HunterPage } from './pages/hunter-page';
import { partsIn, typeIntoPicker } from './pages/date-picker';
import { DEMO, SignInPage } from './pages/sign-in-page';

test.beforeEach(async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.daniel);
});

test('a hunter takes the next lead, opens an objection card by keyboard, dispositions with a number key and gets the next lead', async ({
  page,
}) => {
  const hunter = new HunterPage(page);
  const desk = new DeskPage(page);
  await hunter.open();
  const first = await hunter.nextLead();
  await expect(page.getByTestId('lead-phone')).toBeVisible();
  await expect(page.getByTestId('script-panel')).toBeVisible();
  await desk.screenshot('hunter-call-en');

  await hunter.openObjections();
  await expect(hunter.objectionCards.first()).toBeVisible();
  const all = await hunter.objectionCards.count();
  await hunter.objectionSearch.fill('expensive');
  await expect(hunter.objectionCards).not.toHaveCount(all);
  await expect(hunter.objectionCards.first()).toContainText(/price|expensive/i);
  await desk.screenshot('hunter-objections-en');
  await page.keyboard.press('Escape');
  await expect(hunter.objectionSearch).toBeHidden();

  await hunter.dispositionByKey('1'); // no answer
  const second = await hunter.leadName.innerText();
  expect(second).not.toBe(first);
  await expect(page.getByTestId('target-calls')).toContainText(/Calls today: 1\b/);
});

test('a do-not-call lead never comes back in the queue', async ({ page }) => {
  const hunter = new HunterPage(page);
  await hunter.open();
  const dnc = await hunter.nextLead();
  await hunter.dispositionByKey('8'); // do not call
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    if (await page.getByTestId('queue-empty').isVisible()) break;
    seen.push(await hunter.leadName.innerText());
    await hunter.dispositionByKey('1');
  }
  expect(seen.length).toBeGreaterThan(3);
  expect(seen).not.toContain(dnc);
  // A year later every retry is due again — still not the do-not-call lead.
  await page.clock.fastForward(366 * 24 * 3_600_000);
  await hunter.nextLead().catch(() => undefined);
  if (await hunter.leadName.isVisible()) await expect(hunter.leadName).not.toHaveText(dnc);
});

test('a callback appears when due, with a badge, and comes first in the queue', async ({
  page,
}) => {
  const hunter = new HunterPage(page);
  await hunter.open();
  const name = await hunter.nextLead();
  await page.keyboard.press('6');
  const when = page.getByTestId('dialog-when');
  await expect(when).toBeVisible();
  // In the past: refused with a clear message, nothing saved.
  await typeIntoPicker(when, { year: 2026, month: 11, day: 22, hour: 9, minute: 0 });
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-error')).toContainText('already passed');
  // Ten minutes from now, typed in the lead's own time (the zone the picker names).
  const zone = (await page.getByTestId('dialog-when-zone').getAttribute('data-timezone')) ?? '';
  const now = await page.evaluate(() => Date.now());
  await typeIntoPicker(when, partsIn(zone, now + 10 * 60_000));
  await page.getByTestId('dialog-confirm').click();
  await expect(hunter.leadName).not.toHaveText(name);
  const badgeBefore = (await hunter.callbacksBadge.count())
    ? Number(await hunter.callbacksBadge.innerText())
    : 0;

  await page.clock.fastForward('15:00');
  await expect(hunter.callbacksBadge).toHaveText(String(badgeBefore + 1));
  // The due callback is offered before any fresh lead once the current one is done.
  await hunter.dispositionByKey('1');
  const offered: string[] = [await hunter.leadName.innerText()];
  for (let i = 0; i < badgeBefore && !offered.includes(name); i++) {
    await hunter.dispositionByKey('1');
    offered.push(await hunter.leadName.innerText());
  }
  expect(offered).toContain(name);
});

test('a qualified lead handed off appears in the closer’s inbox with the hunter’s notes; won, it appears in the farmer’s base', async ({
  page,
}) => {
  const hunter = new HunterPage(page);
  const closer = new CloserPage(page);
  const desk = new DeskPage(page);
  await hunter.open();
  const name = await hunter.nextLead();
  await hunter.fillBant({
    budget: '2,000 TRY a month on bottles',
    authority: 'Owner signs',
    need: '35 staff',
    timeline: 'This month',
  });
  await expect(page.getByTestId('lead-stage')).toHaveText('Qualified');
  await page.keyboard.press('7');
  await page.getByTestId('dialog-closer').locator('..').click();
  await page.getByRole('option', { name: 'Daniel Brooks' }).click();
  await page.getByTestId('dialog-note').fill('Wants a demo for the whole office on Tuesday');
  await page.getByTestId('dialog-confirm').click();
  await expect(hunter.leadName).not.toHaveText(name);

  await closer.open();
  await expect(closer.item(name)).toBeVisible();
  await closer.item(name).click();
  await expect(page.getByTestId('handoff-notes')).toContainText(
    'Wants a demo for the whole office on Tuesday',
  );
  await expect(page.getByTestId('handoff-bant')).toContainText('Owner signs');
  await expect(page.getByTestId('fab-row')).toHaveCount(9);
  await desk.screenshot('closer-handoff-en');
  await closer.win('1890');

  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
  await new SignInPage(page).signInAs(DEMO.zeynep);
  const farmer = new FarmerPage(page);
  await farmer.open();
  await farmer.search(name.split(' ')[0] ?? name);
  await expect(farmer.list).toContainText(name);
  await farmer.list.getByTestId('farmer-item').filter({ hasText: name }).click();
  await expect(page.getByTestId('farmer-purchase')).toContainText('1.890');
  await desk.screenshot('farmer-customer-tr');
});

test('an impossible phone number gets a clear message and the saved one is kept', async ({
  page,
}) => {
  const hunter = new HunterPage(page);
  await hunter.open();
  await hunter.nextLead();
  const phone = await page.getByTestId('lead-phone').innerText();
  await page.keyboard.press('e');
  await page.getByTestId('contact-phone').fill('+90 12');
  await page.getByTestId('dialog-confirm').click();
  // Under the field it is about, not at the bottom of the dialog.
  await expect(page.locator('#contact-phone-helper-text')).toContainText(
    'That phone number cannot exist',
  );
  await page.getByTestId('contact-name').fill('');
  await page.getByTestId('contact-phone').fill('+90 532 765 43 21');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.locator('#contact-name-helper-text')).toContainText('The name cannot be empty');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lead-phone')).toHaveText(phone);
});

test('click-to-call follows the desk’s dial template', async ({ page }) => {
  const hunter = new HunterPage(page);
  await hunter.open();
  await page.getByTestId('user-badge').click();
  await page.getByTestId('dial-settings').click();
  await page.getByTestId('dial-template').fill('javascript:{e164}');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-error')).toBeVisible();
  await page.getByTestId('dial-template').fill('sip:{e164}@pbx.example.com');
  await page.getByTestId('dialog-confirm').click();
  await hunter.nextLead();
  await expect(page.getByTestId('lead-phone')).toHaveAttribute(
    'href',
    /^sip:\+\d+@pbx\.example\.com$/,
  );
});
