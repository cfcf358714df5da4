// Losses and objection cards end to end on the offline demo desk (pinned to a workday morning in
// November): a hunter opens two objection cards on a call and refuses for the price; a closer
// loses another lead to a competitor they name; the administrator then finds both in the insight
// tabs — the refusal and the loss counted, the competitor by name, the two cards with what their
// call ended in — in English and, right to left, in Arabic.
import { expect, test } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { FarmerPage } from './pages/farmer-page';
import { HunterPage } from './pages/hunter-page';
import { InsightLossesPage, plainNumber } from './pages/insight-losses-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { SUPERVISORS } from './pages/supervisor-page';

// Three sign-ins, a call, a lost deal and two tabs in two languages.
test.describe.configure({ timeout: 180_000 });

const COMPETITOR = 'AquaPure Gulf';
const NOURA = '01900000-0000-7000-8000-000000000205'; // farmer, Arabic, Gulf team

/** Signs out of the desk, back to the sign-in screen. */
async function signOut(signIn: SignInPage): Promise<void> {
  await signIn.page.getByTestId('user-badge').click();
  await signIn.page.getByTestId('sign-out').click();
  await expect(signIn.root).toBeVisible();
}

test('a refusal after two objection cards and a deal lost to a named competitor reach the losses and objections tabs, in English and Arabic', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const insight = new InsightLossesPage(page);

  // What the month held before: the administrator's figures.
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  await insight.open('losses');
  const before = {
    lost: await insight.total('lost'),
    refusal: await insight.total('refusal'),
    competitor: await insight.total('competitor'),
  };
  await signOut(signIn);

  // Daniel hunts: two objection cards opened on the call, then "not interested" for the price.
  await signIn.signInAs(DEMO.daniel);
  const hunter = new HunterPage(page);
  await hunter.open();
  const refused = await hunter.nextLead();
  await hunter.openObjections();
  const open = page.getByTestId('objection-card-open');
  const titles: string[] = [];
  for (const i of [0, 1]) {
    const card = open.nth(i);
    titles.push((await card.locator('.MuiTypography-subtitle1').innerText()).trim());
    await card.click();
    await expect(card).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(page.getByTestId('objection-card-opened')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(hunter.objectionSearch).toBeHidden();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('5');
  await page.getByTestId('refusal-reason-price').click();
  await page.getByTestId('refusal-new-offer').press('Enter');
  await expect(hunter.leadName).not.toHaveText(refused, { timeout: 30_000 });

  // Daniel closes: a deal in his inbox is lost to a competitor he names.
  await desk.goTo('closer');
  await page.getByTestId('closer-inbox').getByTestId('inbox-item').first().click();
  await expect(page.getByTestId('closer-detail')).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('l');
  await page.getByTestId('dialog-reason').locator('..').click();
  await page.getByRole('option', { name: 'Chose a competitor' }).click();
  await page.getByTestId('dialog-competitor').fill(`  ${COMPETITOR} `);
  await desk.screenshot('insight-losses-competitor-dialog-en');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-lost')).toBeHidden();
  await signOut(signIn);

  // The administrator: one more loss, one more refusal, the competitor by its name.
  await signIn.signInAs(DEMO.sarah);
  await insight.open('losses');
  await expect.poll(() => insight.total('lost')).toBe(before.lost + 1);
  expect(await insight.total('competitor')).toBe(before.competitor + 1);
  const named = insight.competitorRows.filter({ hasText: COMPETITOR });
  await expect(named).toHaveCount(1);
  await expect(insight.cell(named, 1)).toHaveText('1');
  await expect(page.getByTestId('losses-reasons-table')).toContainText('Chose a competitor');
  await desk.screenshot('insight-losses-en');
  await page.getByTestId('losses-show-refusal').click();
  expect(await insight.total('refusal')).toBe(before.refusal + 1);
  const price = insight.reasonRows.filter({ hasText: 'Price' });
  await expect(price).toHaveCount(1);
  expect(plainNumber(await insight.cell(price, 1).innerText())).toBeGreaterThanOrEqual(1);
  // By rep: Daniel's refusal is in his row.
  await expect(
    page.getByTestId('losses-groups-table-row').filter({ hasText: 'Daniel Brooks' }),
  ).toBeVisible();
  await desk.screenshot('insight-refusals-en');

  // Objection cards: the two cards, each opened on one call that ended in a refusal.
  await insight.openTab('objections');
  await expect(insight.cardRows).toHaveCount(2);
  for (const title of titles) {
    const row = insight.cardRows.filter({ hasText: title });
    await expect(insight.cell(row, 2)).toHaveText('1');
    await expect(insight.cell(row, 3)).toHaveText('0');
    await expect(insight.cell(row, 4)).toHaveText('0%');
    await expect(insight.outcomeRows.filter({ hasText: title })).toContainText('1 (100%)');
  }
  await expect(page.getByTestId('objections-outcomes-table')).toContainText('Not interested');
  await expect(page.getByTestId('objections-wins-empty')).toBeVisible();
  const daniel = insight.repRows.filter({ hasText: 'Daniel Brooks' });
  await expect(insight.cell(daniel, 1)).toHaveText('2');
  await expect(insight.cell(daniel, 2)).toHaveText('2');
  await desk.screenshot('insight-objections-en');

  // The table's CSV: one line per card with its calls.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-objections-cards').click();
  const csv = await (await download).createReadStream();
  const text = await new Promise<string>((resolve) => {
    let s = '';
    csv.on('data', (c: Buffer) => (s += c.toString('utf8')));
    csv.on('end', () => resolve(s));
  });
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(3);
  // A title with a comma or a quote is quoted; either way the line names the card.
  for (const title of titles)
    expect(lines.filter((l) => l.includes(title.replaceAll('"', '""'))).length).toBe(1);

  // Right to left in Arabic: the same figures, the competitor as typed.
  await desk.chooseLanguage('العربية');
  expect(await desk.htmlDir()).toBe('rtl');
  await expect(page.getByTestId('objections-cards')).toContainText(
    'بطاقات الاعتراضات في المكالمات',
  );
  await expect(insight.cardRows).toHaveCount(2);
  await expect(page.getByTestId('objections-outcomes-table')).toContainText('غير مهتم');
  await desk.screenshot('insight-objections-ar');
  await insight.openTab('losses');
  await expect(page.getByTestId('losses-competitors')).toContainText('ذهبوا إلى منافس');
  await expect(insight.competitorRows.filter({ hasText: COMPETITOR })).toHaveCount(1);
  expect(await insight.total('lost')).toBe(before.lost + 1);
  await desk.screenshot('insight-losses-ar');
});

test('in Arabic, right to left: a Gulf hunter’s refusal after two cards and a customer who left for a named competitor reach the Gulf supervisor', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  const insight = new InsightLossesPage(page);
  const rival = 'مياه زمزم';

  await signIn.open();
  await signIn.signInAs(SUPERVISORS.omar);
  expect(await desk.htmlDir()).toBe('rtl');
  await insight.open('losses');
  const before = { lost: await insight.total('lost'), refusal: await insight.total('refusal') };
  await signOut(signIn);

  // Faisal: two cards opened, then "not interested" because of a competitor.
  await signIn.signInAs(DEMO.faisal);
  const hunter = new HunterPage(page);
  await hunter.open();
  const refused = await hunter.nextLead();
  await hunter.openObjections();
  const open = page.getByTestId('objection-card-open');
  const titles: string[] = [];
  for (const i of [0, 1]) {
    titles.push((await open.nth(i).locator('.MuiTypography-subtitle1').innerText()).trim());
    await open.nth(i).click();
  }
  await expect(page.getByTestId('objection-card-opened')).toHaveCount(2);
  await desk.screenshot('insight-cards-opened-ar');
  await page.keyboard.press('Escape');
  await expect(hunter.objectionSearch).toBeHidden();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('5');
  await page.getByTestId('refusal-reason-competitor').click();
  await page.getByTestId('refusal-new-offer').press('Enter');
  await expect(hunter.leadName).not.toHaveText(refused, { timeout: 30_000 });
  await signOut(signIn);

  // Noura: a customer leaves for a competitor she names.
  await signIn.signInAs(NOURA);
  const farmer = new FarmerPage(page);
  await farmer.open();
  await farmer.show('all');
  await farmer.list.getByTestId('farmer-item').first().click();
  await expect(page.getByTestId('call-screen')).toBeVisible();
  await page.getByTestId('disposition-churned').click();
  await expect(page.getByTestId('dialog-churned')).toBeVisible();
  await page.getByTestId('dialog-reason').locator('..').click();
  await page.getByRole('option', { name: 'اختار منافسًا' }).click();
  await page.getByTestId('dialog-competitor').fill(rival);
  await desk.screenshot('insight-churn-competitor-ar');
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-churned')).toBeHidden();
  await signOut(signIn);

  // Omar: the loss, the refusal (a competitor), the rival by name, Faisal's two cards.
  await signIn.signInAs(SUPERVISORS.omar);
  await insight.open('losses');
  await expect.poll(() => insight.total('lost')).toBe(before.lost + 1);
  const named = insight.competitorRows.filter({ hasText: rival });
  await expect(named).toHaveCount(1);
  expect(plainNumber(await insight.cell(named, 1).innerText())).toBe(1);
  await page.getByTestId('losses-show-refusal').click();
  expect(await insight.total('refusal')).toBe(before.refusal + 1);
  await expect(insight.reasonRows.filter({ hasText: 'منافس' })).toHaveCount(1);
  await desk.screenshot('insight-refusals-ar');
  await insight.openTab('objections');
  await expect(insight.cardRows).toHaveCount(2);
  for (const title of titles)
    expect(
      plainNumber(await insight.cell(insight.cardRows.filter({ hasText: title }), 2).innerText()),
    ).toBe(1);
  const faisal = insight.repRows.filter({ hasText: 'فيصل' });
  expect(plainNumber(await insight.cell(faisal, 1).innerText())).toBe(2);
});
