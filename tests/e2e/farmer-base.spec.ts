// A farmer's whole customer base is reachable: the virtualised list pages in more customers as
// the farmer scrolls, however many there are.
import { expect, test } from '@playwright/test';
import { FarmerPage } from './pages/farmer-page';
import { DEMO, SignInPage } from './pages/sign-in-page';

test.setTimeout(120_000);

test('the farmer scrolls past the first thousand customers to the oldest one', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.daniel);
  // 2,500 more customers for Daniel, straight into the desk's IndexedDB; the oldest is last.
  const added = await page.evaluate(async (owner) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('salesdesk-demo');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction('leads', 'readwrite');
    const store = tx.objectStore('leads');
    const template = await new Promise<Record<string, unknown>>((resolve) => {
      const req = store.index('stage').get('won');
      req.onsuccess = () => resolve(req.result as Record<string, unknown>);
    });
    const base = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 2500; i++) {
      store.put({
        ...template,
        id: `base-${String(i).padStart(5, '0')}`,
        ownerId: owner,
        stage: 'won',
        name: `Customer ${String(i).padStart(5, '0')}`,
        company: 'Paging Ltd',
        phoneE164: null,
        phones: [],
        email: null,
        searchKeys: [],
        queueOwner: null,
        queueKey: null,
        stageChangedAt: base - i * 60_000,
      });
    }
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return 2500;
  }, DEMO.daniel);
  expect(added).toBe(2500);

  const farmer = new FarmerPage(page);
  await farmer.open();
  await farmer.show('all');
  const oldest = page.getByTestId('farmer-item').filter({ hasText: 'Customer 02499' });
  const scroller = farmer.list.locator('..');
  await expect(async () => {
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(oldest).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
});
