// Time in stage, stalled deals and the forecast end to end (offline demo, Chromium): a supervisor
// sees how long leads sit in each stage, finds a stalled proposal and opens it, reassigns another
// stalled deal to a colleague, then sets a manual win probability and watches the forecast move.
// English first, then the same in Arabic (right to left).
import { expect, test, type Page } from '@playwright/test';
import { DeskPage, type LanguageName } from './pages/desk-page';
import { SignInPage } from './pages/sign-in-page';
import { SUPERVISORS } from './pages/supervisor-page';

async function openInsightTab(page: Page, language: LanguageName, tab: 'stages' | 'forecast') {
  const signIn = new SignInPage(page);
  await signIn.open();
  const desk = new DeskPage(page);
  await desk.chooseLanguage(language);
  await signIn.signInAs(SUPERVISORS.omar);
  await page.getByTestId('nav-supervisor').click();
  await page.getByTestId('section-insight').click();
  await page.getByTestId(`insight-tab-${tab}`).click();
  return desk;
}

async function stalledAndForecast(page: Page, language: LanguageName, suffix: string) {
  const desk = await openInsightTab(page, language, 'stages');

  // Time in stage: a row per waiting stage, with leads still in it.
  const times = page.getByTestId('stage-time-table');
  await expect(times).toBeVisible({ timeout: 30_000 });
  await expect(times.locator('tr[data-stage="proposalSent"] td').nth(4)).not.toHaveText('0');

  // The demo's proposals went out in the last days: a one-day threshold makes the older ones
  // stalled, for the whole organisation.
  await page.getByTestId('stall-days-proposalSent').fill('1');
  await page.getByTestId('stall-save').click();
  await expect(page.getByTestId('stall-message')).toBeVisible();
  await expect(page.getByTestId('stall-days-proposalSent')).toHaveValue('1');

  // A stalled proposal: open it from the list.
  const proposals = page.locator('[data-testid="stalled-row"][data-stage="proposalSent"]');
  await expect(proposals.first()).toBeVisible({ timeout: 30_000 });
  const first = proposals.first();
  const name = (await first.getByTestId('lead-link').innerText()).trim();
  await desk.screenshot(`insight-stages-${suffix}`);
  await first.getByTestId('lead-link').click();
  await expect(page.getByTestId('lead-detail-name')).toContainText(name);
  await page.getByTestId('lead-detail-close').click();
  await expect(page.getByTestId('lead-detail-page')).toBeHidden();

  // Reassign another stalled deal to a colleague of the team: its owner changes in the list.
  const rows = page.getByTestId('stalled-row');
  const other = rows.nth(1);
  const leadId = (await other.getAttribute('data-lead')) ?? '';
  const owner = (await other.getByTestId('stalled-owner').innerText()).trim();
  await other.getByRole('checkbox').check();
  const ownerNames = await rows.getByTestId('stalled-owner').allInnerTexts();
  const colleague = [...new Set(ownerNames.map((n) => n.trim()))].find((n) => n !== owner);
  expect(colleague, 'a second rep with stalled deals in the team').toBeTruthy();
  await page.getByTestId('target-input').fill(colleague ?? '');
  await page
    .getByRole('option', { name: new RegExp(colleague ?? '') })
    .first()
    .click();
  await page.getByTestId('reassign-open').click();
  await expect(page.getByTestId('reassign-dialog')).toBeVisible();
  await page.getByTestId('reassign-confirm').click();
  await expect(page.getByTestId('stalled-reassigned')).toBeVisible();
  await expect(
    page.locator(`[data-testid="stalled-row"][data-lead="${leadId}"]`).getByTestId('stalled-owner'),
  ).toHaveText(colleague ?? '');

  // The forecast: a manual 100 % for proposals raises the weighted pipeline of the quarter.
  await page.getByTestId('insight-tab-forecast').click();
  await page.getByTestId('forecast-quarter').click();
  const weighted = page.getByTestId('forecast-weighted');
  await expect(weighted).toBeVisible({ timeout: 30_000 });
  const before = (await weighted.innerText()).trim();
  await page.getByTestId('probability-override-proposalSent').fill('100');
  await page.getByTestId('probability-save').click();
  await expect(page.getByTestId('probability-message')).toBeVisible();
  await expect(page.getByTestId('probability-proposalSent')).toContainText(/100/);
  await expect(weighted).not.toHaveText(before);
  await desk.screenshot(`insight-forecast-${suffix}`);
}

test('English: a supervisor opens a stalled proposal, reassigns another stalled deal and overrides a stage probability; the forecast follows', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await stalledAndForecast(page, 'English', 'en');
});

test('Arabic: the same right to left', async ({ page }) => {
  test.setTimeout(180_000);
  await stalledAndForecast(page, 'العربية', 'ar');
  expect(await new DeskPage(page).htmlDir()).toBe('rtl');
});
