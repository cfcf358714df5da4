import { expect, test } from '@playwright/test';
import { DeskPage, type AreaName } from './pages/desk-page';

const AREAS: readonly AreaName[] = ['hunter', 'closer', 'farmer', 'supervisor'];

test('the web client served by the sync server shows the desk shell', async ({ page }) => {
  const desk = new DeskPage(page);
  await desk.open();
  await expect(desk.title).toContainText('Sales Desk');
  await expect(desk.heading).toHaveText('Dial queue');
  await expect(desk.connection).toHaveAttribute('data-state', 'online');
  await expect(desk.userBadge).toContainText('Not signed in');
  await expect(page.getByTestId('local-lead-count')).toContainText('0 leads');
  for (const area of AREAS) {
    await desk.goTo(area);
    await expect(page).toHaveURL(new RegExp(`#/${area}$`));
  }
  await desk.screenshot('shell-en-supervisor');
});

test('reload keeps the area, and back goes to the previous one', async ({ page }) => {
  const desk = new DeskPage(page);
  await desk.open('closer');
  await expect(desk.heading).toHaveText('Hand-off inbox');
  await desk.goTo('farmer');
  await page.reload();
  await expect(desk.area('farmer')).toBeVisible();
  await page.goBack();
  await expect(desk.area('closer')).toBeVisible();
});

test('the connection chip turns to offline when the server stops answering', async ({ page }) => {
  const desk = new DeskPage(page);
  await desk.open();
  await expect(desk.connection).toHaveAttribute('data-state', 'online');
  await page.context().setOffline(true);
  await expect(desk.connection).toHaveAttribute('data-state', 'offline');
  await page.context().setOffline(false);
});

test('Arabic mirrors the desk: rtl, lang ar, app name on the right', async ({ page }) => {
  const desk = new DeskPage(page);
  await desk.open();
  await desk.chooseLanguage('العربية');
  expect(await desk.htmlDir()).toBe('rtl');
  expect(await desk.htmlLang()).toBe('ar');
  await expect(desk.title).toContainText('مكتب المبيعات');
  const box = await desk.title.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThan(width / 2);
  for (const area of AREAS) {
    await desk.goTo(area);
    await desk.screenshot(`shell-ar-${area}`);
  }
});

test('Turkish stays left-to-right and the choice survives a reload', async ({ page }) => {
  const desk = new DeskPage(page);
  await desk.open();
  await desk.chooseLanguage('Türkçe');
  expect(await desk.htmlDir()).toBe('ltr');
  expect(await desk.htmlLang()).toBe('tr');
  await page.reload();
  await expect(desk.languageSwitcher).toContainText('Türkçe');
  for (const area of AREAS) {
    await desk.goTo(area);
    await desk.screenshot(`shell-tr-${area}`);
  }
});

test('first run follows the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-SA' });
  const page = await context.newPage();
  const desk = new DeskPage(page);
  await desk.open();
  expect(await desk.htmlDir()).toBe('rtl');
  await context.close();
});
