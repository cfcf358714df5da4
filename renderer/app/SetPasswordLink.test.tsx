import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeSyncServer } from '../sync/testing/fake-sync-server';
import { serverDeskTests } from '../test/server-desk';

const TOKEN = 'T'.repeat(43);
const NEW_PASSWORD = 'سبعة جبال خضراء';

const { renderDesk } = serverDeskTests();

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The sync server of these tests: the link routes answered as the real server answers them
 * (server/auth/accounts.http.test.ts holds it to that), everything else by the fake sync server,
 * whose one person signs in with `secret`.
 */
function server(link: 'valid' | 'expired') {
  const sync = new FakeSyncServer();
  const signIns: unknown[] = [];
  const used: unknown[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (url.endsWith('/api/auth/password-link/check')) {
      if (link === 'expired')
        return json(410, { error: 'linkExpired', message: 'This link has expired.' });
      return json(200, {
        kind: 'invite',
        email: 'a@x.test',
        displayName: 'Layla Haddad',
        locale: 'ar',
        expiresAt: Date.now() + 3_600_000,
      });
    }
    if (url.endsWith('/api/auth/password-link/use')) {
      used.push(body);
      return json(200, { email: 'a@x.test' });
    }
    if (url.endsWith('/api/auth/sign-in')) {
      signIns.push({ ...body });
      if (body.password === NEW_PASSWORD) body.password = 'secret';
      return sync.fetch(url, { ...init, body: JSON.stringify(body) });
    }
    return sync.fetch(url, init);
  };
  vi.stubGlobal('fetch', fetch);
  return { fetch, signIns, used };
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('the set-password screen a link opens', () => {
  it('speaks the person’s language (Arabic, right to left), checks the password as it is typed, and signs in', async () => {
    const { fetch, signIns, used } = server('valid');
    window.location.hash = `#/set-password?token=${TOKEN}&lang=ar`;
    renderDesk(fetch);
    const intro = await screen.findByTestId('set-password-intro', {}, { timeout: 10_000 });
    expect(intro.textContent).toContain('Layla Haddad');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('مرحبًا بك في Sales Desk');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    // The token has left the address bar (and the history).
    expect(window.location.hash).not.toContain(TOKEN);

    const help = () => screen.getByTestId('new-password-help').textContent;
    const submit = () => screen.getByTestId('set-password-submit') as HTMLButtonElement;
    type('new-password', 'قصيرة');
    expect(help()).toBe('قصيرة جدًا: استخدم 10 أحرف على الأقل.');
    type('new-password', 'layla haddad 1');
    expect(help()).toBe('لا يجوز أن تكون اسمك أو أن تحتويه.');
    type('new-password', 'password123');
    await waitFor(() =>
      expect(help()).toBe('هذه كلمة مرور شائعة يجرّبها المخترقون أولًا؛ اختر غيرها.'),
    );
    expect(submit().disabled).toBe(true);
    type('new-password', NEW_PASSWORD);
    type('repeat-password', `${NEW_PASSWORD}!`);
    expect(screen.getByText('كلمتا المرور غير متطابقتين.')).toBeTruthy();
    expect(submit().disabled).toBe(true);
    type('repeat-password', NEW_PASSWORD);
    expect(submit().disabled).toBe(false);
    fireEvent.click(submit());

    // Signed in with the new password: the desk opens.
    expect(await screen.findByTestId('user-badge', {}, { timeout: 10_000 })).toBeTruthy();
    expect(used).toEqual([{ token: TOKEN, password: NEW_PASSWORD }]);
    expect(signIns).toEqual([
      expect.objectContaining({ email: 'a@x.test', password: NEW_PASSWORD }),
    ]);
  });

  it('says plainly when the link has expired, and leads to the sign-in screen', async () => {
    const { fetch } = server('expired');
    window.location.hash = `#/set-password?token=${TOKEN}`;
    renderDesk(fetch);
    const refused = await screen.findByTestId('set-password-refused', {}, { timeout: 10_000 });
    expect(refused.textContent).toBe(
      'This link has expired. Ask your administrator for a new one.',
    );
    expect(screen.queryByTestId('new-password')).toBeNull();
    fireEvent.click(screen.getByTestId('set-password-to-sign-in'));
    expect(await screen.findByTestId('server-sign-in')).toBeTruthy();
  });
});
