// The closer's day end to end, offline (demo organisation): a meeting booked by the hunter shows
// the hunter's note once, sits in the calendar with the lead's local time, reminds ten minutes
// ahead; the closer logs their own call, records a no-show, reschedules, records it held, sends
// the proposal, whose follow-up falls due in the lead's calling hours and is marked and
// announced; the hunter's show rate reaches the supervisor's per-rep table. Then the same desk
// right to left in Arabic for an Arabic closer.
import { expect, test } from '@playwright/test';
import { CloserPage } from './pages/closer-page';
import { partsIn } from './pages/date-picker';
import { DeskPage } from './pages/desk-page';
import { HunterPage } from './pages/hunter-page';
import { DEMO, SignInPage } from './pages/sign-in-page';
import { SupervisorPage } from './pages/supervisor-page';

const KHALID = '01900000-0000-7000-8000-000000000204'; // closer, Arabic, Gulf team
const NOTE = 'Wants a demo for the whole office on Tuesday';
const HOUR = 3_600_000;

test('a closer’s meeting: calendar, reminder, own call, no-show, reschedule, held, proposal follow-up due; the hunter’s show rate on the dashboard', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(DEMO.daniel);
  const hunter = new HunterPage(page);
  const closer = new CloserPage(page);
  const desk = new DeskPage(page);

  // Daniel hunts: a qualified lead booked with himself as the closer, tomorrow at this time.
  await hunter.open();
  const name = await hunter.nextLead();
  await hunter.fillBant({ budget: 'Yes', authority: 'Owner', need: '30 staff', timeline: 'Now' });
  await expect(page.getByTestId('lead-stage')).toHaveText('Qualified');
  await page.keyboard.press('7');
  await page.getByTestId('dialog-closer').locator('..').click();
  await page.getByRole('option', { name: 'Daniel Brooks' }).click();
  await page.getByTestId('dialog-note').fill(NOTE);
  await page.getByTestId('dialog-confirm').click();
  await expect(hunter.leadName).not.toHaveText(name);

  // The closer's inbox: the hunter's note once under "From the hunter".
  await closer.open();
  await closer.item(name).click();
  const handOff = page.getByTestId('handoff-notes');
  await expect(handOff).toContainText(NOTE);
  await expect(handOff.getByText(NOTE)).toHaveCount(1);
  await expect(closer.meetingStatus).toHaveText('Outcome not recorded yet');

  // The closer's own call (confirming the meeting): no answer, logged and counted as a call.
  const calls = page.getByTestId('target-calls');
  const callsBefore = Number((await calls.innerText()).match(/Calls today: (\d+)/)?.[1]);
  await closer.logCall('noAnswer');
  await expect(calls).toContainText(`Calls today: ${callsBefore + 1}`);
  await expect(page.getByTestId('activity-history')).toContainText('No answer');

  // The customer asks for tomorrow at this time instead: moved (the dialog takes the desk's time).
  const tomorrow = await page.evaluate(() => {
    const at = Date.now() + 24 * 3_600_000;
    const d = new Date(at);
    const p = (n: number) => String(n).padStart(2, '0');
    return { at, day: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` };
  });
  await closer.reschedule((zone) => partsIn(zone, tomorrow.at));
  await expect(closer.meetingStatus).toHaveText('Outcome not recorded yet');

  // Held a day early is refused in words; nothing changes.
  await closer.recordMeeting('held');
  await expect(page.getByTestId('meeting-error')).toContainText('not due yet');
  await expect(closer.meetingStatus).toHaveText('Outcome not recorded yet');

  // The week's calendar has the meeting tomorrow, with the lead's own time beside; it opens the lead.
  await closer.openCalendar('week');
  const column = closer.calendar.locator(`[data-day="${tomorrow.day}"]`);
  await expect(column.getByTestId('calendar-meeting').filter({ hasText: name })).toBeVisible();
  await expect(closer.calendarMeeting(name)).toContainText('at the lead');
  await desk.screenshot('closer-calendar-week-en');
  await closer.openCalendar('day');
  await expect(closer.calendar.getByText('No meetings on this day.')).toBeVisible();
  await page.getByTestId('calendar-next').click();
  await closer.calendarMeeting(name).click();
  await expect(closer.detail).toBeVisible();
  await expect(page.getByTestId('lead-name')).toHaveText(name);

  // Five minutes before the meeting: a reminder in the app that opens the lead.
  await page.clock.fastForward(24 * HOUR - 5 * 60_000);
  const reminder = closer.reminders.filter({ hasText: name });
  await expect(reminder).toHaveAttribute('data-kind', 'meeting');
  await expect(reminder).toContainText('Meeting in 10 minutes');
  await desk.screenshot('closer-reminder-en');
  await reminder.getByTestId('closer-reminder-open').click();
  await expect(reminder).toBeHidden();

  // Nobody came: recorded; then moved to a day later and held there.
  await page.clock.fastForward(10 * 60_000);
  await closer.recordMeeting('noShow');
  await expect(closer.meetingStatus).toContainText('Nobody came');
  await expect(page.getByTestId('meeting-held')).toBeDisabled();
  await closer.reschedule();
  await expect(closer.meetingStatus).toHaveText('Outcome not recorded yet');
  await page.clock.fastForward(24 * HOUR);
  await closer.recordMeeting('held');
  await expect(closer.meetingStatus).toContainText('Held');
  // The history names each outcome, not just "Meeting".
  const history = page.getByTestId('activity-history');
  for (const said of ['Meeting: the customer did not come', 'Meeting moved', 'Meeting held'])
    await expect(history).toContainText(said);
  await desk.screenshot('closer-meeting-held-en');
  await closer.closeUp('closer-meeting-panel-en');

  // The proposal: its follow-up three days on is in the proposals list, then due and marked.
  await closer.sendProposal();
  await expect(closer.proposal(name)).toContainText('follow-up');
  await expect(closer.proposal(name)).not.toHaveAttribute('data-due', 'true');
  await page.clock.fastForward(3 * 24 * HOUR + HOUR);
  await expect(closer.proposal(name)).toHaveAttribute('data-due', 'true');
  await expect(closer.proposal(name).getByTestId('followup-due')).toHaveText('Follow-up due');
  await expect(closer.reminders.and(page.locator('[data-kind="followUp"]'))).toBeVisible();
  // By follow-up date: every due proposal comes before any that is not due yet.
  const due = await closer.proposals
    .getByTestId('inbox-item')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-due') === 'true'));
  expect(due.indexOf(false) === -1 || !due.slice(due.indexOf(false)).includes(true)).toBe(true);
  await desk.screenshot('closer-proposal-due-en');

  // Türkçe: the calendar and the open lead.
  await desk.chooseLanguage('Türkçe');
  await closer.proposal(name).click();
  await desk.screenshot('closer-detail-tr');
  await closer.closeUp('closer-proposal-panel-tr');
  await closer.openCalendar('week');
  await desk.screenshot('closer-calendar-tr');
  await desk.chooseLanguage('English');

  // The administrator's dashboard: Daniel booked one meeting that fell due twice, held once.
  await page.getByTestId('user-badge').click();
  await page.getByTestId('sign-out').click();
  await signIn.signInAs(DEMO.sarah);
  const supervisor = new SupervisorPage(page);
  await supervisor.open();
  await supervisor.choosePeriod('month');
  const daniel = supervisor.repTable.locator(`tr[data-agent="${DEMO.daniel}"]`);
  await expect(daniel.locator('td[data-col="showRate"]')).toHaveText('50% (1 of 2)');
  const csv = await supervisor.exportCsv('export-reps');
  const [header, ...rows] = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  const at = header!.split(',').indexOf('Show rate');
  expect(rows.find((r) => r.startsWith('Daniel Brooks'))?.split(',')[at]).toBe('0.5');
  await supervisor.repTable.scrollIntoViewIfNeeded();
  await desk.screenshot('dashboard-show-rate-en');
});

test('right to left: an Arabic closer’s week, a meeting held and due proposal follow-ups', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signInAs(KHALID);
  const desk = new DeskPage(page);
  const closer = new CloserPage(page);
  await closer.open();
  expect(await desk.htmlDir()).toBe('rtl');
  await expect(closer.inbox.getByTestId('inbox-item').first()).toBeVisible();
  await closer.openCalendar('week');
  const meeting = closer.calendar.getByTestId('calendar-meeting').first();
  await expect(meeting).toBeVisible();
  await expect(meeting).toContainText('بتوقيت العميل');
  await desk.screenshot('closer-calendar-week-ar');
  const name = (await meeting.getByTestId('calendar-meeting-name').innerText()).trim();
  await meeting.click();
  await expect(page.getByTestId('lead-name')).toHaveText(name);
  await page.clock.fastForward(25 * HOUR);
  await closer.recordMeeting('held');
  await expect(closer.meetingStatus).toContainText('عُقد');
  await closer.logCall('callBack');
  await expect(page.getByTestId('dialog-callBack')).toBeVisible();
  await page.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('dialog-callBack')).toBeHidden();
  await desk.screenshot('closer-meeting-held-ar');
  await closer.closeUp('closer-meeting-panel-ar');
  // The demo's proposals: those due are marked and announced, the list by follow-up date.
  const firstDue = closer.proposals.locator('[data-testid="inbox-item"][data-due="true"]').first();
  await expect(firstDue.getByTestId('followup-due')).toHaveText('حان موعد المتابعة');
  await expect(closer.reminders.first()).toBeVisible();
  await desk.screenshot('closer-proposals-due-ar');
});
