// The administrator connects the organisation to its PBX from the desk — address, domain, a TURN
// server, a freshly generated ephemeral-credential key — and gives Faisal an extension; Faisal's
// desk then gets exactly that phone from the server, with credentials signed by that key. A bad
// address is caught on the form and never sent.
import { createHmac, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import type { DeskPhone, TelephonyView } from '../../shared/domain/telephony';
import { ServerProcess } from '../integration/sync/server-process';
import { DeskPage } from './pages/desk-page';
import { PhoneAdminPage } from './pages/phone-admin-page';
import { ServerSignInPage } from './pages/server-sign-in-page';

// Its own demo-mode server: the test changes the organisation's phone settings.
test.describe.configure({ mode: 'serial' });

const ADMIN_EMAIL = 'sarah.mitchell@rawaa.example';
const FAISAL = {
  id: '01900000-0000-7000-8000-000000000202',
  email: 'faisal.alotaibi@rawaa.example',
};
const PBX = {
  wssUrl: 'wss://pbx.rawaa.example:8089/ws',
  domain: 'pbx.rawaa.example',
  turn: {
    urls: ['turn:turn.rawaa.example:3478?transport=udp', 'turns:turn.rawaa.example:5349'],
    username: 'desk',
    credential: 'turn-secret',
  },
};

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

/** GET as `email`, signed in over HTTP as a desk would be (its own client id). */
async function getAs<T>(email: string, path: string): Promise<T> {
  const headers = {
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    'content-type': 'application/json',
  };
  const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: DEMO_PASSWORD, clientId: randomUUID() }),
  });
  expect(signIn.status, await signIn.clone().text()).toBe(200);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const res = await fetch(`${server.url}${path}`, {
    headers: { ...headers, authorization: `Bearer ${accessToken}` },
  });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}

async function signInAsAdmin(page: Page): Promise<PhoneAdminPage> {
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  const desk = new DeskPage(page);
  if ((await desk.htmlLang()) !== 'en') await desk.chooseLanguage('English');
  await signIn.signIn(ADMIN_EMAIL);
  await expect(signIn.syncChip).toHaveAttribute('data-sync-state', 'online', { timeout: 30_000 });
  const phones = new PhoneAdminPage(page);
  await phones.open();
  return phones;
}

test('an administrator connects the PBX and gives Faisal an extension his desk then receives', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const phones = await signInAsAdmin(page);
  await expect(phones.keyState).toHaveAttribute('data-state', 'unset');
  await expect(phones.accountRow(FAISAL.id)).toHaveAttribute('data-has-account', 'no');

  await phones.wssUrl.fill(PBX.wssUrl);
  await phones.sipDomain.fill(PBX.domain);
  await phones.addIceServer({
    urls: PBX.turn.urls.join(', '),
    username: PBX.turn.username,
    credential: PBX.turn.credential,
  });
  const key = await phones.generateKey();
  await phones.saveSettings();
  await expect(phones.keyState).toHaveAttribute('data-state', 'set');
  // The key is write-only: gone from the screen once saved.
  await expect(phones.keyInput).toHaveValue('');

  await phones.setAccount(FAISAL.id, { sipUser: '2202', mode: 'ephemeral' });
  await expect(phones.accountRow(FAISAL.id)).toHaveAttribute('data-has-account', 'yes');
  await expect(phones.sipUser(FAISAL.id)).toHaveText('2202');
  await expect(phones.mode(FAISAL.id)).toHaveText('Ephemeral');

  // Faisal's desk asks the server for its phone: the settings just saved, and credentials
  // signed with the generated key (the PBX checks them with the same key).
  const phone = await getAs<DeskPhone>(FAISAL.email, '/api/telephony/phone');
  expect(phone.wssUrl).toBe(PBX.wssUrl);
  expect(phone.uri).toBe(`sip:2202@${PBX.domain}`);
  expect(phone.iceServers).toEqual([PBX.turn]);
  expect(phone.authorizationUser).toMatch(/^\d+:2202$/);
  expect(phone.password).toBe(
    createHmac('sha1', key).update(phone.authorizationUser).digest('base64'),
  );

  await phones.screenshot('phone-admin-en');
  await new DeskPage(page).chooseLanguage('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('people-view-phones')).toHaveText('الهواتف');
  await expect(phones.mode(FAISAL.id)).toHaveText('مؤقتة');
  await phones.screenshot('phone-admin-ar');
  // The dialog in Arabic, fixed-password mode: every field there to look at.
  await page.getByTestId(`sip-edit-${FAISAL.id}`).click();
  await page.getByTestId('sip-mode-password').check();
  await expect(page.getByTestId('sip-dialog-password-helper')).toHaveText(
    'مطلوبة للحساب ذي كلمة المرور الثابتة.',
  );
  await phones.screenshot('phone-admin-dialog-ar');
  await page.getByTestId('sip-dialog-cancel').click();
  await expect(phones.dialog).toBeHidden();
});

test('a ws:// address off the machine is refused on the form and nothing reaches the server', async ({
  page,
}) => {
  const phones = await signInAsAdmin(page);
  const puts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/api/admin/telephony')) puts.push(r.url());
  });
  await expect(phones.wssUrl).toHaveValue(PBX.wssUrl);
  await phones.wssUrl.fill('ws://pbx.example.com');
  await phones.saveButton.click();
  await expect(phones.wssUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(phones.wssUrlHelper).toHaveText(
    'Enter a wss:// address (ws:// only on this computer).',
  );
  await expect(phones.invalid).toBeVisible();
  expect(puts).toEqual([]);
  const view = await getAs<TelephonyView>(ADMIN_EMAIL, '/api/admin/telephony');
  expect(view.settings.wssUrl).toBe(PBX.wssUrl);
});
