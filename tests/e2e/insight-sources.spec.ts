// Source analysis end to end (offline demo, Chromium): a supervisor opens Insight → Sources, sees
// the funnel per list with the demo's calls, meetings and sales, enters what a list cost and reads
// cost per lead, per sale and return worked out from the table's own figures; switches to sources
// and tracking numbers; reads revenue per product and inbound against outbound calls. English for
// the administrator, then Arabic (right to left) for the Gulf supervisor.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { SupervisorPage, SUPERVISORS } from './pages/supervisor-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { EditorsPage } from './pages/editors-page';
import { ListsPage } from './pages/lists-page';
import { PRO_500_ID } from '../../shared/demo/products';

/** Cell text with Arabic-Indic digits and grouping read as plain digits. */
const digits = (text: string) =>
  text
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/٫/g, '.')
    .replace(/[,٬\s\u200f\u200e\u00a0]/g, '');
/** The first number in a cell ("SAR 1,000.00", "١٬٠٠٠٫٠٠ ر.س.") — 0 when there is none. */
const amount = (text: string) => Number(/\d+(\.\d+)?/.exec(digits(text))?.[0] ?? 0);

async function openSources(page: Page, who: string, arabic = false): Promise<DeskPage> {
  const signInPage = new SignInPage(page);
  await signInPage.open();
  const desk = new DeskPage(page);
  if (arabic) await desk.chooseLanguage('العربية');
  await signInPage.signInAs(who);
  await openSourcesTab(page);
  return desk;
}

async function openSourcesTab(page: Page): Promise<void> {
  await new SupervisorPage(page).open();
  await page.getByTestId('section-insight').click();
  await page.getByTestId('insight-tab-sources').click();
  await expect(page.getByTestId('insight-sources')).toBeVisible();
  // A quarter holds enough of the demo's history for every figure.
  await page.getByTestId('period-quarter').click();
  await expect(page.getByTestId('period-quarter')).toHaveAttribute('aria-pressed', 'true');
}

/** The busiest list with a sale (rows come most sales first). */
async function soldList(page: Page): Promise<{ row: Locator; key: string }> {
  const rows = page.getByTestId('sources-funnel-table').getByTestId('sources-row');
  await expect(rows.first()).toBeVisible();
  const n = await rows.count();
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    const key = (await row.getAttribute('data-key')) ?? '';
    const won = amount(await row.getByTestId('sources-won').innerText());
    if (key && won > 0) return { row, key };
  }
  throw new Error('no list with a sale in the demo quarter');
}

async function setCost(page: Page, row: Locator, value: string, currency: string): Promise<void> {
  await row.getByTestId('sources-edit-cost').click();
  const dialog = page.getByTestId('list-cost-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('list-cost-amount').fill(value);
  await dialog.getByTestId('list-cost-currency').fill(currency);
  await dialog.getByTestId('list-cost-save').click();
  await expect(dialog).toBeHidden();
}

/** Checks cost per lead, per sale and return against the row's own leads, sales and revenue. */
async function expectCostFigures(row: Locator, cost: number): Promise<void> {
  await expect(row.getByTestId('sources-cost')).toContainText(/\d/);
  expect(amount(await row.getByTestId('sources-cost').innerText())).toBe(cost);
  const cells = row.locator('td');
  const leads = amount(await cells.nth(0).innerText());
  const won = amount(await row.getByTestId('sources-won').innerText());
  expect(leads).toBeGreaterThan(0);
  expect(won).toBeGreaterThan(0);
  const perLead = amount(await row.getByTestId('sources-cost-per-lead').innerText());
  expect(perLead).toBeCloseTo(cost / leads, 2);
  const perSale = amount(await row.getByTestId('sources-cost-per-sale').innerText());
  expect(perSale).toBeCloseTo(cost / won, 2);
  await expect(row.getByTestId('sources-return')).toContainText(/\d/);
}

test('the administrator sets a list’s cost and reads the funnel, cost per lead and sale, products and call directions', async ({
  page,
}) => {
  const desk = await openSources(page, DEMO.sarah);
  await expect(page.getByTestId('sources-funnel')).toContainText('Funnel per list');
  const { row, key } = await soldList(page);
  // the funnel's steps are there and consistent: conversations never exceed calls
  const cells = row.locator('td');
  const calls = amount(await cells.nth(1).innerText());
  const conversations = amount(await cells.nth(2).innerText());
  expect(calls).toBeGreaterThan(0);
  expect(conversations).toBeLessThanOrEqual(calls);
  await expect(row.getByTestId('sources-cost-per-lead')).toHaveText('');

  await setCost(page, row, '1000', 'SAR');
  const costed = page.locator(`[data-testid="sources-row"][data-key="${key}"]`);
  await expectCostFigures(costed, 1000);
  // the cost stays on the desk: another group and back still shows it
  await page.getByTestId('sources-group-source').click();
  await expect(page.getByTestId('sources-funnel')).toContainText('Funnel per source');
  await expect(page.getByTestId('sources-funnel-table')).not.toContainText('List cost');
  await page.getByTestId('sources-group-did').click();
  await expect(page.getByTestId('sources-funnel')).toContainText('Funnel per tracking number');
  await expect(page.getByTestId('sources-funnel-table')).toContainText('No tracking number');
  await page.getByTestId('sources-group-list').click();
  await expectCostFigures(page.locator(`[data-testid="sources-row"][data-key="${key}"]`), 1000);

  // products: at least one front-end product sold, with its revenue
  const products = page.getByTestId('sources-products-table').getByTestId('sources-product-row');
  await expect(products.first()).toBeVisible();
  const sale = page
    .getByTestId('sources-products-table')
    .locator('[data-testid="sources-product-row"][data-kind="sale"]')
    .first();
  expect(amount(await sale.getByTestId('sources-product-revenue').innerText())).toBeGreaterThan(0);

  // inbound and outbound, each a row; outbound calls are the demo's calls
  const directions = page.getByTestId('sources-calls-table').getByTestId('sources-calls-row');
  await expect(directions).toHaveCount(2);
  expect(
    amount(
      await page
        .locator('[data-testid="sources-calls-row"][data-direction="outbound"]')
        .getByTestId('sources-calls-count')
        .innerText(),
    ),
  ).toBeGreaterThan(0);

  // removing the cost clears the figures
  await costed.getByTestId('sources-edit-cost').click();
  await page.getByTestId('list-cost-remove').click();
  await expect(page.getByTestId('list-cost-dialog')).toBeHidden();
  await expect(costed.getByTestId('sources-cost-per-lead')).toHaveText('');
  await setCost(page, costed, '1000', 'SAR');
  await desk.screenshot('insight-sources-en');

  // the lists overview shows the same cost, and a change made there reaches the funnel
  const lists = new ListsPage(page);
  await lists.open();
  const listed = lists.listRow(key);
  await expect(listed.getByTestId('list-cost-value')).toHaveText(/1,000/);
  await setCost(page, listed, '1500', 'SAR');
  await expect(listed.getByTestId('list-cost-value')).toHaveText(/1,500/);
  await openSourcesTab(page);
  await expectCostFigures(page.locator(`[data-testid="sources-row"][data-key="${key}"]`), 1500);
});

test('Arabic: the Gulf supervisor costs a list and reads the funnel right to left', async ({
  page,
}) => {
  const desk = await openSources(page, SUPERVISORS.omar, true);
  expect(await desk.htmlDir()).toBe('rtl');
  await expect(page.getByTestId('sources-funnel')).toContainText('مسار التحويل لكل قائمة');
  const { row, key } = await soldList(page);
  await setCost(page, row, '2500', 'SAR');
  await expectCostFigures(page.locator(`[data-testid="sources-row"][data-key="${key}"]`), 2500);
  await expect(page.getByTestId('sources-funnel-table')).toContainText('التكلفة لكل بيعة');
  await expect(page.getByTestId('sources-products')).toContainText('الإيراد والهامش لكل منتج');
  await expect(page.getByTestId('sources-calls')).toContainText('صادرة');
  await desk.screenshot('insight-sources-ar');
});

test('a product’s unit cost, set in the content editor, gives its margin on the Sources tab', async ({
  page,
}) => {
  await openSources(page, DEMO.sarah);
  const sale = page.locator(
    `[data-testid="sources-product-row"][data-product="${PRO_500_ID}"][data-kind="sale"]`,
  );
  await expect(sale).toBeVisible();
  await expect(sale.getByTestId('sources-product-margin')).toHaveText('');

  const editors = new EditorsPage(page);
  await editors.openContent();
  await editors.kind('product');
  await editors.select(PRO_500_ID);
  await page.getByTestId('product-unit-cost').fill('100');
  await editors.save();

  await openSourcesTab(page);
  await expect(sale.getByTestId('sources-product-margin')).toContainText(/\d/);
  const cells = sale.locator('td');
  const sold = amount(await cells.nth(2).innerText());
  const revenue = amount(await sale.getByTestId('sources-product-revenue').innerText());
  expect(sold).toBeGreaterThan(0);
  expect(amount(await sale.getByTestId('sources-product-margin').innerText())).toBeCloseTo(
    revenue - sold * 100,
    2,
  );
});
