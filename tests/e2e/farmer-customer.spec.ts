// The farmer's customer, in Arabic: every purchase with its product and amount, how long they have
// been a customer, an up-sell recorded with what was bought, and a referral that lands in the
// team's queue credited to the customer.
import { expect, test } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { FarmerPage } from './pages/farmer-page';
import { SignInPage } from './pages/sign-in-page';

const NOURA = '01900000-0000-7000-8000-000000000205'; // farmer, Arabic, Gulf team
const GULF_TEAM = '01900000-0000-7000-8000-000000000101';

test('an Arabic farmer records an up-sell with its amount and a referral credited to the customer', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await signIn.signInAs(NOURA);
  expect(await desk.htmlDir()).toBe('rtl');
  const farmer = new FarmerPage(page);
  await farmer.open();
  await farmer.show('all');
  const first = farmer.list.getByTestId('farmer-item').first(); // Salma Abdelhamid, an Egyptian customer
  const label = (await first.innerText()).split('\n')[0] ?? '';
  const customerName = label.split(' · ')[0]?.trim() ?? '';
  await first.click();

  const rows = page.getByTestId('farmer-purchase');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await expect(page.getByTestId('farmer-tenure')).toContainText('عميل منذ');

  // The up-sell asks what was bought and for how much; nothing is saved without both.
  await page.getByTestId('disposition-upsold').click();
  const dialog = page.getByTestId('dialog-upsold');
  await expect(dialog).toBeVisible();
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-error')).toBeVisible();
  await page.getByTestId('dialog-upsell-product').locator('..').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('dialog-upsell-amount').fill('640');
  await page.getByTestId('dialog-confirm').click();
  await expect(dialog).toBeHidden();

  // The customer's panel now lists the up-sell under the first purchase, with the new total.
  await farmer.list.getByTestId('farmer-item').filter({ hasText: customerName }).first().click();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.last()).toContainText('640');
  await expect(rows.last()).toContainText('بيع إضافي');
  await expect(page.getByTestId('farmer-total')).toBeVisible();

  // A referral needs a way to reach the person; given one, it goes to the team's queue.
  await page.getByTestId('farmer-add-referral').click();
  await page.getByTestId('referral-name').fill('Layla Haddad');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-error')).toContainText('رقم هاتف أو بريدًا');
  await page.getByTestId('referral-phone').fill('010 1234 5678');
  await page.getByTestId('referral-note').fill('ابنة عمها، تدير مخبزًا');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-referral')).toBeHidden();
  await expect(page.getByTestId('farmer-referral-count')).toContainText('ترشيح واحد');
  await expect(page.getByTestId('farmer-referral-count')).toContainText('Layla Haddad');
  await expect(page.getByTestId('activity-history')).toContainText('رشّح شخصًا');
  await desk.screenshot('farmer-customer-ar');

  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('salesdesk-demo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const req = db.transaction('leads').objectStore('leads').getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
    });
    db.close();
    return all.find((l) => l.name === 'Layla Haddad') ?? null;
  });
  expect(stored).toMatchObject({
    ownerId: null,
    teamId: GULF_TEAM,
    stage: 'lead',
    phoneE164: '+201012345678', // typed the local way, read in the customer's country (Egypt)
    listName: 'Referrals',
    notes: 'ابنة عمها، تدير مخبزًا',
    referredBy: { name: customerName, agentId: NOURA },
  });

  for (const [language, name] of [
    ['Türkçe', 'tr'],
    ['English', 'en'],
  ] as const) {
    await desk.chooseLanguage(language);
    await expect(page.getByTestId('farmer-customer')).toBeVisible();
    await desk.screenshot(`farmer-customer-${name}`);
  }
});
