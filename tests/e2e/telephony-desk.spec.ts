// The desk phones: a hunter's desk registers to a real Kamailio with the ephemeral credentials the
// sync server mints, dials leads over real SIP dialogs with WebRTC audio, and logs each attempt
// itself — answered (talk time, DTMF to the customer, the outcome key adds the business result),
// busy and unanswered (logged by the phone, the next lead comes up) — and power mode dials the
// next lead after the wrap-up. The customer is a second Chromium page with its own SIP account.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PRODUCTS } from '../../shared/demo/products';
import {
  EXPO_HUNTER_SCRIPT,
  HUNTER_SCRIPT,
  INBOUND_HUNTER_SCRIPT,
} from '../../shared/demo/scripts';
import { ServerProcess } from '../integration/sync/server-process';
import { startCustomer, type Customer, type CustomerScenario } from '../telephony/customer';
import { kamailioAvailable, startPbx, type Pbx } from '../telephony/pbx';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { ListsPage } from './pages/lists-page';
import { PhonePage } from './pages/phone-page';
import { ServerSignInPage } from './pages/server-sign-in-page';
import { WORKDAY_MORNING } from './pages/sign-in-page';
import { ServerApi, toneLaunchOptions } from './telephony-setup';

test.skip(!kamailioAvailable(), 'Kamailio is not installed (apt-get install kamailio …)');
test.describe.configure({ mode: 'serial' });

test.use({ launchOptions: toneLaunchOptions(440) });

const FAISAL = {
  id: '01900000-0000-7000-8000-000000000202',
  email: 'faisal.alotaibi@rawaa.example',
};
const ADMIN_EMAIL = 'sarah.mitchell@rawaa.example';
const KHALID = {
  id: '01900000-0000-7000-8000-000000000204', // closer, Gulf team
  email: 'khalid.almansoori@rawaa.example',
};
const OMAR_EMAIL = 'omar.alhaddad@rawaa.example'; // supervisor of the Gulf team
const RING_TIMEOUT_SEC = 10;
/** An advert's own number, and the product it advertises (a demo product). */
const ADVERT_NUMBER = '+966112345678';
let ADVERT_PRODUCT = '';
const WRAP_UP_SEC = 2;

const server = new ServerProcess({ args: ['--static-dir', 'out/renderer'] });
const serverApi = new ServerApi(server);
let pbx: Pbx;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  [pbx] = await Promise.all([startPbx(), server.start()]);
  // The administrator connects the organisation to the PBX and gives Faisal an extension.
  const accessToken = await serverApi.signIn(ADMIN_EMAIL);
  ADVERT_PRODUCT = DEMO_PRODUCTS[0]!.id;
  await serverApi.connectPbx(accessToken, pbx, {
    ringTimeoutSec: RING_TIMEOUT_SEC,
    wrapUpSec: WRAP_UP_SEC,
    dids: [{ number: ADVERT_NUMBER, productId: ADVERT_PRODUCT }],
  });
  await serverApi.giveExtension(accessToken, FAISAL.id, '2202');
  await serverApi.giveExtension(accessToken, KHALID.id, '2204');
});

test.afterAll(async () => {
  await Promise.all([pbx?.stop(), server.stop()]);
});

// What a test opened (desks, customer phones), closed after it whatever happened, newest first.
const opened: (() => Promise<unknown>)[] = [];
test.afterEach(async () => {
  for (const close of opened.splice(0).reverse()) await close().catch(() => undefined);
});

type Desk = { context: BrowserContext; page: Page; hunter: HunterPage; phone: PhonePage };

async function hunterDesk(browser: Browser, email = FAISAL.email): Promise<Desk> {
  const context = await browser.newContext({ locale: 'en-US' });
  opened.push(() => context.close());
  const page = await context.newPage();
  // Inside the Gulf's calling hours whatever time the suite runs; the clock keeps running.
  await page.clock.install({ time: WORKDAY_MORNING });
  const signIn = new ServerSignInPage(page);
  await signIn.open(server.url);
  const desk = new DeskPage(page);
  if ((await desk.htmlLang()) !== 'en') await desk.chooseLanguage('English');
  await signIn.signIn(email);
  const hunter = new HunterPage(page);
  const phone = new PhonePage(page);
  if (email !== FAISAL.email) return { context, page, hunter, phone };
  await hunter.open();
  await hunter.nextLead();
  await phone.waitRegistered();
  return { context, page, hunter, phone };
}

/** The lead's customer: a phone registered as the lead's own number. */
async function customerFor(
  browser: Browser,
  number: string,
  scenario: CustomerScenario,
  answerDelayMs = 0,
): Promise<Customer> {
  const context = await browser.newContext();
  opened.push(() => context.close());
  const customer = await startCustomer(await context.newPage(), {
    pbx,
    user: number,
    scenario,
    answerDelayMs,
  });
  opened.push(() => customer.stop());
  return customer;
}

test('an answered call: audio flows, DTMF reaches the customer, the talk time is logged with the outcome', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  const customer = await customerFor(browser, number, 'answer', 1500);
  const name = await desk.hunter.leadName.innerText();
  await desk.phone.dial();
  await desk.phone.waitPhase('ringing');
  await desk.phone.waitPhase('talking');
  // The desk's microphone (the fake tone) reaches the customer.
  await expect
    .poll(async () => (await customer.inboundAudio()).flowing, { timeout: 15_000 })
    .toBe(true);
  // And the customer is heard on the desk: its speaker plays the call's live incoming track.
  await expect
    .poll(() =>
      desk.page.evaluate(() => {
        const el = document.querySelector<HTMLAudioElement>('[data-testid="softphone-audio"]');
        const stream = el?.srcObject as MediaStream | null | undefined;
        return (
          !!el && !el.paused && !!stream?.getAudioTracks().some((t) => t.readyState === 'live')
        );
      }),
    )
    .toBe(true);
  // Outcome keys wait while the lead is on the line.
  await expect(desk.page.getByTestId('hangup-first')).toBeVisible();
  await desk.phone.sendDigits('12#');
  await expect.poll(() => customer.dtmf(), { timeout: 10_000 }).toBe('12#');
  await customer.hangUp();
  await expect(desk.phone.lastCall).toBeVisible();
  await expect.poll(async () => (await customer.lastCall())?.byeAnsweredAt ?? null).not.toBeNull();
  const held = await customer.lastCall();
  // Not interested (5): the business outcome joins the call the phone timed.
  await desk.hunter.dispositionByKey('5');
  await expect(desk.hunter.leadName).not.toHaveText(name);
  const calls = await desk.phone.loggedCalls(number);
  expect(calls).toHaveLength(1);
  const [call] = calls;
  expect(call).toMatchObject({
    disposition: 'notInterested',
    phone: { result: 'answered', sipStatus: 200, hangupBy: 'customer', direction: 'outbound' },
  });
  // The desk times the talk from the 200 OK it received to the BYE it received. On one machine
  // (one clock) the order of SIP messages bounds both ends, however slow the machine is: the
  // desk's answer falls between the customer's 200 OK and the desk's ACK, its end (the BYE's
  // arrival, stamped before JsSIP answers it) between the customer's BYE and the 200 OK reaching
  // the customer. Talk counted from the dial (1.5 s of ringing more), to when JsSIP had closed
  // the call, or to the outcome key falls outside.
  const slackMs = 20;
  const talk = call!.phone!.talkMs;
  expect(talk).toBeGreaterThanOrEqual(held!.endedAt! - held!.confirmedAt! - slackMs);
  expect(talk).toBeLessThanOrEqual(held!.byeAnsweredAt! - held!.answeredAt! + slackMs);
  expect(call!.phone!.ringMs).toBeGreaterThanOrEqual(1000);
  expect(call!.durationSec).toBe(Math.round(call!.phone!.talkMs / 1000));
});

test('a busy line is logged by the phone as busy and the next lead comes up', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  // The lead's customer is on the line (its calls are read through the desk).
  await customerFor(browser, number, 'busy');
  const name = await desk.hunter.leadName.innerText();
  await desk.phone.dial();
  await expect(desk.hunter.leadName).not.toHaveText(name, { timeout: 15_000 });
  await expect
    .poll(() => desk.phone.loggedCalls(number))
    .toEqual([
      expect.objectContaining({
        disposition: 'busy',
        phone: expect.objectContaining({ result: 'busy', sipStatus: 486, talkMs: 0 }),
      }),
    ]);
});

test('a call nobody answers is cancelled after the ring timeout and logged as no answer', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  const customer = await customerFor(browser, number, 'never');
  const name = await desk.hunter.leadName.innerText();
  const dialled = Date.now();
  await desk.phone.dial();
  await desk.phone.waitPhase('ringing');
  await expect(desk.hunter.leadName).not.toHaveText(name, {
    timeout: (RING_TIMEOUT_SEC + 10) * 1000,
  });
  // The timeout runs from dialling; the ring time from the first 180, which a busy machine
  // may take a second or more to see: the attempt lasted the timeout, it rang for part of it.
  expect(Date.now() - dialled).toBeGreaterThanOrEqual(RING_TIMEOUT_SEC * 1000);
  const [call] = await desk.phone.loggedCalls(number);
  expect(call).toMatchObject({
    disposition: 'noAnswer',
    phone: { result: 'noAnswer', hangupBy: 'system', talkMs: 0 },
  });
  expect(call!.phone!.ringMs).toBeGreaterThan(0);
  expect(call!.phone!.ringMs).toBeLessThanOrEqual(RING_TIMEOUT_SEC * 1000);
  // The customer's phone saw the call end (CANCEL), not left ringing.
  await expect.poll(async () => (await customer.lastCall())?.endedBy).toBe('remote');
});

test('power mode dials the lead on screen after the wrap-up, pauses and resumes', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const first = await desk.phone.leadNumber();
  const one = await customerFor(browser, first, 'answer');
  await desk.page.getByTestId('mode-power').click();
  // The wrap-up counts down, then the lead on screen is dialled without a key.
  await expect(desk.phone.countdown).toBeVisible();
  await desk.phone.waitPhase('talking');
  // Paused during the call: after this lead, nothing is dialled until the agent resumes.
  await desk.page.getByTestId('power-pause').click();
  await one.hangUp();
  await expect(desk.phone.lastCall).toBeVisible();
  await desk.hunter.dispositionByKey('5');
  const second = await desk.phone.leadNumber();
  expect(second).not.toBe(first);
  await expect(desk.phone.countdown).toBeHidden();
  const two = await customerFor(browser, second, 'never');
  expect(await two.lastCall()).toBeNull();
  await desk.page.getByTestId('power-pause').click();
  await expect(desk.phone.countdown).toBeVisible();
  await expect
    .poll(async () => (await two.lastCall())?.remoteUser ?? null, { timeout: 20_000 })
    .toBe('2202');
  await desk.phone.hangupButton.click();
  await expect
    .poll(() => desk.phone.loggedCalls(second))
    .toEqual([expect.objectContaining({ phone: expect.objectContaining({ hangupBy: 'agent' }) })]);
});

test('power mode never dials a lead put on the do-not-call list after it came up: it pauses and says why', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  // Earlier tests of this file may have called the same lead: only a new attempt counts.
  const callsBefore = (await desk.phone.loggedCalls(number)).length;
  const customer = await customerFor(browser, number, 'answer');
  // The supervisor puts the number on the do-not-call list while the lead is on the hunter's screen.
  const supervisor = await hunterDesk(browser, OMAR_EMAIL);
  const lists = new ListsPage(supervisor.page);
  await lists.open();
  await lists.view('dnc');
  await lists.addDnc(number, 'Asked on another line not to be called');
  await expect.poll(() => desk.phone.doNotCall(number), { timeout: 20_000 }).toBe(true);
  await desk.page.getByTestId('mode-power').click();
  // The dialler counts down, checks the lead at the moment of dialling, and stops instead.
  const problem = desk.page.getByTestId('dial-problem');
  await expect(problem).toHaveAttribute('data-problem', 'doNotCall', { timeout: 15_000 });
  await expect(desk.page.getByTestId('power-pause')).toHaveAttribute('data-paused', 'true');
  await expect(desk.phone.countdown).toBeHidden();
  expect(await customer.lastCall()).toBeNull();
  expect(await desk.phone.loggedCalls(number)).toHaveLength(callsBefore);
});

test('power mode never dials a lead outside its calling hours: it pauses and says why', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  // 23:00 UTC is night from London to the Gulf (01:00 in Cairo, 02:00 in Riyadh and Istanbul);
  // only a lead in the Americas would still be inside its hours.
  expect(number).not.toMatch(/^\+1/);
  const callsBefore = (await desk.phone.loggedCalls(number)).length;
  const customer = await customerFor(browser, number, 'answer');
  // Night where the lead is when the countdown ends; the clock goes on from there.
  await desk.page.clock.setSystemTime(new Date('2026-11-23T23:00:00Z'));
  await desk.page.getByTestId('mode-power').click();
  const problem = desk.page.getByTestId('dial-problem');
  await expect(problem).toHaveAttribute('data-problem', 'outsideWindow', { timeout: 15_000 });
  await expect(desk.page.getByTestId('power-pause')).toHaveAttribute('data-paused', 'true');
  expect(await customer.lastCall()).toBeNull();
  expect(await desk.phone.loggedCalls(number)).toHaveLength(callsBefore);
  // Morning again: resuming dials the lead.
  await desk.page.clock.setSystemTime(new Date('2026-11-24T07:00:00Z'));
  await desk.page.getByTestId('power-pause').click();
  await expect
    .poll(async () => (await customer.lastCall())?.remoteUser ?? null, { timeout: 20_000 })
    .toBe('2202');
});

test('the supervisor’s wallboard shows the hunter on a call, paused, and the day’s calls, live', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const supervisor = await hunterDesk(browser, OMAR_EMAIL);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  // The lead's customer is on the line (its calls are read through the desk).
  await customerFor(browser, number, 'never');
  await supervisor.page.goto(`${server.url}/#/supervisor/wallboard`);
  const row = supervisor.page.getByTestId(`wallboard-row-${FAISAL.id}`);
  const state = row.getByTestId('wallboard-state');
  await expect(state).toHaveAttribute('data-state', 'available', { timeout: 15_000 });
  const callsCell = row.locator('td').nth(3);
  // Counted once the supervisor's desk holds the whole snapshot and has read the day's calls.
  await expect(new ServerSignInPage(supervisor.page).syncChip).toHaveAttribute(
    'data-initial-sync',
    'done',
    { timeout: 30_000 },
  );
  await expect(callsCell).toHaveText(/^\d+$/);
  const before = Number(await callsCell.innerText());
  // With the live stream up the wallboard is told of each change (it reads on its own only every
  // 15 s), so the states below arrive through it.
  await expect(new ServerSignInPage(supervisor.page).syncChip).toHaveAttribute(
    'data-live',
    'true',
    {
      timeout: 15_000,
    },
  );
  await desk.phone.dial();
  await desk.phone.waitPhase('ringing');
  // The state reaches the wallboard within 2 s (plus a margin for a busy machine).
  await expect(state).toHaveAttribute('data-state', 'onCall', { timeout: 3_500 });
  await desk.phone.hangupButton.click();
  await expect(state).toHaveAttribute('data-state', 'available', { timeout: 3_500 });
  // The hunter takes a break from the state menu.
  await desk.page.getByTestId('agent-state').click();
  await desk.page.getByTestId('state-paused-break').click();
  await expect(state).toHaveAttribute('data-state', 'paused', { timeout: 3_500 });
  // The cancelled attempt is a call of the day on the supervisor's desk once it has synced.
  await expect
    .poll(async () => Number(await callsCell.innerText()), { timeout: 20_000 })
    .toBe(before + 1);
  await supervisor.page.screenshot({
    path: 'tests/e2e/screenshots/wallboard-ar.png',
    fullPage: true,
  });
});

test('an inbound call pops the caller’s lead, says which advert they called, and is logged on it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  const name = await desk.hunter.leadName.innerText();
  // Move on, so the caller is not the lead already on screen.
  await desk.hunter.nextLead();
  const customer = await customerFor(browser, number, 'answer');
  await customer.call('2202', [`X-Called-Number: ${ADVERT_NUMBER}`]);
  const panel = desk.page.getByTestId('inbound-call');
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByTestId('inbound-match')).toContainText(name);
  await expect(panel.getByTestId('inbound-product')).toBeVisible();
  await panel.getByTestId('inbound-answer-open').click();
  await desk.phone.waitPhase('talking');
  await expect(desk.hunter.leadName).toHaveText(name);
  // The advert's product has a script for callers: it opens instead of the cold call.
  const script = desk.page.getByTestId('script-panel');
  const stepTitle = desk.page.getByTestId('script-step-title');
  await expect(script).toHaveAttribute('data-script-id', INBOUND_HUNTER_SCRIPT.id);
  await expect(stepTitle).toHaveText(INBOUND_HUNTER_SCRIPT.steps[0]!.title.ar!);
  await script.getByTestId('script-branch').first().click();
  const second = INBOUND_HUNTER_SCRIPT.steps.find((s) => s.id === 'need')!;
  await expect(stepTitle).toHaveText(second.title.ar!);
  await expect
    .poll(async () => (await customer.inboundAudio()).flowing, { timeout: 15_000 })
    .toBe(true);
  await customer.hangUp();
  await expect(desk.phone.lastCall).toBeVisible();
  // The wrap-up keeps the caller's script, where the agent was in it.
  await expect(script).toHaveAttribute('data-script-id', INBOUND_HUNTER_SCRIPT.id);
  await expect(stepTitle).toHaveText(second.title.ar!);
  await desk.hunter.dispositionByKey('5');
  // The next lead is outbound work: the hunter's outbound script is back — the cold call, or
  // the fair visitors' one when the queue (shared with the tests running beside this one) has
  // come to a fair visitor.
  await expect(script).toHaveAttribute(
    'data-script-id',
    new RegExp(`^(${HUNTER_SCRIPT.id}|${EXPO_HUNTER_SCRIPT.id})$`),
  );
  // Earlier tests may have dialled this lead too (each page's clock starts at the same
  // morning, so their times do not order them): pick the inbound call.
  const calls = (await desk.phone.loggedCalls(number)).filter(
    (c) => c.phone?.direction === 'inbound',
  );
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({
    disposition: 'notInterested',
    phone: { direction: 'inbound', result: 'answered', hangupBy: 'customer' },
  });
});

test('a caller the desk does not know is written down as a new lead during the call', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const stranger = '+966500000999';
  const customer = await customerFor(browser, stranger, 'answer');
  await customer.call('2202');
  const form = desk.page.getByTestId('inbound-new-lead');
  await expect(form).toBeVisible({ timeout: 15_000 });
  await desk.page.screenshot({ path: 'tests/e2e/screenshots/inbound-new-lead-ar.png' });
  await form.getByTestId('inbound-answer').click();
  await desk.phone.waitPhase('talking');
  await desk.page.getByTestId('inbound-name').fill('Hala Al Saud');
  await desk.page.getByTestId('inbound-save-lead').click();
  await expect(desk.hunter.leadName).toHaveText('Hala Al Saud');
  await expect(desk.page.getByTestId('lead-phone')).toHaveText(stranger);
  await customer.hangUp();
  await expect(desk.phone.lastCall).toBeVisible();
  await desk.hunter.dispositionByKey('5');
  expect(await desk.phone.loggedCalls(stranger)).toEqual([
    expect.objectContaining({
      disposition: 'notInterested',
      phone: expect.objectContaining({ direction: 'inbound', result: 'answered' }),
    }),
  ]);
});

test('a missed call from a number the desk does not know becomes a lead to call back, with the missed call on it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const stranger = '+966500000777';
  const customer = await customerFor(browser, stranger, 'answer');
  await customer.call('2202', [`X-Called-Number: ${ADVERT_NUMBER}`]);
  await expect(desk.page.getByTestId('inbound-new-lead')).toBeVisible({ timeout: 15_000 });
  // The caller gives up before anyone answers.
  await customer.hangUp();
  await expect(desk.page.getByTestId('inbound-call')).toHaveCount(0, { timeout: 15_000 });
  // On the hunter's own desk: a lead named by the number, on the list of the advert called…
  const product = DEMO_PRODUCTS.find((p) => p.id === ADVERT_PRODUCT)!;
  await expect
    .poll(() => desk.phone.leadsWithPhone(stranger), { timeout: 10_000 })
    .toEqual([{ name: stranger, listName: product.name.ar, ownerId: FAISAL.id }]);
  // …with the missed call on it, which leaves the lead as it was and the hunter available.
  expect(await desk.phone.loggedCalls(stranger)).toEqual([
    expect.objectContaining({
      disposition: null,
      phone: expect.objectContaining({ direction: 'inbound', result: 'cancelled', talkMs: 0 }),
    }),
  ]);
  await expect(desk.page.getByTestId('agent-state')).toHaveAttribute('data-state', 'available');
});

test('a live transfer hands the customer to the closer, whose desk pops the lead; the hunter’s call books the meeting', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const closer = await hunterDesk(browser, KHALID.email);
  await expect(closer.page.getByTestId('agent-state')).toHaveAttribute('data-phone', 'registered', {
    timeout: 30_000,
  });
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  const name = await desk.hunter.leadName.innerText();
  const customer = await customerFor(browser, number, 'answer');
  await desk.phone.dial();
  await desk.phone.waitPhase('talking');
  await desk.phone.transfer(KHALID.id, 'blind');
  // The hunter leaves the call and the next lead comes up (the handed-off lead is the
  // closer's now, and leaves the hunter's desk).
  await expect(desk.hunter.leadName).not.toHaveText(name, { timeout: 20_000 });
  // The customer's phone calls the closer, whose desk pops the lead handed to them.
  const panel = closer.page.getByTestId('inbound-call');
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByTestId('inbound-match')).toContainText(name, { timeout: 30_000 });
  await panel.getByTestId('inbound-answer-open').click();
  await expect(new PhonePage(closer.page).phase).toHaveAttribute('data-phase', 'talking', {
    timeout: 15_000,
  });
  await expect.poll(async () => (await customer.lastCall())?.remoteUser ?? null).toBe('2204');
  await expect
    .poll(async () => (await customer.inboundAudio()).flowing, { timeout: 15_000 })
    .toBe(true);
  // On the closer's desk, the hunter's call is the booked meeting, with the line's facts.
  const booked = (await new PhonePage(closer.page).loggedCalls(number)).filter(
    (c) => c.disposition === 'meetingBooked',
  );
  expect(booked).toEqual([
    expect.objectContaining({
      phone: expect.objectContaining({ result: 'answered', hangupBy: 'agent' }),
    }),
  ]);
});

test('an attended transfer: the hunter talks to the closer with the customer on hold, then hands the customer over and the closer’s desk opens the lead', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const closer = await hunterDesk(browser, KHALID.email);
  const closerPhone = new PhonePage(closer.page);
  await expect(closer.page.getByTestId('agent-state')).toHaveAttribute('data-phone', 'registered', {
    timeout: 30_000,
  });
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  const name = await desk.hunter.leadName.innerText();
  const customer = await customerFor(browser, number, 'answer');
  await desk.phone.dial();
  await desk.phone.waitPhase('talking');
  const consult = desk.page.getByTestId('consult-panel');
  const colleague = closer.page.getByTestId('colleague-call');

  // First try: the closer declines, and the hunter is back with the customer, off hold.
  await desk.page.getByTestId('phone-transfer').click();
  await expect(desk.page.getByTestId(`transfer-state-${KHALID.id}`)).toHaveAttribute(
    'data-state',
    'available',
    { timeout: 20_000 },
  );
  await desk.page.screenshot({ path: 'tests/e2e/screenshots/transfer-menu-ar.png' });
  await desk.page.getByTestId(`transfer-consult-${KHALID.id}`).click();
  await expect(colleague).toBeVisible({ timeout: 20_000 });
  await expect(colleague.getByTestId('colleague-call-summary')).toContainText(name);
  await expect(desk.page.getByTestId('phone-hold')).toHaveAttribute('aria-pressed', 'true');
  await colleague.getByTestId('colleague-decline').click();
  await expect(desk.page.getByTestId('consult-ended')).toHaveAttribute('data-reason', 'declined', {
    timeout: 15_000,
  });
  await expect(consult).toHaveCount(0);
  await expect(desk.page.getByTestId('phone-hold')).toHaveAttribute('aria-pressed', 'false');
  await expect(desk.phone.phase).toHaveAttribute('data-phase', 'talking');
  // The declined call was internal: the closer has no attempt to wrap up, and is available.
  await expect(colleague).toHaveCount(0);
  await expect(closer.page.getByTestId('agent-state')).toHaveAttribute('data-state', 'available');

  // Second try: the closer answers and is briefed while the customer waits.
  await desk.phone.transfer(KHALID.id, 'consult');
  await expect(colleague).toHaveAttribute('data-phase', 'ringing', { timeout: 20_000 });
  await colleague.getByTestId('colleague-answer').click();
  await expect(consult).toHaveAttribute('data-phase', 'talking', { timeout: 15_000 });
  await expect(colleague).toHaveAttribute('data-phase', 'talking');
  await desk.page.screenshot({ path: 'tests/e2e/screenshots/transfer-consult-ar.png' });
  await closer.page.screenshot({ path: 'tests/e2e/screenshots/transfer-briefing-ar.png' });
  // The customer is still in their first and only call: on hold with the hunter.
  expect((await customer.calls()).map((c) => c.remoteUser)).toEqual(['2202']);
  await desk.page.getByTestId('consult-complete').click();

  // The customer's phone calls the closer in place of the hunter's call to them (Replaces); the
  // closer's desk takes it at once and opens the lead the hunter handed over.
  await expect
    .poll(async () => (await customer.lastCall())?.remoteUser ?? null, { timeout: 20_000 })
    .toBe('2204');
  await expect(colleague).toHaveCount(0, { timeout: 15_000 });
  await expect(closerPhone.phase).toHaveAttribute('data-phase', 'talking', { timeout: 15_000 });
  await expect(closer.page.getByTestId('area-closer')).toContainText(name, { timeout: 30_000 });
  await expect
    .poll(async () => (await customer.inboundAudio()).flowing, { timeout: 15_000 })
    .toBe(true);
  // The hunter has left the call and moved on; their call is the booked meeting, with the line's
  // facts, and the closer holds it with the lead.
  await expect(desk.hunter.leadName).not.toHaveText(name, { timeout: 20_000 });
  await expect
    .poll(
      async () =>
        (await closerPhone.loggedCalls(number))
          .filter((c) => c.disposition === 'meetingBooked')
          .map((c) => c.phone?.result),
      { timeout: 20_000 },
    )
    .toEqual(['answered']);
  // The customer hangs up on the closer: that call waits for the closer's outcome, on the lead.
  await customer.hangUp();
  await expect(closerPhone.phase).toHaveCount(0, { timeout: 15_000 });
  await expect(closer.page.getByTestId('agent-state')).toHaveAttribute('data-state', 'wrapUp');
});

test('an answered call left without its outcome survives a reload and waits for it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const desk = await hunterDesk(browser);
  const number = await desk.phone.leadNumber();
  const name = await desk.hunter.leadName.innerText();
  const customer = await customerFor(browser, number, 'answer');
  await desk.phone.dial();
  await desk.phone.waitPhase('talking');
  await customer.hangUp();
  await expect(desk.phone.lastCall).toBeVisible();
  // The window goes before the agent pressed a key.
  await desk.page.reload();
  // The desk reopens the lead it was on, the call still waiting for its outcome (the banner that
  // offers to open it is for a desk showing another lead, so it stays away).
  await expect(desk.hunter.leadName).toHaveText(name, { timeout: 30_000 });
  await expect(desk.phone.lastCall).toBeVisible();
  const banner = desk.page.getByTestId('pending-call');
  await expect(banner).toHaveCount(0);
  await desk.hunter.dispositionByKey('5');
  const answered = (await desk.phone.loggedCalls(number)).filter(
    (c) => c.phone?.result === 'answered',
  );
  expect(answered).toEqual([
    expect.objectContaining({
      disposition: 'notInterested',
      phone: expect.objectContaining({ hangupBy: 'customer', direction: 'outbound' }),
    }),
  ]);
  await expect(banner).toHaveCount(0);
});

test('with the sync server down the phone still calls, the attempt waits on the desk and syncs once it is back', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const desk = await hunterDesk(browser);
  const chip = new ServerSignInPage(desk.page).syncChip;
  await expect(chip).toHaveAttribute('data-sync-state', 'online', { timeout: 30_000 });
  const number = await desk.phone.leadNumber();
  // The lead's customer is on the line (its calls are read through the desk).
  await customerFor(browser, number, 'busy');
  await server.kill();
  await expect(chip).not.toHaveAttribute('data-sync-state', 'online', { timeout: 30_000 });
  // The PBX is not the sync server: the phone stays registered and dials.
  await expect(desk.phone.status).toHaveAttribute('data-state', 'registered');
  const name = await desk.hunter.leadName.innerText();
  await desk.phone.dial();
  await expect(desk.hunter.leadName).not.toHaveText(name, { timeout: 15_000 });
  // Only the dial made here counts: an earlier test's inbound call from this
  // number (rung and given up) rightly sits on the same lead.
  await expect
    .poll(async () =>
      (await desk.phone.loggedCalls(number)).filter((c) => c.phone?.direction === 'outbound'),
    )
    .toEqual([expect.objectContaining({ disposition: 'busy' })]);
  await expect(chip).not.toHaveAttribute('data-pending', '0');
  await server.restart();
  await expect(chip).toHaveAttribute('data-sync-state', 'online', { timeout: 60_000 });
  await expect(chip).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
});

test('with the PBX down the desk says so in words and dials through the link as before', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const desk = await hunterDesk(browser);
  await pbx.stop();
  await expect(desk.phone.status).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
  await expect(desk.phone.problem).toBeVisible();
  await desk.page.screenshot({ path: 'tests/e2e/screenshots/phone-pbx-down-ar.png' });
  // D hands the number to the computer's dial link: no in-app call, the call timer runs.
  await desk.phone.dial();
  await expect(desk.page.getByTestId('call-timer')).not.toHaveText(/^0:00$/, { timeout: 5_000 });
  await expect(desk.phone.phase).toHaveCount(0);
});
