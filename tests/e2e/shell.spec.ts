import { expect, test } from '@playwright/test';
import { DeskPage, type AreaName } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { DEMO, SignInPage } from './pages/sign-in-page';

const AREAS: readonly AreaName[] = ['hunter', 'closer', 'farmer', 'supervisor'];

test('the web client served by the sync server asks who is working, then shows the desk shell', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await desk.screenshot('sign-in-en');
  await signIn.signInAs(DEMO.sarah);
  await expect(desk.title).toContainText('Sales Desk');
  await expect(desk.connection).toHaveAttribute('data-state', 'online');
  await expect(desk.userBadge).toContainText('Signed in as Sarah Mitchell');
  for (const area of AREAS) {
    await desk.goTo(area);
    await expect(page).toHaveURL(new RegExp(`#/${area}$`));
  }
  await expect(page.getByTestId('local-lead-count')).toContainText('300 leads');
  await desk.screenshot('shell-en-supervisor');
});

test('reload keeps the person and the area, and back goes to the previous area', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.sarah);
  await desk.goTo('closer');
  await desk.goTo('farmer');
  await page.reload();
  await expect(desk.area('farmer')).toBeVisible();
  await expect(desk.userBadge).toContainText('Sarah Mitchell');
  await page.goBack();
  await expect(desk.area('closer')).toBeVisible();
});

test('the connection chip turns to offline when the network goes, and the desk keeps working', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.daniel);
  await expect(desk.connection).toHaveAttribute('data-state', 'online');
  // The demo leads are on the desk before the network goes (the desk works on what it holds).
  const hunter = new HunterPage(page);
  await hunter.open();
  await expect(page.getByTestId('queue-size')).toContainText('40');
  await page.context().setOffline(true);
  await expect(desk.connection).toHaveAttribute('data-state', 'offline');
  // N with nothing focused (a busy machine may leave focus on the last button pressed).
  await hunter.nextLead();
  await page.context().setOffline(false);
});

test('a language picked on the sign-in screen is the one the person works in, and survives a reload', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const desk = new DeskPage(page);
  await signIn.open();
  await desk.chooseLanguage('Türkçe');
  expect(await desk.htmlLang()).toBe('tr');
  await expect(page.getByText('Bu masada kim çalışıyor?')).toBeVisible();
  await signIn.signInAs(DEMO.sarah);
  expect(await desk.htmlDir()).toBe('ltr');
  await expect(desk.languageSwitcher).toContainText('Türkçe');
  await page.reload();
  await expect(desk.languageSwitcher).toContainText('Türkçe');
});

test('first run follows the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-SA' });
  const page = await context.newPage();
  await new SignInPage(page).open();
  expect(await new DeskPage(page).htmlDir()).toBe('rtl');
  await expect(page.getByText('من يعمل على هذا المكتب؟')).toBeVisible();
  await context.close();
});
