// The recording notice heard by the customer (issue 13), end to end: the organisation records
// "with a notice", a hunter's desk calls real customers through Kamailio and the customer's page
// measures by FFT what it receives from the moment it answers. Three calls:
//   1. no notice audio uploaded → the desk's own two beeps (880 Hz);
//   2. the administrator uploads a notice per language (English a 1500 Hz tone, Arabic 2200 Hz)
//      → the customer of the English desk hears the English one, not the Arabic one, no beep;
//   3. the sync server unreachable (every request dropped at the fault proxy) → the notice still
//      plays, from the copy the desk cached on call 2.
// Back online, the three recordings upload, each saying a notice was played.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { DEMO_USER_IDS } from '../../shared/demo/organisation';
import { FaultProxy } from '../integration/sync/fault-proxy';
import { ServerProcess } from '../integration/sync/server-process';
import { startCustomer, type Customer } from '../telephony/customer';
import { kamailioAvailable, startPbx, type Pbx } from '../telephony/pbx';
import { toneWav } from '../telephony/tone-wav';
import { DeskPage } from './pages/desk-page';
import { HEARD_DB, tapHearing, tonePeaks, watchTones } from './pages/hearing';
import { HunterPage } from './pages/hunter-page';
import { PhonePage } from './pages/phone-page';
import { ServerSignInPage } from './pages/server-sign-in-page';
import { WORKDAY_MORNING } from './pages/sign-in-page';
import { launchWithTone, ServerApi } from './telephony-setup';

test.skip(!kamailioAvailable(), 'Kamailio is not installed (apt-get install kamailio …)');
test.describe.configure({ mode: 'serial' });

const CUSTOMER_HZ = 440;
const AGENT_HZ = 660;
const BEEP_HZ = 880; // renderer/features/recording/notice.ts
const NOTICE_EN_HZ = 1500;
const NOTICE_AR_HZ = 2200;
const WATCHED = [AGENT_HZ, BEEP_HZ, NOTICE_EN_HZ, NOTICE_AR_HZ] as const;

const FAISAL = { id: DEMO_USER_IDS.faisal, email: 'faisal.alotaibi@rawaa.example' };
const ADMIN = 'sarah.mitchell@rawaa.example';
const SUPERVISOR = 'omar.alhaddad@rawaa.example'; // the Gulf team's supervisor

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });
const api = new ServerApi(server);
let proxy: FaultProxy;
let pbx: Pbx;
let adminToken = '';
const browsers: Browser[] = [];

/** The administrator's notice audio for `lang`: a two-second tone. */
async function uploadNotice(lang: 'en' | 'ar', frequency: number): Promise<void> {
  const res = await fetch(`${server.url}/api/admin/recording-announcement/${lang}`, {
    method: 'PUT',
    headers: {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      'content-type': 'audio/wav',
      authorization: `Bearer ${adminToken}`,
    },
    body: new Uint8Array(toneWav({ frequency, durationSec: 2 })),
  });
  expect(res.status).toBe(204);
}

async function launch(frequency: number): Promise<Browser> {
  const browser = await launchWithTone(frequency);
  browsers.push(browser);
  return browser;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  [pbx] = await Promise.all([startPbx(), server.start()]);
  proxy = new FaultProxy({
    target: () => ({ host: '127.0.0.1', port: server.port }),
    seed: 'recording-notice',
  });
  await proxy.start();
  adminToken = await api.signIn(ADMIN);
  await api.connectPbx(adminToken, pbx);
  await api.giveExtension(adminToken, FAISAL.id, '2202');
  await api.setRecording(adminToken, {
    mode: 'announce',
    allowPause: false,
    retentionDays: 90,
    coachingNotice: true,
  });
});

test.afterAll(async () => {
  for (const b of browsers) await b.close().catch(() => undefined);
  await proxy?.close();
  await Promise.all([pbx?.stop(), server.stop()]);
});

type Desk = { page: Page; hunter: HunterPage; phone: PhonePage };

/** One answered call: the customer watches what it hears from before the dial to the hang-up. */
async function callAndListen(
  desk: Desk,
  customerBrowser: Browser,
): Promise<{ recordingId: string; heard: Record<number, number> }> {
  const number = await desk.phone.leadNumber();
  const context = await customerBrowser.newContext();
  await tapHearing(context);
  const customer: Customer = await startCustomer(await context.newPage(), {
    pbx,
    user: number,
    scenario: 'answer',
    answerDelayMs: 500,
  });
  try {
    await watchTones(customer.page, WATCHED);
    await desk.phone.dial();
    await desk.phone.waitPhase('talking');
    const indicator = desk.page.getByTestId('recording-indicator');
    await expect(indicator).toHaveAttribute('data-state', 'recording');
    const recordingId = (await indicator.getAttribute('data-recording-id')) ?? '';
    // The agent's own voice reaches the customer (the call's audio works), and the notice —
    // played once at answer, shorter than a second for the beeps — is caught on the way.
    await expect
      .poll(async () => (await tonePeaks(customer.page))[AGENT_HZ]!, { timeout: 20_000 })
      .toBeGreaterThan(HEARD_DB);
    // The notice plays within a few seconds of the answer (a 3 s limit on fetching it).
    await expect(desk.page.getByTestId('phone-timer')).toHaveText(/0:0[6-9]|0:[1-5]\d/, {
      timeout: 20_000,
    });
    const heard = await tonePeaks(customer.page);
    await customer.hangUp();
    await expect(desk.phone.lastCall).toBeVisible();
    await desk.hunter.dispositionByKey('2');
    return { recordingId, heard };
  } finally {
    await customer.stop().catch(() => undefined);
    await context.close();
  }
}

type RecordingItem = { id: string; status: string; announced: boolean };

const heard = (db: number | undefined) => (db ?? -Infinity) > HEARD_DB;

test('the customer hears the notice at answer: the beep, then the language’s own file, then the cached copy offline', async () => {
  test.setTimeout(300_000);
  const customerBrowser = await launch(CUSTOMER_HZ);
  const agentBrowser = await launch(AGENT_HZ);
  const context = await agentBrowser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.clock.install({ time: WORKDAY_MORNING });
  const signInPage = new ServerSignInPage(page);
  // The desk talks to the sync server through the fault proxy (the PBX directly).
  await signInPage.open(proxy.url);
  const deskPage = new DeskPage(page);
  if ((await deskPage.htmlLang()) !== 'en') await deskPage.chooseLanguage('English');
  await signInPage.signIn(FAISAL.email);
  await expect(signInPage.syncChip).toHaveAttribute('data-sync-state', 'online', {
    timeout: 30_000,
  });
  // Faisal's own language is Arabic: this desk works in English, so its customers get English.
  if ((await deskPage.htmlLang()) !== 'en') await deskPage.chooseLanguage('English');
  const desk: Desk = { page, hunter: new HunterPage(page), phone: new PhonePage(page) };
  await desk.hunter.open();
  await desk.hunter.nextLead();
  await desk.phone.waitRegistered();

  // 1. No notice audio yet: two beeps.
  const first = await callAndListen(desk, customerBrowser);
  console.log('notice, none uploaded: customer heard (dB)', first.heard);
  expect(heard(first.heard[BEEP_HZ])).toBe(true);
  expect(heard(first.heard[NOTICE_EN_HZ])).toBe(false);

  // 2. The organisation's own notices: the English desk's customer hears the English one.
  await uploadNotice('en', NOTICE_EN_HZ);
  await uploadNotice('ar', NOTICE_AR_HZ);
  const second = await callAndListen(desk, customerBrowser);
  console.log('notice, en and ar uploaded: customer heard (dB)', second.heard);
  expect(heard(second.heard[NOTICE_EN_HZ])).toBe(true);
  expect(heard(second.heard[NOTICE_AR_HZ])).toBe(false);
  expect(heard(second.heard[BEEP_HZ])).toBe(false);

  // 3. The sync server out of reach (the PBX still answers): the cached English notice plays.
  proxy.setRates({ dropRequest: 1, error5xx: 1 });
  proxy.cutStreams();
  // With its event stream cut the desk notices at its next sync call, which its 30 s poll may
  // only make 30 s from now: wait for two of those.
  await expect(signInPage.syncChip).not.toHaveAttribute('data-sync-state', 'online', {
    timeout: 70_000,
  });
  const third = await callAndListen(desk, customerBrowser);
  console.log('notice, server unreachable: customer heard (dB)', third.heard);
  expect(heard(third.heard[NOTICE_EN_HZ])).toBe(true);
  expect(heard(third.heard[BEEP_HZ])).toBe(false);
  // Nothing of the third call reached the server while it was out of reach.
  const supervisor = await api.signIn(SUPERVISOR);
  expect(await api.recording<RecordingItem>(supervisor, third.recordingId)).toBeNull();

  // Back online: all three recordings reach the server, each saying the notice was played.
  proxy.setRates({});
  for (const { recordingId } of [first, second, third]) {
    await expect
      .poll(
        async () =>
          (await api.recording<RecordingItem>(supervisor, recordingId))?.status ?? 'absent',
        {
          timeout: 90_000,
        },
      )
      .toBe('complete');
    expect((await api.recording<RecordingItem>(supervisor, recordingId))?.announced).toBe(true);
  }
  await context.close();
});
