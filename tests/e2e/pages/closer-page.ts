// Page object for the closer's desk: the hand-off inbox, proposals, the meeting's outcome, the
// closer's own calls, the calendar and the reminders.
import { expect, type Locator, type Page } from '@playwright/test';
import { typeIntoPicker, type DateTimeParts } from './date-picker';

export type MeetingOutcomeKey = 'held' | 'noShow';

export class CloserPage {
  readonly inbox: Locator;
  readonly proposals: Locator;
  readonly detail: Locator;
  readonly meeting: Locator;
  readonly meetingStatus: Locator;
  readonly calendar: Locator;
  readonly reminders: Locator;
  constructor(readonly page: Page) {
    this.inbox = page.getByTestId('closer-inbox');
    this.proposals = page.getByTestId('closer-proposals');
    this.detail = page.getByTestId('closer-detail');
    this.meeting = page.getByTestId('meeting-outcome');
    this.meetingStatus = page.getByTestId('meeting-status');
    this.calendar = page.getByTestId('closer-calendar');
    this.reminders = page.getByTestId('closer-reminder');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-closer').click();
    await expect(this.page.getByTestId('area-closer')).toBeVisible();
  }

  item(name: string): Locator {
    return this.inbox.getByTestId('inbox-item').filter({ hasText: name });
  }

  proposal(name: string): Locator {
    return this.proposals.getByTestId('inbox-item').filter({ hasText: name });
  }

  async win(amount: string): Promise<void> {
    await this.page.getByTestId('closer-won').click();
    await this.page.getByTestId('dialog-amount').fill(amount);
    await this.page.getByTestId('dialog-confirm').click();
    await expect(this.detail).toBeHidden();
  }

  /** Sends the proposal at the amount offered (the product's price unless typed). */
  async sendProposal(amount?: string): Promise<void> {
    await this.page.getByTestId('closer-proposal').click();
    if (amount !== undefined) await this.page.getByTestId('dialog-amount').fill(amount);
    await this.page.getByTestId('dialog-confirm').click();
    await expect(this.page.getByTestId('dialog-proposal')).toBeHidden();
  }

  /** Logs the closer's own call on the open lead with an outcome key of the call bar. */
  async logCall(disposition: string): Promise<void> {
    await this.page.getByTestId('closer-calls').getByTestId(`disposition-${disposition}`).click();
  }

  async recordMeeting(outcome: MeetingOutcomeKey): Promise<void> {
    await this.page.getByTestId(`meeting-${outcome}`).click();
  }

  /** Moves the open lead's meeting: the dialog proposes a day later; `when` overrides it. */
  async reschedule(when?: DateTimeParts | ((leadZone: string) => DateTimeParts)): Promise<void> {
    await this.page.getByTestId('meeting-reschedule').click();
    const dialog = this.page.getByTestId('dialog-reschedule');
    await expect(dialog).toBeVisible();
    if (when !== undefined) {
      // The picker speaks the lead's wall clock; a function is given the lead's zone.
      const zone = await dialog.getByTestId('dialog-when-zone').getAttribute('data-timezone');
      const parts = typeof when === 'function' ? when(zone ?? 'UTC') : when;
      await typeIntoPicker(dialog.getByTestId('dialog-when'), parts);
    }
    await dialog.getByTestId('dialog-confirm').click();
    await expect(dialog).toBeHidden();
  }

  async openCalendar(view: 'day' | 'week' = 'week'): Promise<void> {
    await this.page.getByTestId('closer-tab-calendar').click();
    await expect(this.calendar).toBeVisible();
    await this.page.getByTestId(`calendar-${view}`).click();
    await expect(this.calendar).toHaveAttribute('data-view', view);
  }

  calendarMeeting(name: string): Locator {
    return this.calendar.getByTestId('calendar-meeting').filter({ hasText: name });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
  }

  /** The open lead's top (card, hunter's notes, meeting, outcomes, calls) and the list, at full size. */
  async closeUp(name: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({
      path: `tests/e2e/screenshots/${name}.png`,
      clip: { x: 0, y: 0, width: 1280, height: 1100 },
      fullPage: true,
    });
  }
}
