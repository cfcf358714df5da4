// The supervisor dashboard end to end on the demo organisation (pinned to a workday morning):
// counts that match what the desk holds, live updates, the profit what-if, CSV exports, the
// supervisor's own-team scope in Arabic, and the span-of-control warning.
import { expect, test, type Page } from '@playwright/test';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { DEMO, SignInPage, WORKDAY_MORNING } from './pages/sign-in-page';
import { SUPERVISORS, SupervisorPage, TEAMS, type StoredActivity } from './pages/supervisor-page';
import { typeIntoPicker } from './pages/date-picker';

// Each test reads the whole desk and walks several screens: more than the default 30 s on a
// busy machine.
test.describe.configure({ timeout: 120_000 });

// The organisation's timezone is Asia/Riyadh, UTC+3 all year.
const TODAY = { from: Date.UTC(2026, 10, 22, 21), to: Date.UTC(2026, 10, 23, 21) };
const NOVEMBER = { from: Date.UTC(2026, 9, 31, 21), to: Date.UTC(2026, 10, 30, 21) };

const GULF_REPS = [
  '01900000-0000-7000-8000-000000000202', // faisal, hunter
  '01900000-0000-7000-8000-000000000203', // mona, hunter
  '01900000-0000-7000-8000-000000000204', // khalid, closer
  '01900000-0000-7000-8000-000000000205', // noura, farmer
];
const ISTANBUL_REPS = [
  '01900000-0000-7000-8000-000000000302',
  '01900000-0000-7000-8000-000000000303',
  '01900000-0000-7000-8000-000000000304',
  '01900000-0000-7000-8000-000000000305',
  '01900000-0000-7000-8000-000000000306',
];
const FAISAL = GULF_REPS[0]!;

type Range = { from: number; to: number };
const count = (
  acts: StoredActivity[],
  agent: string,
  r: Range,
  f: (a: StoredActivity) => boolean,
) => acts.filter((a) => a.agentId === agent && a.at >= r.from && a.at < r.to && f(a)).length;
const isCall = (a: StoredActivity) => a.type === 'call';
const en = (n: number) => n.toLocaleString('en-GB');
/** Cell text with Arabic-Indic digits and grouping read as plain digits. */
const digits = (text: string) =>
  text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[,٬\s]/g, '');
const money = (text: string) => Number(text.replace(/[^\d.]/g, ''));

async function signIn(page: Page, who: string, language?: 'العربية') {
  const signInPage = new SignInPage(page);
  await signInPage.open();
  if (language) await new DeskPage(page).chooseLanguage(language);
  await signInPage.signInAs(who);
  const sup = new SupervisorPage(page);
  await sup.open();
  return sup;
}

test('the administrator’s dashboard counts what the desk holds, per team', async ({ page }) => {
  const sup = await signIn(page, DEMO.sarah);
  const { activities, leads } = await sup.storedData();

  // Today's daily check: every rep of both teams, calls as logged in Riyadh's today.
  await expect(sup.dailyTable.locator('tbody tr')).toHaveCount(
    GULF_REPS.length + ISTANBUL_REPS.length,
  );
  let today = 0;
  for (const id of [...GULF_REPS, ...ISTANBUL_REPS]) {
    const n = count(activities, id, TODAY, isCall);
    today += n;
    await expect(sup.dailyCell(id, 1)).toHaveText(en(n));
  }
  expect(today).toBeGreaterThan(0);

  // This month (the default range): calls, bookings and wins per rep, and the team total.
  await expect(page.getByTestId('period-month')).toHaveAttribute('aria-pressed', 'true');
  let monthCalls = 0;
  for (const id of [...GULF_REPS, ...ISTANBUL_REPS]) {
    const calls = count(activities, id, NOVEMBER, isCall);
    monthCalls += calls;
    await expect(sup.repCell(id, 'calls')).toHaveText(new RegExp(`^${en(calls)}( /|$)`));
    await expect(sup.repCell(id, 'bookings')).toHaveText(
      en(count(activities, id, NOVEMBER, (a) => a.disposition === 'meetingBooked')),
    );
    await expect(sup.repCell(id, 'wins')).toHaveText(
      new RegExp(`^${count(activities, id, NOVEMBER, (a) => a.stageTo === 'won')}( /|$)`),
    );
  }
  await expect(page.getByTestId('rep-total').locator('td[data-col="calls"]')).toHaveText(
    new RegExp(`^${en(monthCalls)}`),
  );

  // Pipeline now, from stage counts: every lead not lost reached the first step.
  const reached = (team: string | null, stages: string[]) =>
    leads.filter((l) => (team === null || l.teamId === team) && stages.includes(l.stage)).length;
  const open = ['lead', 'qualified', 'meetingScheduled', 'proposalSent', 'won', 'retention'];
  const pipelineCount = (stage: string) =>
    sup.pipelineTable.locator(`tr[data-stage="${stage}"] td[data-col="count"]`);
  await expect(pipelineCount('lead')).toHaveText(en(reached(null, open)));
  await expect(pipelineCount('won')).toHaveText(en(reached(null, ['won', 'retention'])));

  // One team: only its reps, and its own pipeline.
  await sup.chooseTeam('Gulf & Egypt team');
  await expect(sup.dailyTable.locator('tbody tr')).toHaveCount(GULF_REPS.length);
  await expect(pipelineCount('lead')).toHaveText(en(reached(TEAMS.gulf, open)));
  await expect(pipelineCount('proposalSent')).toHaveText(
    en(reached(TEAMS.gulf, ['proposalSent', 'won', 'retention'])),
  );

  // Today only: the period table agrees with the daily check.
  await sup.choosePeriod('today');
  for (const id of GULF_REPS)
    await expect(sup.repCell(id, 'calls')).toHaveText(
      new RegExp(`^${en(count(activities, id, TODAY, isCall))}( /|$)`),
    );
});

test('the profit what-if compounds five × 15% into about ×2.01', async ({ page }) => {
  const sup = await signIn(page, DEMO.sarah);
  await sup.choosePeriod('quarter');
  const before = money(await page.getByTestId('whatif-base-profit').innerText());
  expect(before).toBeGreaterThan(0);
  await expect(page.getByTestId('whatif-multiplier')).toHaveText('×1');

  await page.getByTestId('whatif-all-15').click();
  await expect(page.getByTestId('whatif-multiplier')).toHaveText('×2.01');
  await expect(page.getByTestId('whatif-compound')).toContainText('+75%');
  await expect(page.getByTestId('whatif-compound')).toContainText('+101.1%');
  const after = money(await page.getByTestId('whatif-profit').innerText());
  expect(after / before).toBeCloseTo(1.15 ** 5, 2);

  // The margin is the supervisor's to state: 40% instead of 30% is a third more profit.
  await page.getByTestId('whatif-reset').click();
  await page.getByTestId('whatif-margin-rate').fill('40');
  await expect
    .poll(async () => money(await page.getByTestId('whatif-base-profit').innerText()) / before)
    .toBeCloseTo(40 / 30, 2);
  await page.getByTestId('whatif-margin-rate').fill('30');
  // One factor by hand: conversion −20% takes a fifth off the profit.
  await page.getByTestId('whatif-change-conversion').fill('-20');
  await expect(page.getByTestId('whatif-multiplier')).toHaveText('×0.8');
  expect(money(await page.getByTestId('whatif-profit').innerText()) / before).toBeCloseTo(0.8, 2);
});

test('tables export to CSV in UTF-8 with a byte-order mark', async ({ page }) => {
  const sup = await signIn(page, DEMO.sarah);
  const { activities } = await sup.storedData();
  const daily = await sup.exportCsv('export-daily');
  expect(daily.name).toBe('calls-today-2026-11-23.csv');
  expect([...daily.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = daily.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(
    "Agent,Calls,Daily target,Meetings booked,Today's result,Result target,Talk time (s),Talk target (s)",
  );
  // Arabic names survive the round trip, with their calls today.
  const faisal = lines.find((l) => l.startsWith('فيصل العتيبي,'));
  expect(faisal?.split(',')[1]).toBe(String(count(activities, FAISAL, TODAY, isCall)));
  expect(lines.filter((l) => l !== '')).toHaveLength(1 + GULF_REPS.length + ISTANBUL_REPS.length);

  // A custom range, 1–10 November: the per-rep table and its export cover exactly those days.
  await sup.choosePeriod('custom');
  await typeIntoPicker(page.getByTestId('period-from'), { year: 2026, month: 11, day: 1 });
  await typeIntoPicker(page.getByTestId('period-to'), { year: 2026, month: 11, day: 10 });
  const firstTen = { from: NOVEMBER.from, to: Date.UTC(2026, 10, 10, 21) };
  const reps = [...GULF_REPS, ...ISTANBUL_REPS];
  const calls = reps.reduce((sum, id) => sum + count(activities, id, firstTen, isCall), 0);
  await expect(page.getByTestId('rep-total').locator('td[data-col="calls"]')).toHaveText(
    new RegExp(`^${en(calls)}`),
  );
  const results = await sup.exportCsv('export-reps');
  expect(results.name).toBe('rep-results-2026-11-01_2026-11-10.csv');
  const rows = results.bytes.toString('utf8').slice(1).trim().split('\r\n').slice(1);
  expect(rows).toHaveLength(reps.length);
  expect(rows.reduce((sum, r) => sum + Number(r.split(',')[2]), 0)).toBe(calls);

  await sup.choosePeriod('month');
  const funnel = await sup.exportCsv('export-funnel');
  expect(funnel.name).toBe('funnel-2026-11-01_2026-11-30.csv');
  expect([...funnel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(funnel.bytes.toString('utf8')).toContain('Stage,Leads,From previous step,From the start');
});

test('a supervisor in Arabic sees their own team, live as a rep logs a call', async ({
  page,
  context,
}) => {
  const sup = await signIn(page, SUPERVISORS.omar, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Omar leads the Gulf team: its four reps, and no team picker.
  await expect(sup.dailyTable.locator('tbody tr')).toHaveCount(GULF_REPS.length);
  await expect(page.getByTestId('filter-team')).toHaveCount(0);
  const { activities } = await sup.storedData();
  const before = count(activities, FAISAL, TODAY, isCall);
  await expect
    .poll(async () => digits(await sup.dailyCell(FAISAL, 1).innerText()))
    .toBe(String(before));
  await sup.screenshots('ar');

  // Faisal works in another window of the same desk; the dashboard follows without a reload.
  const other = await context.newPage();
  await other.clock.install({ time: new Date(WORKDAY_MORNING.getTime() + 5 * 60_000) });
  await other.goto('/');
  await expect(other.getByTestId('app-title')).toBeVisible();
  await other.getByTestId('user-badge').click();
  await other.getByTestId('sign-out').click();
  await new SignInPage(other).signInAs(FAISAL);
  const hunter = new HunterPage(other);
  await hunter.open();
  await hunter.nextLead();
  await hunter.dispositionByKey('1'); // no answer: a call all the same
  await expect
    .poll(async () => digits(await sup.dailyCell(FAISAL, 1).innerText()))
    .toBe(String(before + 1));
});

test('the English dashboard, full page; the targets the supervisor set; a team over seven reps', async ({
  page,
}) => {
  const sup = await signIn(page, DEMO.sarah);
  await expect(sup.spanWarning).toHaveCount(0);
  await sup.screenshots('en');
  const { activities } = await sup.storedData();

  // Targets set under People & targets: Faisal's daily calls and two hours of talk a day, the
  // Gulf team's November, and four more hunters in the Gulf team — eight reps is more than one
  // supervisor can lead.
  await sup.putRows('targets', [
    {
      userId: FAISAL,
      dailyCalls: 120,
      dailyBookings: 6,
      monthlyWins: 0,
      monthlyRevenue: 0,
      dailyTalkMin: 120,
      updatedAt: 0,
      updatedBy: null,
    },
  ]);
  await sup.putRows('salesTargets', [
    { id: `${TEAMS.gulf}:2026-11`, teamId: TEAMS.gulf, month: '2026-11', revenue: 5000, wins: 8 },
  ]);
  await sup.putRows(
    'users',
    [1, 2, 3, 4].map((i) => ({
      id: `01900000-0000-7000-8000-00000000091${i}`,
      displayName: `New Hunter ${i}`,
      email: `new${i}@rawaa.example`,
      roles: ['hunter'],
      teamId: TEAMS.gulf,
      locale: 'ar',
      dailyCallTarget: 60,
      dailyBookingTarget: 2,
    })),
  );
  await page.reload();
  await sup.open();
  await expect(sup.spanWarning).toHaveCount(1);
  await expect(sup.spanWarning).toContainText(/Gulf & Egypt team\u2069? has 8 reps/);
  await expect(sup.spanWarning).toContainText('7 reps at most');

  await expect(sup.dailyCell(FAISAL, 2)).toHaveText('120');
  // Talk time today against two hours; the others have no talk target and show talk time alone.
  const clock = String.raw`\d+:\d\d(:\d\d)?`;
  await expect(sup.dailyTable.locator(`tr[data-agent="${FAISAL}"] td[data-col="talk"]`)).toHaveText(
    new RegExp(`^${clock} / 2:00:00$`),
  );
  await expect(
    sup.dailyTable.locator(`tr[data-agent="${GULF_REPS[1]}"] td[data-col="talk"]`),
  ).toHaveText(new RegExp(`^${clock}$`));
  await sup.chooseTeam('Gulf & Egypt team');
  const gulfRevenue = activities
    .filter(
      (a) =>
        GULF_REPS.includes(a.agentId) &&
        a.stageTo === 'won' &&
        a.at >= NOVEMBER.from &&
        a.at < NOVEMBER.to,
    )
    .reduce((sum, a) => sum + (a.amount ?? 0), 0);
  const november = page.getByTestId('targets-table').locator('tr[data-month="2026-11"] td');
  await expect(november.nth(1)).toHaveText(
    `SAR ${gulfRevenue.toLocaleString('en-GB', { minimumFractionDigits: 2 })} / SAR 5,000.00`,
  );
  await expect(november.nth(3)).toContainText(`${Math.round((gulfRevenue / 5000) * 1000) / 10}%`);

  // Today, one day worked: the same two hours in the per-rep table, as the team's total target,
  // against which the talk tile draws its bar; the export carries them in seconds.
  await sup.choosePeriod('today');
  await expect(sup.repCell(FAISAL, 'talk')).toHaveText(new RegExp(`^${clock} / 2:00:00$`));
  await expect(page.getByTestId('rep-total').locator('td[data-col="talk"]')).toHaveText(
    new RegExp(`^${clock} / 2:00:00$`),
  );
  await expect(page.getByTestId('kpi-talk').getByRole('progressbar')).toBeVisible();
  await expect(page.getByTestId('kpi-connectRate')).toContainText('%');
  const results = await sup.exportCsv('export-reps');
  const [header, ...rows] = results.bytes.toString('utf8').slice(1).trim().split('\r\n');
  const talkTarget = header!.split(',').indexOf('Talk target (s)');
  expect(header!.split(',')[talkTarget - 1]).toBe('Talk time (s)');
  expect(rows.find((r) => r.startsWith('فيصل العتيبي,'))?.split(',')[talkTarget]).toBe('7200');
});
