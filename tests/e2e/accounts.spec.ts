// People can sign in: the administrator adds Nadia and makes her an invitation link; Nadia opens
// it in her own browser, picks a password (a well-known one is refused on the spot), is signed
// in, and changes it; the administrator sees her session and ends it, and Nadia's desk is signed
// out. The new screens are shot in Arabic (tests/e2e/screenshots/accounts-*-ar.png).
import { expect, test } from '@playwright/test';
import { ServerProcess } from '../integration/sync/server-process';
import { MyAccountPage, PersonAccessPage, SetPasswordPage } from './pages/accounts-page';
import { DeskPage } from './pages/desk-page';
import { EditorsPage } from './pages/editors-page';
import { ServerSignInPage } from './pages/server-sign-in-page';

// Its own demo-mode server: the test adds a person and changes passwords.
test.describe.configure({ mode: 'serial' });

const ADMIN_EMAIL = 'sarah.mitchell@rawaa.example';
const NADIA = { name: 'Nadia Haddad', email: 'nadia.haddad@rawaa.example' };
const FIRST = 'نخلة زرقاء فوق الجبل 7';
const SECOND = 'green kettle on the roof 9';

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

test('an administrator invites a person, who sets a password, signs in, changes it, and is signed out when the session is revoked', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The administrator, in Arabic.
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  const desk = new DeskPage(page);
  if ((await desk.htmlLang()) !== 'ar') await desk.chooseLanguage('العربية');
  await signIn.signIn(ADMIN_EMAIL);
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 30_000 });

  // Adds Nadia (a hunter of the first team, Arabic), and waits until the server has her.
  const editors = new EditorsPage(page);
  await editors.openPeople();
  await page.getByTestId('user-add').click();
  const dialog = page.getByTestId('user-dialog');
  await page.getByTestId('user-name').fill(NADIA.name);
  await page.getByTestId('user-email').fill(NADIA.email);
  await dialog.getByRole('combobox').nth(0).click();
  await page.getByRole('option').nth(1).click();
  await dialog.getByRole('combobox').nth(1).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await page.getByTestId('user-save').click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('people-table').locator('tr', { hasText: NADIA.email });
  await expect(row).toBeVisible();
  await expect(signIn.syncChip).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  const nadiaId = ((await row.getAttribute('data-testid')) ?? '').replace(/^person-/, '');

  const access = new PersonAccessPage(page);
  await access.open(nadiaId);
  await expect(access.status).toContainText('لم يختر كلمة مرور بعد');
  const link = await access.makeLink('invite');
  expect(link.startsWith(`${server.url}/#/set-password?token=`)).toBe(true);
  expect(link).toContain('&lang=ar');
  await desk.screenshot('accounts-invite-link-ar');
  await access.close();

  // Nadia, in a browser of her own.
  const nadiaContext = await browser.newContext();
  const nadia = await nadiaContext.newPage();
  const setPassword = new SetPasswordPage(nadia);
  await setPassword.open(link);
  await expect(nadia.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(setPassword.intro).toContainText(NADIA.name);
  // The token has left her address bar.
  expect(nadia.url()).not.toContain('token=');
  await setPassword.choose('password123');
  await expect(setPassword.help).toHaveText(
    'هذه كلمة مرور شائعة يجرّبها المخترقون أولًا؛ اختر غيرها.',
  );
  await expect(setPassword.submit).toBeDisabled();
  await new DeskPage(nadia).screenshot('accounts-set-password-ar');
  await setPassword.choose(FIRST);
  await expect(setPassword.submit).toBeEnabled();
  await setPassword.submit.click();
  const nadiaDesk = new DeskPage(nadia);
  await expect(nadiaDesk.title).toBeVisible({ timeout: 30_000 });
  await expect(nadiaDesk.userBadge).toContainText(NADIA.name);

  // The link was spent: opening it again says so.
  const again = await nadiaContext.newPage();
  const reopened = new SetPasswordPage(again);
  await reopened.open(link);
  await expect(reopened.refused).toContainText('استُخدم هذا الرابط من قبل');
  await again.close();

  // Nadia changes her password; this desk stays signed in.
  const mine = new MyAccountPage(nadia);
  await mine.open();
  await expect(mine.sessions.locator('tbody tr')).toHaveCount(1);
  await mine.changePassword(FIRST, SECOND);
  await expect(mine.message).toHaveText('تم تغيير كلمة المرور، وسُجّل خروجك من أجهزتك الأخرى.');
  await nadiaDesk.screenshot('accounts-my-account-ar');
  await mine.close();

  // The administrator sees Nadia's one session and ends it.
  await access.open(nadiaId);
  await expect(access.status).toContainText('لديه كلمة مرور');
  await expect(access.sessionRows()).toHaveCount(1);
  await desk.screenshot('accounts-person-sessions-ar');
  await access.sessionRows().first().getByRole('button').click();
  await expect(access.dialog.getByTestId('sessions-none')).toBeVisible();

  // Nadia's desk is signed out and says why; her new password signs her in again.
  const nadiaSignIn = new ServerSignInPage(nadia);
  await expect(nadiaSignIn.form).toBeVisible({ timeout: 60_000 });
  await expect(nadia.getByTestId('sign-in-ended')).toBeVisible();
  await nadiaSignIn.fill(NADIA.email, FIRST);
  await expect(nadiaSignIn.error).toBeVisible();
  await nadiaSignIn.signIn(NADIA.email, SECOND);
  await nadiaContext.close();
});
