// The administrator switches call recording on from Supervisor → People & targets → Phones:
// recording with a notice to the customer, no pausing, recordings kept 30 days. The setting
// reaches the server (Faisal's desk pulls it), survives a reload, and the Arabic notice is
// uploaded, listed, played back and removed; a text file and a file over the limit are refused
// with a clear message before anything is sent.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { MAX_ANNOUNCEMENT_BYTES, type RecordingSettings } from '../../shared/recordings/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type PullResponse } from '../../shared/sync/protocol';
import { ServerProcess } from '../integration/sync/server-process';
import { toneWav } from '../telephony/tone-wav';
import { DeskPage } from './pages/desk-page';
import { PhoneAdminPage } from './pages/phone-admin-page';
import { ServerSignInPage } from './pages/server-sign-in-page';

// Its own demo-mode server: the test changes the organisation's recording settings.
test.describe.configure({ mode: 'serial' });

const ADMIN_EMAIL = 'sarah.mitchell@rawaa.example';
const FAISAL_EMAIL = 'faisal.alotaibi@rawaa.example';
const WANTED: RecordingSettings = {
  mode: 'announce',
  allowPause: false,
  retentionDays: 30,
  coachingNotice: true,
};

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
});

const HEADERS = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), 'content-type': 'application/json' };

/** A desk signed in over HTTP as `email` (its own client id): its bearer headers. */
async function signedIn(email: string): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({ email, password: DEMO_PASSWORD, clientId: randomUUID() }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const { accessToken } = (await res.json()) as { accessToken: string };
  return { ...HEADERS, authorization: `Bearer ${accessToken}` };
}

/** The `recording` setting as a desk signed in with `headers` pulls it from scratch. */
async function pulledRecording(headers: Record<string, string>): Promise<unknown> {
  let cursor: string | null = null;
  let found: unknown = null;
  for (;;) {
    const res = await fetch(`${server.url}/api/sync/pull`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ cursor, limit: 5000 }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const page = (await res.json()) as PullResponse;
    for (const change of page.changes)
      if (change.kind === 'setting' && change.row.key === 'recording') found = change.row.value;
    if (!page.more) return found;
    cursor = page.cursor;
  }
}

async function announcements(headers: Record<string, string>): Promise<string[]> {
  const res = await fetch(`${server.url}/api/recordings/announcements`, { headers });
  expect(res.status).toBe(200);
  return ((await res.json()) as { languages: string[] }).languages;
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

test('an administrator records with a notice, 30 days, no pausing, and manages the Arabic notice', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const phones = await signInAsAdmin(page);
  const card = page.getByTestId('recording-settings');
  const $ = (id: string) => page.getByTestId(id);
  await expect(card).toBeVisible();
  // Nothing set yet: off, as every desk records by default.
  await expect($('recording-mode-off')).toBeChecked();
  await expect($('recording-notice-ar')).toHaveAttribute('data-has-file', 'false');
  await expect($('recording-notice-ar-beep')).toBeHidden();

  await $('recording-mode-announce').check();
  await $('recording-allow-pause').uncheck();
  await $('recording-days').fill('0');
  await $('recording-save').click();
  await expect($('recording-days-helper')).toHaveText('A whole number of days from 1 to 3,650.');
  await expect($('recording-saved')).toBeHidden();
  await $('recording-days').fill('30');
  await $('recording-save').click();
  await expect($('recording-saved')).toHaveText(
    'Saved. Every desk records this way once it syncs.',
  );
  // Announce with no file yet: each language says a beep plays instead.
  for (const lang of ['en', 'ar', 'tr'])
    await expect($(`recording-notice-${lang}-beep`)).toHaveText(
      'No notice in this language: customers hear a beep instead.',
    );

  // The setting reaches the server: Faisal's desk pulls exactly it.
  const faisal = await signedIn(FAISAL_EMAIL);
  await expect.poll(() => pulledRecording(faisal), { timeout: 30_000 }).toEqual(WANTED);

  // After a reload the card shows what is stored.
  await page.reload();
  await phones.open();
  await expect($('recording-mode-announce')).toBeChecked();
  await expect($('recording-allow-pause')).not.toBeChecked();
  await expect($('recording-days')).toHaveValue('30');
  await expect($('recording-keep-forever')).not.toBeChecked();
  await expect($('recording-coaching-notice')).toBeChecked();

  // Wrong files are refused before anything is sent.
  const puts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PUT' && r.url().includes('/api/admin/recording-announcement/'))
      puts.push(r.url());
  });
  await $('recording-notice-ar-file').setInputFiles({
    name: 'notice.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('This is not a sound.'),
  });
  await expect($('recording-notice-ar-problem')).toHaveText(
    '\u2068notice.txt\u2069 is not an audio file. Choose a sound file such as WAV, MP3 or OGG.',
  );
  await $('recording-notice-ar-file').setInputFiles({
    name: 'long.wav',
    mimeType: 'audio/wav',
    buffer: Buffer.alloc(MAX_ANNOUNCEMENT_BYTES + 1, 1),
  });
  await expect($('recording-notice-ar-problem')).toHaveText(
    'The file is too large: a notice can be up to 1,024 KB.',
  );
  expect(puts).toEqual([]);
  await expect($('recording-notice-ar')).toHaveAttribute('data-has-file', 'false');

  // A one-second tone as the Arabic notice.
  const wav = toneWav({ durationSec: 1 });
  await $('recording-notice-ar-file').setInputFiles({
    name: 'notice-ar.wav',
    mimeType: 'audio/wav',
    buffer: wav,
  });
  await expect($('recording-notice-ar-done')).toHaveText(
    'Uploaded. Desks play it from their next call.',
  );
  expect(puts).toHaveLength(1);
  await expect($('recording-notice-ar')).toHaveAttribute('data-has-file', 'true');
  await expect($('recording-notice-ar-state')).toHaveText('On the server');
  await expect($('recording-notice-ar-beep')).toBeHidden();
  await expect($('recording-notice-en-beep')).toBeVisible();
  expect(await announcements(faisal)).toEqual(['ar']);

  // Played back: the bytes come from the server and the audio element plays them.
  const fetched = page.waitForResponse(
    (r) => r.url().endsWith('/api/recordings/announcement/ar') && r.request().method() === 'GET',
  );
  await $('recording-notice-ar-play').click();
  const played = await fetched;
  expect(played.status()).toBe(200);
  expect(played.headers()['content-type']).toBe('audio/wav');
  // What the server holds is exactly the file uploaded.
  const held = await fetch(`${server.url}/api/recordings/announcement/ar`, { headers: faisal });
  expect(held.status).toBe(200);
  expect(Buffer.from(await held.arrayBuffer()).equals(wav)).toBe(true);
  const audio = $('recording-notice-ar-audio');
  await expect(audio).toBeVisible();
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeCloseTo(1, 1);
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0);

  await phones.screenshot('recording-admin-en');
  await new DeskPage(page).chooseLanguage('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect($('recording-notice-ar-state')).toHaveText('على الخادم');
  await expect($('recording-notice-en-beep')).toHaveText(
    'لا يوجد تنبيه بهذه اللغة: يسمع العملاء صافرة بدلًا منه.',
  );
  await phones.screenshot('recording-admin-ar');

  // Removed: gone from the server too.
  await $('recording-notice-ar-remove').click();
  await expect($('recording-notice-ar-done')).toHaveText('تمت الإزالة.');
  await expect($('recording-notice-ar')).toHaveAttribute('data-has-file', 'false');
  await expect($('recording-notice-ar-beep')).toBeVisible();
  expect(await announcements(faisal)).toEqual([]);

  // Offline the files cannot be reached, and the card says so instead of failing on a click.
  await page.context().setOffline(true);
  await expect($('recording-notices-offline')).toHaveText(
    'ملفات التنبيه محفوظة على الخادم، وهذا المكتب لا يستطيع الوصول إليه الآن. اتصل بالشبكة لرفعها أو تشغيلها أو إزالتها.',
  );
  await expect($('recording-notice-ar-upload')).toBeDisabled();
  await page.context().setOffline(false);
  await expect($('recording-notices-offline')).toBeHidden();
  await expect($('recording-notice-ar-upload')).toBeEnabled();
});
