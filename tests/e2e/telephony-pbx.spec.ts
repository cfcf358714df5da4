// The test PBX is real: Kamailio (pbx/kamailio/kamailio.cfg) with SIP over WebSocket and
// ephemeral credentials, and every call is a real SIP dialog with real WebRTC audio between two
// Chromium pages — a caller scripted here with plain JsSIP, and the scripted customer
// (tests/telephony/customer.ts). Skipped only where kamailio is not installed.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type * as JsSIPModule from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import { openJsSipPage, startCustomer, type CustomerScenario } from '../telephony/customer';
import { kamailioAvailable, startPbx, type Pbx } from '../telephony/pbx';
import { toneLaunchOptions } from './telephony-setup';

// The fake microphone of every page: a steady 440 Hz tone, so the far end measures a level.
test.use({ launchOptions: toneLaunchOptions(440) });

test.skip(
  !kamailioAvailable(),
  'kamailio is not installed: apt-get install kamailio kamailio-websocket-modules kamailio-autheph-modules (or set KAMAILIO_PATH)',
);

// One PBX for the file, its tests one after the other in one worker.
test.describe.configure({ mode: 'default' });

let pbx: Pbx;

test.beforeAll(async () => {
  pbx = await startPbx();
});

test.afterAll(async () => {
  await pbx?.stop();
});

// Each test's phones get their own browser profile; closed after the test whatever happened.
const contexts: BrowserContext[] = [];

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ permissions: ['microphone'] });
  contexts.push(context);
  return context.newPage();
}

/** A user name no other test (or earlier run on the same PBX) registers. */
function uniqueUser(role: string): string {
  return `${role}-${test.info().testId.slice(0, 8)}-${Math.random().toString(36).slice(2, 8)}`;
}

// ---- The caller: plain JsSIP, scripted through page.evaluate ----

type CallerCall = {
  progressAt: number | null;
  acceptedAt: number | null;
  endedAt: number | null;
  endedBy: string | null;
  cause: string | null;
  status: number | null;
};

type CallerPage = {
  registered: boolean;
  failure: { status: number | null; cause: string } | null;
  call: CallerCall | null;
  session: RTCSession | null;
  ua: JsSIPModule.UA;
};

type CallerWindow = { JsSIP: typeof JsSIPModule; caller?: CallerPage };

type AudioStats = { bytesReceived: number; audioLevel: number };

/** Registers a JsSIP user agent with these credentials; resolves with how the REGISTER ended. */
async function registerCaller(
  page: Page,
  user: string,
  credentials: { username: string; password: string },
): Promise<{ registered: boolean; status: number | null; cause: string | null }> {
  await openJsSipPage(page);
  await page.evaluate(
    ({ wsUrl, domain, user: sipUser, username, password }) => {
      const w = window as unknown as CallerWindow;
      const ua = new w.JsSIP.UA({
        sockets: [new w.JsSIP.WebSocketInterface(wsUrl)],
        uri: `sip:${sipUser}@${domain}`,
        authorization_user: username,
        password,
        register: true,
        session_timers: false,
      });
      const caller: CallerPage = {
        registered: false,
        failure: null,
        call: null,
        session: null,
        ua,
      };
      w.caller = caller;
      ua.on('registered', () => {
        caller.registered = true;
      });
      ua.on('registrationFailed', (e) => {
        caller.failure = {
          status: e.response ? e.response.status_code : null,
          cause: String(e.cause),
        };
        // No retries: the test reads the one answer.
        ua.stop();
      });
      ua.start();
    },
    { wsUrl: pbx.wsUrl, domain: pbx.domain, user, ...credentials },
  );
  await page.waitForFunction(() => {
    const caller = (window as unknown as CallerWindow).caller;
    return !!caller && (caller.registered || caller.failure !== null);
  });
  return page.evaluate(() => {
    const caller = (window as unknown as CallerWindow).caller!;
    return {
      registered: caller.registered,
      status: caller.failure?.status ?? null,
      cause: caller.failure?.cause ?? null,
    };
  });
}

/** A registered caller page (throws if the PBX refuses it). */
async function startCaller(browser: Browser): Promise<{ page: Page; user: string }> {
  const page = await phonePage(browser);
  const user = uniqueUser('caller');
  const result = await registerCaller(page, user, pbx.credentials(user));
  expect(result, 'the caller registers with fresh ephemeral credentials').toMatchObject({
    registered: true,
  });
  return { page, user };
}

/** The caller calls sip:<user>@<domain> with audio. */
async function dial(page: Page, user: string): Promise<void> {
  await page.evaluate(
    ({ target, domain }) => {
      const caller = (window as unknown as CallerWindow).caller!;
      const call: CallerCall = {
        progressAt: null,
        acceptedAt: null,
        endedAt: null,
        endedBy: null,
        cause: null,
        status: null,
      };
      caller.call = call;
      const session = caller.ua.call(`sip:${target}@${domain}`, {
        mediaConstraints: {
          audio: { echoCancellation: false, autoGainControl: false, noiseSuppression: false },
          video: false,
        },
        pcConfig: { iceServers: [] },
      });
      caller.session = session;
      // Play the far end so Chromium decodes it and reports its level (unmuted: a muted element
      // reads level 0, WebRTC applies the volume before measuring).
      const audio = new Audio();
      session.connection.addEventListener('track', (event) => {
        audio.srcObject = event.streams[0] ?? new MediaStream([event.track]);
        void audio.play().catch(() => undefined);
      });
      session.on('progress', () => {
        call.progressAt ??= Date.now();
      });
      session.on('accepted', () => {
        call.acceptedAt = Date.now();
      });
      session.on('ended', (e) => {
        call.endedAt = Date.now();
        call.endedBy = String(e.originator);
        call.cause = e.cause;
      });
      session.on('failed', (e) => {
        call.endedAt = Date.now();
        call.endedBy = String(e.originator);
        call.cause = e.cause;
        const message = e.message as { status_code?: number } | null | undefined;
        call.status =
          message && typeof message.status_code === 'number' ? message.status_code : null;
      });
    },
    { target: user, domain: pbx.domain },
  );
}

function callerCall(page: Page): Promise<CallerCall | null> {
  return page.evaluate(() => (window as unknown as CallerWindow).caller?.call ?? null);
}

/** The caller's inbound-rtp audio, straight from getStats. */
function callerInboundAudio(page: Page): Promise<AudioStats> {
  return page.evaluate(async () => {
    const session = (window as unknown as CallerWindow).caller?.session;
    const stats: AudioStats = { bytesReceived: 0, audioLevel: 0 };
    if (!session) return stats;
    const report = await session.connection.getStats();
    report.forEach(
      (stat: { type?: string; kind?: string; bytesReceived?: number; audioLevel?: number }) => {
        if (stat.type === 'inbound-rtp' && stat.kind === 'audio') {
          stats.bytesReceived = stat.bytesReceived ?? 0;
          stats.audioLevel = stat.audioLevel ?? 0;
        }
      },
    );
    return stats;
  });
}

async function callerHangUp(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as CallerWindow).caller!.session!.terminate());
}

async function callerSendDtmf(page: Page, tones: string): Promise<void> {
  await page.evaluate(
    (t) => (window as unknown as CallerWindow).caller!.session!.sendDTMF(t),
    tones,
  );
}

async function customerPage(browser: Browser, scenario: CustomerScenario, answerDelayMs = 0) {
  const user = uniqueUser('customer');
  return startCustomer(await phonePage(browser), { pbx, user, scenario, answerDelayMs });
}

// ---- Scenarios ----

test('an answered call carries audio both ways and ends with the caller’s BYE', async ({
  browser,
}) => {
  const customer = await customerPage(browser, 'answer', 300);
  const caller = await startCaller(browser);

  await dial(caller.page, customer.user);
  await expect.poll(async () => (await callerCall(caller.page))?.acceptedAt ?? null).not.toBeNull();
  const answered = await customer.lastCall();
  expect(answered).toMatchObject({ direction: 'incoming', remoteUser: caller.user });
  expect(answered!.ringingAt).not.toBeNull();
  expect(answered!.answeredAt).toBeGreaterThanOrEqual(answered!.ringingAt! + 300);

  // Caller → customer: the customer's inbound RTP keeps growing and carries the tone, sent at
  // half of full scale (silence would read about 0.00003).
  await expect
    .poll(() => customer.inboundAudio(), { timeout: 15_000 })
    .toMatchObject({ flowing: true });
  await expect
    .poll(async () => (await customer.inboundAudio()).audioLevel ?? 0)
    .toBeGreaterThan(0.25);
  // Customer → caller: the same, read from the caller's own getStats.
  await expect
    .poll(async () => (await callerInboundAudio(caller.page)).audioLevel, { timeout: 15_000 })
    .toBeGreaterThan(0.25);
  const before = await callerInboundAudio(caller.page);
  await expect
    .poll(async () => (await callerInboundAudio(caller.page)).bytesReceived)
    .toBeGreaterThan(before.bytesReceived);

  await callerHangUp(caller.page);
  await expect
    .poll(() => customer.lastCall())
    .toMatchObject({ endedBy: 'remote', cause: 'Terminated' });
  const ended = await customer.lastCall();
  expect(ended!.endedAt).toBeGreaterThanOrEqual(ended!.answeredAt!);
});

test('DTMF 1234# sent by the caller reaches the customer, who then hangs up', async ({
  browser,
}) => {
  const customer = await customerPage(browser, 'answer');
  const caller = await startCaller(browser);

  await dial(caller.page, customer.user);
  await expect.poll(async () => (await callerCall(caller.page))?.acceptedAt ?? null).not.toBeNull();
  // Tones go as SIP INFO inside the dialog, through the PBX.
  await callerSendDtmf(caller.page, '1234#');
  await expect.poll(() => customer.dtmf()).toBe('1234#');

  await customer.hangUp();
  await expect
    .poll(() => callerCall(caller.page))
    .toMatchObject({ endedBy: 'remote', cause: 'Terminated' });
  await expect.poll(() => customer.lastCall()).toMatchObject({ endedBy: 'local' });
});

test('a busy customer answers 486 and the caller sees it; a declining one 603', async ({
  browser,
}) => {
  const customer = await customerPage(browser, 'busy');
  const caller = await startCaller(browser);

  await dial(caller.page, customer.user);
  await expect
    .poll(() => callerCall(caller.page))
    .toMatchObject({ status: 486, cause: 'Busy', endedBy: 'remote' });
  expect(await customer.lastCall()).toMatchObject({ status: 486, answeredAt: null });

  await customer.setScenario('reject');
  await dial(caller.page, customer.user);
  await expect
    .poll(() => callerCall(caller.page))
    .toMatchObject({ status: 603, cause: 'Rejected', endedBy: 'remote' });
  expect((await customer.calls()).length).toBe(2);
});

test('an unanswered call rings until the caller cancels, and the customer sees it end', async ({
  browser,
}) => {
  const customer = await customerPage(browser, 'never');
  const caller = await startCaller(browser);

  await dial(caller.page, customer.user);
  // 180 Ringing reached the caller through the PBX.
  await expect.poll(async () => (await callerCall(caller.page))?.progressAt ?? null).not.toBeNull();
  expect(await customer.lastCall()).toMatchObject({ answeredAt: null, endedAt: null });

  await callerHangUp(caller.page);
  await expect
    .poll(() => customer.lastCall())
    .toMatchObject({ endedBy: 'remote', cause: 'Canceled', answeredAt: null });
  await expect
    .poll(() => callerCall(caller.page))
    .toMatchObject({ endedBy: 'local', cause: 'Canceled' });
});

test('the PBX refuses a REGISTER with a wrong, expired or someone else’s password', async ({
  browser,
}) => {
  const user = uniqueUser('intruder');
  const good = pbx.credentials(user);

  const wrong = await registerCaller(await phonePage(browser), user, {
    username: good.username,
    password: Buffer.from('not the hmac').toString('base64'),
  });
  expect(wrong.registered).toBe(false);
  expect([401, 403]).toContain(wrong.status);

  // Signed correctly, but its expiry passed a minute ago.
  const expired = await registerCaller(
    await phonePage(browser),
    user,
    pbx.credentials(user, { ttlSec: -60 }),
  );
  expect(expired.registered).toBe(false);
  expect([401, 403]).toContain(expired.status);

  // Valid credentials, minted for another user.
  const other = await registerCaller(
    await phonePage(browser),
    user,
    pbx.credentials(uniqueUser('someone')),
  );
  expect(other.registered).toBe(false);
  expect([401, 403]).toContain(other.status);

  // The same user with its own fresh credentials gets in: the refusals were about the password.
  const right = await registerCaller(await phonePage(browser), user, good);
  expect(right).toMatchObject({ registered: true, status: null });
});

test('calling a user who never registered gives 404; one whose tab is gone gives 480', async ({
  browser,
}) => {
  const caller = await startCaller(browser);

  await dial(caller.page, uniqueUser('nobody'));
  await expect
    .poll(() => callerCall(caller.page))
    .toMatchObject({ status: 404, cause: 'Not Found' });

  // Registered, then the tab closes without unregistering: the contact stays, its WebSocket
  // is gone.
  const customer = await customerPage(browser, 'answer');
  await customer.page.context().close();
  await dial(caller.page, customer.user);
  await expect
    .poll(() => callerCall(caller.page), { timeout: 20_000 })
    .toMatchObject({ status: 480, cause: 'Unavailable' });
});
