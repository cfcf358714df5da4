// Alerts end to end (offline demo, Chromium, Monday 13:30 in Riyadh): the supervisor's bell counts
// the alerts; "under 50 % of target calls" opens the dashboard on that rep, the do-not-call file's
// age opens the do-not-call screen, and rules edited in the alerts tab take effect at once and
// after a reload. English, then Arabic (right to left).
import { expect, test, type Page } from '@playwright/test';
import { AlertsPage } from './pages/alerts-page';
import { DeskPage, type LanguageName } from './pages/desk-page';
import { SUPERVISORS } from './pages/supervisor-page';
import { SignInPage } from './pages/sign-in-page';

/** Monday 23 Nov 2026, 13:30 in Riyadh: past the 13:00 check of the calls rule. */
const MONDAY_1330 = new Date('2026-11-23T10:30:00Z');
const SHOTS = '/tmp/shots-alerts';

async function signIn(page: Page, language: LanguageName): Promise<DeskPage> {
  const signInPage = new SignInPage(page);
  await signInPage.open(MONDAY_1330);
  const desk = new DeskPage(page);
  await desk.chooseLanguage(language);
  await signInPage.signInAs(SUPERVISORS.omar);
  return desk;
}

const TEXT = {
  English: {
    bell: /^Alerts: \d+$/,
    calls: /under 50% of target calls by 13:00/,
    dnc: 'National do-not-call file',
  },
  العربية: {
    bell: /^التنبيهات: /,
    calls: /أقل من .+ من هدف المكالمات حتى الساعة/,
    dnc: 'ملف عدم الاتصال الوطني',
  },
} as const;

for (const language of ['English', 'العربية'] as const) {
  const tag = language === 'English' ? 'en' : 'ar';
  test(`${language}: an alert opens the screen that explains it; edited rules take effect`, async ({
    page,
  }) => {
    const desk = await signIn(page, language);
    if (tag === 'ar') expect(await desk.htmlDir()).toBe('rtl');
    const alerts = new AlertsPage(page);
    await expect(alerts.bell).toBeVisible();
    await expect.poll(() => alerts.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(alerts.bell).toHaveAttribute('aria-label', TEXT[language].bell);

    // The calls rule: a rep under half their target at 13:30, one click to their numbers.
    await alerts.openMenu();
    const calls = alerts.menuItems('repCallsBelowTarget');
    await expect(calls.first()).toContainText(TEXT[language].calls);
    await expect(alerts.menuItems('dncFileOlderThan')).toContainText(TEXT[language].dnc);
    await page.screenshot({ path: `${SHOTS}/bell-menu-${tag}.png` });
    await page.keyboard.press('Escape');
    const key = await alerts.follow('repCallsBelowTarget');
    const repId = key.split(':')[1] ?? '';
    expect(repId).not.toBe('');
    await expect(page).toHaveURL(
      new RegExp(`#/supervisor/dashboard\\?period=today&agent=${repId}`),
    );
    const daily = page.getByTestId('calls-per-agent');
    await expect(daily.locator('tbody tr')).toHaveCount(1);
    await expect(daily.locator(`tbody tr[data-agent="${repId}"]`)).toBeVisible();
    await expect(page.getByTestId('period-today')).toHaveAttribute('aria-pressed', 'true');
    // The rep's calls against the target really are under half of it.
    const cells = daily.locator(`tbody tr[data-agent="${repId}"] td`);
    const digits = (s: string) =>
      Number(s.replace(/[^\d٠-٩]/g, '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));
    const made = digits(await cells.nth(1).innerText());
    const target = digits(await cells.nth(2).innerText());
    expect(made * 2).toBeLessThan(target);
    await page.screenshot({ path: `${SHOTS}/dashboard-rep-${tag}.png` });

    // The do-not-call file (the demo has none): the do-not-call screen says so.
    await alerts.follow('dncFileOlderThan');
    await expect(page).toHaveURL(/#\/supervisor\/leads\?view=dnc/);
    await expect(page.getByTestId('dnc-stale')).toBeVisible();

    // The rules: calls checked from 14:00 and the do-not-call rule off; both take effect.
    await alerts.openTab();
    await expect(alerts.rows('repCallsBelowTarget').first()).toBeVisible();
    await expect(alerts.rows('dncFileOlderThan')).toBeVisible();
    const before = await alerts.count();
    const callAlerts = await alerts.rows('repCallsBelowTarget').count();
    await page.screenshot({ path: `${SHOTS}/alerts-tab-${tag}.png`, fullPage: true });
    await alerts.setTime('14:00');
    await alerts.toggle('dncFileOlderThan');
    await alerts.save();
    await expect(alerts.rows('repCallsBelowTarget')).toHaveCount(0);
    await expect(alerts.rows('dncFileOlderThan')).toHaveCount(0);
    await expect.poll(() => alerts.count()).toBe(before - callAlerts - 1);
    await page.screenshot({ path: `${SHOTS}/alerts-rules-saved-${tag}.png`, fullPage: true });

    // Stored as the organisation's setting: a reload keeps them.
    await page.reload();
    await expect(alerts.tab).toBeVisible({ timeout: 20_000 });
    await expect(alerts.timeValue()).toHaveValue('14:00');
    await expect(page.getByTestId('rule-dncFileOlderThan-enabled')).not.toBeChecked();
    await expect(alerts.rows('dncFileOlderThan')).toHaveCount(0);
  });
}
