// Finding and adding leads, end to end on the demo organisation (offline desk): search from the
// top bar by name and by a phone number typed with spaces, a lead added by hand — a duplicate
// found by the importer's check opens the existing lead, a new caller lands in the hunter's own
// queue with the inbound script, address and interests on the card — and a supervisor's lead
// detail page with the call the hunter logged, as a link that opens again.
import { expect, test, type Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { LeadsPage } from './pages/leads-page';
import { DEMO, SignInPage } from './pages/sign-in-page';

test.describe.configure({ timeout: 120_000 });

/** The number on the call screen, spaced as a person would type it ("+90 532 123 4567"). */
async function spacedPhone(page: Page): Promise<{ e164: string; typed: string }> {
  const e164 = (await page.getByTestId('lead-phone').innerText()).replace(/[^\d+]/g, '');
  return {
    e164,
    typed: `${e164.slice(0, 3)} ${e164.slice(3, 6)} ${e164.slice(6, 9)} ${e164.slice(9)}`,
  };
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in')).toBeVisible();
}

test('a hunter finds a customer by name and by phone, adds callers by hand (a duplicate opens the existing lead), and a supervisor reads the whole history', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const hunter = new HunterPage(page);
  const leads = new LeadsPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.faisal);
  expect(await desk.htmlDir()).toBe('rtl');
  await hunter.open();
  const customer = await hunter.nextLead();
  const phone = await spacedPhone(page);
  await hunter.dispositionByKey('1'); // no answer: a call on the customer's history

  // By name, with `/`: the customer opens on the hunter's own call screen.
  await leads.openSearch('slash');
  const byName = await leads.find(customer, customer);
  await desk.screenshot('lead-search-ar');
  await byName.click();
  await expect(leads.search).toBeHidden();
  await expect(hunter.leadName).toHaveText(customer);

  // By the number typed with spaces, with Ctrl+K and Enter.
  await hunter.nextLead();
  await leads.openSearch('ctrlK');
  await leads.find(phone.typed, customer);
  await page.keyboard.press('Enter');
  await expect(hunter.leadName).toHaveText(customer);

  // Adding the same number by hand: the importer's duplicate check finds the customer.
  await hunter.nextLead();
  await leads.openSearch('click');
  await leads.find(phone.typed, customer);
  await leads.startNewLead();
  await expect(leads.field('phone')).toHaveValue(phone.typed);
  await leads.field('name').fill('متصل جديد');
  await leads.saveNewLead();
  const duplicate = page.getByTestId('new-lead-duplicate');
  await expect(duplicate).toContainText(customer);
  await expect(duplicate).toContainText(phone.e164);
  await desk.screenshot('new-lead-duplicate-ar');
  await page.getByTestId('new-lead-open-existing').click();
  await expect(leads.newLead).toBeHidden();
  await expect(hunter.leadName).toHaveText(customer);

  // A new caller: nobody matches, the form starts with the name, the number in national form.
  await leads.openSearch('slash');
  await leads.input.fill('سلمى الحربي');
  await expect(page.getByTestId('lead-search-empty')).toBeVisible();
  await leads.startNewLead();
  await expect(leads.field('name')).toHaveValue('سلمى الحربي');
  await leads.field('phone').fill('050 555 0199');
  await leads.field('address').fill('حي العليا، شارع التحلية 12\nالرياض 12211');
  await leads.field('interests').fill('مياه المكاتب، صيانة');
  await desk.screenshot('new-lead-ar');
  await leads.saveNewLead();
  await expect(leads.newLead).toBeHidden();
  await expect(hunter.leadName).toHaveText('سلمى الحربي');
  await expect(page.getByTestId('lead-phone')).toContainText('+966505550199');
  await expect(page.getByTestId('lead-address')).toContainText('شارع التحلية 12');
  await expect(page.getByTestId('lead-interests')).toContainText('صيانة');
  // Written down as an inbound caller: the call screen opens the inbound script.
  await expect(page.getByTestId('script-panel')).toHaveAttribute(
    'data-script-id',
    'hunter-inbound-advert',
  );
  // Interests are edited with the contact.
  await page.getByTestId('edit-contact').click();
  await page.getByTestId('contact-interests').fill('مياه المكاتب، صيانة، فلاتر');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('lead-interests')).toContainText('فلاتر');
  await desk.screenshot('lead-card-extras-ar');
  // In the hunter's own queue: search names him as the owner.
  await leads.openSearch('slash');
  await leads.find('سلمى', 'فيصل العتيبي');
  await page.keyboard.press('Escape');
  await expect(leads.search).toBeHidden();

  // The supervisor (administrator) finds the customer and reads the whole history.
  await signOut(page);
  await signIn.signInAs(DEMO.sarah);
  await leads.openSearch('click');
  await (await leads.find(customer, customer)).click();
  await expect(leads.detail).toBeVisible();
  await expect(page.getByTestId('lead-detail-name')).toContainText(customer);
  await expect(page.getByTestId('detail-owner')).toContainText('فيصل العتيبي');
  const activities = page.getByTestId('detail-activity');
  await expect(activities.first()).toContainText('No answer');
  await expect(activities.first()).toContainText('فيصل العتيبي');
  await expect(page.getByTestId('detail-stages')).toContainText('Added');
  await leads.screenshot('lead-detail-en');
  // The page is a link: closed, and opened again from the address bar, in Turkish.
  const link = page.url();
  expect(link).toContain('lead=');
  await page.getByTestId('lead-detail-close').click();
  await expect(leads.detail).toBeHidden();
  await desk.chooseLanguage('Türkçe');
  await page.goto(link);
  await expect(leads.detail).toBeVisible();
  await expect(activities.first()).toContainText('Cevap yok');
  await leads.screenshot('lead-detail-tr');
  await page.keyboard.press('Escape');
  await expect(leads.detail).toBeHidden();

  // The caller added by hand: how they came, address and interests, in Arabic.
  await desk.chooseLanguage('العربية');
  await leads.openSearch('slash');
  await (await leads.find('سلمى', 'سلمى الحربي')).click();
  await expect(leads.detail).toBeVisible();
  await expect(page.getByTestId('detail-address')).toContainText('شارع التحلية 12');
  await expect(leads.detail).toContainText('اتصل بنا');
  await expect(leads.detail).toContainText('فلاتر');
  await leads.screenshot('lead-detail-ar');
  await page.keyboard.press('Escape');
  await expect(leads.detail).toBeHidden();

  // Leads named in the supervisor's lists open the same page; the list stays underneath.
  await page.goto('/#/supervisor/leads?view=assign');
  const named = page.getByTestId('lead-link').first();
  const name = await named.innerText();
  await named.click();
  await expect(page.getByTestId('lead-detail-name')).toContainText(name);
  await page.getByTestId('lead-detail-close').click();
  await expect(leads.detail).toBeHidden();
  await expect(page.getByTestId('lead-row').first()).toBeVisible();
  expect(page.url()).toContain('view=assign');
});

test('search, the new-lead form and the lead card in English and Turkish', async ({ page }) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const hunter = new HunterPage(page);
  const leads = new LeadsPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.daniel);
  await hunter.open();
  const customer = await hunter.nextLead();
  await leads.openSearch('slash');
  await leads.find(customer.split(' ')[0] ?? customer, customer);
  await desk.screenshot('lead-search-en');
  await leads.startNewLead();
  await leads.newLead.getByRole('combobox', { name: 'How they came' }).click();
  await page.getByTestId('origin-walkIn').click();
  await leads.field('name').fill('Jane Walker');
  await leads.field('phone').fill('+44 7911 123456');
  await leads.field('address').fill('12 Harbour Road\nLondon SE1 2AB');
  await leads.field('interests').fill('Water cooler, Filters');
  await desk.screenshot('new-lead-en');
  await leads.saveNewLead();
  await expect(hunter.leadName).toHaveText('Jane Walker');
  await expect(page.getByTestId('lead-interests')).toContainText('Filters');
  await desk.screenshot('lead-card-extras-en');

  await desk.chooseLanguage('Türkçe');
  await expect(page.getByTestId('lead-interests')).toContainText('İlgi alanları');
  await desk.screenshot('lead-card-extras-tr');
  await leads.openSearch('slash');
  await leads.find('Jane', 'Jane Walker');
  await desk.screenshot('lead-search-tr');
  await leads.startNewLead();
  await expect(leads.newLead).toContainText('Nasıl geldi');
  await desk.screenshot('new-lead-tr');
});
