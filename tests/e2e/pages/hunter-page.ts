// Page object for the hunter's desk and its call screen.
import { expect, type Locator, type Page } from '@playwright/test';

export class HunterPage {
  readonly leadName: Locator;
  readonly callScreen: Locator;
  readonly objectionCards: Locator;
  readonly objectionSearch: Locator;
  readonly callbacksBadge: Locator;

  constructor(readonly page: Page) {
    this.leadName = page.getByTestId('lead-name');
    this.callScreen = page.getByTestId('call-screen');
    this.objectionCards = page.getByTestId('objection-card');
    this.objectionSearch = page.getByTestId('objection-search');
    this.callbacksBadge = page.getByTestId('callbacks-badge');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-hunter').click();
    await expect(this.page.getByTestId('area-hunter')).toBeVisible();
  }

  /** Presses N and waits for a lead on the call screen; returns its name. */
  async nextLead(): Promise<string> {
    const before = (await this.leadName.count()) ? await this.leadName.innerText() : null;
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('n');
    await expect(this.callScreen).toBeVisible();
    if (before !== null) await expect(this.leadName).not.toHaveText(before);
    return this.leadName.innerText();
  }

  /** Presses a disposition's number key and waits for the next lead (or the empty queue). */
  async dispositionByKey(key: string): Promise<void> {
    const before = await this.leadName.innerText();
    await this.page.keyboard.press(key);
    if (key === '5') {
      // Not interested asks why (optional) and for a new offer: Enter saves it as it stands.
      await expect(this.page.getByTestId('refusal-new-offer')).toBeFocused();
      await this.page.keyboard.press('Enter');
    }
    const next = this.leadName.or(this.page.getByTestId('queue-empty'));
    // The outcome is written, the queue read again and the next lead drawn: on a busy 2-core
    // machine running two browsers and their servers this has taken over 10 s.
    await expect(next).not.toHaveText(before, { timeout: 30_000 });
    // Between two leads the screen holds neither for a moment: wait for what comes next.
    await expect(next).toBeVisible();
  }

  async openObjections(): Promise<void> {
    await this.page.keyboard.press('o');
    await expect(this.objectionSearch).toBeFocused();
  }

  async fillBant(
    notes: Record<'budget' | 'authority' | 'need' | 'timeline', string>,
  ): Promise<void> {
    for (const [key, note] of Object.entries(notes)) {
      await this.page.getByTestId(`bant-${key}-yes`).click();
      await this.page.getByTestId(`bant-${key}-note`).fill(note);
    }
    await this.page.getByTestId('bant-save').click();
  }
}
