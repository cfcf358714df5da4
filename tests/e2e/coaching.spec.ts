// Live coaching between three real parties (issue 13): a customer (a scripted JsSIP phone), an
// agent's desk and a supervisor's desk, each in its own Chromium process whose fake microphone
// plays its own tone — customer 440 Hz, agent 660 Hz, supervisor 1000 Hz. The call goes through
// Kamailio; the coaching connection is WebRTC between the two desks, signalled through the real
// server. Who hears whom is measured by FFT on what each party receives (the agent: what its
// desk plays to its ear): listen, whisper, barge. Refusals and the audit trail over HTTP.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_USER_IDS } from '../../shared/demo/organisation';
import { ServerProcess } from '../integration/sync/server-process';
import { startCustomer, type Customer } from '../telephony/customer';
import { kamailioAvailable, startPbx, type Pbx } from '../telephony/pbx';
import { CoachingPage } from './pages/coaching-page';
import { DeskPage } from './pages/desk-page';
import { heardTones, HEARD_DB, tapHearing } from './pages/hearing';
import { HunterPage } from './pages/hunter-page';
import { PhonePage } from './pages/phone-page';
import { ServerSignInPage } from './pages/server-sign-in-page';
import { WORKDAY_MORNING } from './pages/sign-in-page';
import { launchWithTone, ServerApi } from './telephony-setup';

test.skip(!kamailioAvailable(), 'Kamailio is not installed (apt-get install kamailio …)');
test.describe.configure({ mode: 'serial' });

const CUSTOMER_HZ = 440;
const AGENT_HZ = 660;
const SUPERVISOR_HZ = 1000;
const TONES = [CUSTOMER_HZ, AGENT_HZ, SUPERVISOR_HZ] as const;

const FAISAL = { id: DEMO_USER_IDS.faisal, email: 'faisal.alotaibi@rawaa.example' };
const OMAR = 'omar.alhaddad@rawaa.example'; // supervisor of Faisal's team (Gulf)
const AYSE = 'ayse.kaya@rawaa.example'; // supervisor of the Istanbul team
const ADMIN = 'sarah.mitchell@rawaa.example';

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });
const serverApi = new ServerApi(server);
let pbx: Pbx;
const browsers: Record<'customer' | 'agent' | 'supervisor', Browser | null> = {
  customer: null,
  agent: null,
  supervisor: null,
};

const api = (path: string, method: string, token: string | null, body?: unknown) =>
  serverApi.raw(path, method, token, body);
const tokenOf = (email: string) => serverApi.signIn(email);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  [pbx] = await Promise.all([startPbx(), server.start()]);
  const admin = await tokenOf(ADMIN);
  await serverApi.connectPbx(admin, pbx, { wrapUpSec: 5 });
  await serverApi.giveExtension(admin, FAISAL.id, '2202');
  browsers.customer = await launchWithTone(CUSTOMER_HZ);
  browsers.agent = await launchWithTone(AGENT_HZ);
  browsers.supervisor = await launchWithTone(SUPERVISOR_HZ);
});

test.afterAll(async () => {
  for (const b of Object.values(browsers)) await b?.close().catch(() => undefined);
  await Promise.all([pbx?.stop(), server.stop()]);
});

async function deskOf(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  await tapHearing(context);
  const page = await context.newPage();
  await page.clock.install({ time: WORKDAY_MORNING });
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  const desk = new DeskPage(page);
  if ((await desk.htmlLang()) !== 'en') await desk.chooseLanguage('English');
  await signIn.signIn(email);
  // The person's own language follows the sign-in (Omar's is Arabic): the test reads English.
  await expect(page.getByTestId('connection-state')).toBeVisible({ timeout: 30_000 });
  if ((await desk.htmlLang()) !== 'en') await desk.chooseLanguage('English');
  return page;
}

const heard = (level: number) => level > HEARD_DB;

test('listen, whisper and barge: each party hears exactly whom the mode says', async () => {
  test.setTimeout(240_000);
  // The supervisor's wallboard, live.
  const supPage = await deskOf(browsers.supervisor!, OMAR);
  await supPage.goto(`${server.url}/#/supervisor/wallboard`);
  await expect(new ServerSignInPage(supPage).syncChip).toHaveAttribute('data-live', 'true', {
    timeout: 30_000,
  });
  const coach = new CoachingPage(supPage);

  // The agent's desk calls the lead; the customer answers.
  const agentPage = await deskOf(browsers.agent!, FAISAL.email);
  const hunter = new HunterPage(agentPage);
  const phone = new PhonePage(agentPage);
  await hunter.open();
  await hunter.nextLead();
  await phone.waitRegistered();
  const number = await phone.leadNumber();
  const customerContext = await browsers.customer!.newContext();
  await tapHearing(customerContext);
  const customer: Customer = await startCustomer(await customerContext.newPage(), {
    pbx,
    user: number,
    scenario: 'answer',
    // Long enough for the supervisor to ask for the session while it still rings.
    answerDelayMs: 10_000,
  });
  const customerPage = customer.page;
  await phone.dial();
  await expect(coach.row(FAISAL.id).getByTestId('wallboard-state')).toHaveAttribute(
    'data-state',
    'onCall',
    { timeout: 15_000 },
  );

  // --- Listen, asked for while the customer's phone rings: it connects once they answer. The
  // supervisor hears the customer and the agent; nobody hears the supervisor.
  await coach.start(FAISAL.id, 'listen');
  expect((await customer.lastCall())?.answeredAt ?? null).toBeNull();
  await phone.waitPhase('talking');
  await coach.waitConnected('listen', 40_000);
  await expect(supPage.getByTestId('coaching-mic')).toHaveAttribute('data-on', 'false');
  await expect(new CoachingPage(agentPage).notice).toHaveAttribute('data-mode', 'listen');
  await expect
    .poll(
      async () => {
        const l = await heardTones(supPage, 'received', TONES);
        return [heard(l[CUSTOMER_HZ]!), heard(l[AGENT_HZ]!)];
      },
      { timeout: 20_000 },
    )
    .toEqual([true, true]);
  // The customer hears the agent (the call works) but not the supervisor; nor does the agent.
  await expect
    .poll(async () => heard((await heardTones(customerPage, 'received', TONES))[AGENT_HZ]!), {
      timeout: 15_000,
    })
    .toBe(true);
  console.log('listen: supervisor hears', await heardTones(supPage, 'received', TONES));
  const listenCustomer = await heardTones(customerPage, 'received', TONES);
  const listenAgent = await heardTones(agentPage, 'speakers', TONES);
  console.log('listen: customer hears', listenCustomer, 'agent ear', listenAgent);
  expect(heard(listenCustomer[SUPERVISOR_HZ]!)).toBe(false);
  expect(heard(listenAgent[SUPERVISOR_HZ]!)).toBe(false);

  // --- Whisper: the agent hears the supervisor; the customer still does not.
  await coach.switchTo('whisper');
  await expect(supPage.getByTestId('coaching-mic')).toHaveAttribute('data-on', 'true');
  await expect(new CoachingPage(agentPage).notice).toHaveAttribute('data-mode', 'whisper');
  await expect
    .poll(async () => heard((await heardTones(agentPage, 'speakers', TONES))[SUPERVISOR_HZ]!), {
      timeout: 15_000,
    })
    .toBe(true);
  const whisperCustomer = await heardTones(customerPage, 'received', TONES);
  console.log(
    'whisper: customer hears',
    whisperCustomer,
    'agent ear',
    await heardTones(agentPage, 'speakers', TONES),
  );
  expect(heard(whisperCustomer[AGENT_HZ]!)).toBe(true);
  expect(heard(whisperCustomer[SUPERVISOR_HZ]!)).toBe(false);
  await agentPage.screenshot({ path: test.info().outputPath('coaching-agent-notice-en.png') });

  // --- Barge: the customer hears the supervisor too, and so does the agent.
  await coach.switchTo('barge');
  await expect(new CoachingPage(agentPage).notice).toHaveAttribute('data-mode', 'barge');
  await expect
    .poll(async () => heard((await heardTones(customerPage, 'received', TONES))[SUPERVISOR_HZ]!), {
      timeout: 15_000,
    })
    .toBe(true);
  const bargeAgent = await heardTones(agentPage, 'speakers', TONES);
  console.log(
    'barge: agent ear',
    bargeAgent,
    'customer hears',
    await heardTones(customerPage, 'received', TONES),
  );
  expect(heard(bargeAgent[SUPERVISOR_HZ]!)).toBe(true);
  await supPage.screenshot({ path: test.info().outputPath('coaching-wallboard-en.png') });

  // --- Refused: another team's supervisor, and an agent; a second supervisor waits.
  const refusals = [];
  for (const email of [AYSE, FAISAL.email]) {
    const res = await api('/api/coaching', 'POST', await tokenOf(email), {
      agentId: FAISAL.id,
      mode: 'listen',
    });
    refusals.push(res.status);
  }
  expect(refusals).toEqual([403, 403]);
  const second = await api('/api/coaching', 'POST', await tokenOf(ADMIN), {
    agentId: FAISAL.id,
    mode: 'listen',
  });
  expect(second.status).toBe(409);

  // The panel in Arabic (right to left).
  await new DeskPage(supPage).chooseLanguage('العربية');
  await expect(supPage.locator('html')).toHaveAttribute('dir', 'rtl');
  await supPage.screenshot({ path: test.info().outputPath('coaching-wallboard-ar.png') });
  await new DeskPage(supPage).chooseLanguage('English');

  // The supervisor ends it: the agent's notice goes, and the audit holds the session.
  await coach.end();
  await expect(new CoachingPage(agentPage).notice).toBeHidden();
  const audit = await api('/api/admin/audit?limit=50', 'GET', await tokenOf(ADMIN));
  const { entries } = (await audit.json()) as {
    entries: { action: string; detail?: Record<string, unknown> }[];
  };
  const actions = entries
    .filter((r) => r.action.startsWith('coaching'))
    .map((r) => `${r.action}:${String(r.detail?.mode ?? r.detail?.to ?? '')}`);
  expect(actions.sort()).toEqual(
    [
      'coachingStarted:listen',
      'coachingModeChanged:whisper',
      'coachingModeChanged:barge',
      'coachingEnded:barge',
    ].sort(),
  );

  // A session on a call that ends: the supervisor is told why.
  await coach.start(FAISAL.id, 'listen');
  await coach.waitConnected('listen');
  await customer.hangUp();
  await expect(coach.problem).toHaveAttribute('data-problem', 'callEnded', { timeout: 20_000 });
  await customerContext.close();
});
