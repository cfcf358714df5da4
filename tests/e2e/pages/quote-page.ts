// Page object for the closer's quote dialog (renderer/features/quote).
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class QuotePage {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly notice: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('quote-dialog');
    this.preview = page.getByTestId('quote-preview');
    this.notice = page.getByTestId('quote-notice');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('quote-open').click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  async chooseLanguage(label: string): Promise<void> {
    await this.page.getByTestId('quote-language').locator('..').click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async discountPercent(value: string): Promise<void> {
    await this.page.getByTestId('quote-discount-percent').click();
    await this.page.getByTestId('quote-discount').fill(value);
  }

  /** Downloads the PDF and returns the download. */
  async download(): Promise<Download> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByTestId('quote-download').click();
    return waiting;
  }
}
