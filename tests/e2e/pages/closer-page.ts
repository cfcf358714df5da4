// Page object for the closer's hand-off inbox and deal outcomes.
import { expect, type Locator, type Page } from '@playwright/test';

export class CloserPage {
  readonly inbox: Locator;
  readonly detail: Locator;
  constructor(readonly page: Page) {
    this.inbox = page.getByTestId('closer-inbox');
    this.detail = page.getByTestId('closer-detail');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-closer').click();
    await expect(this.page.getByTestId('area-closer')).toBeVisible();
  }

  item(name: string): Locator {
    return this.inbox.getByTestId('inbox-item').filter({ hasText: name });
  }

  async win(amount: string): Promise<void> {
    await this.page.getByTestId('closer-won').click();
    await this.page.getByTestId('dialog-amount').fill(amount);
    await this.page.getByTestId('dialog-confirm').click();
    await expect(this.detail).toBeHidden();
  }
}
