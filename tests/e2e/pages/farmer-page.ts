// Page object for the farmer's customer base.
import { expect, type Locator, type Page } from '@playwright/test';

export class FarmerPage {
  readonly list: Locator;
  constructor(readonly page: Page) {
    this.list = page.getByTestId('farmer-list');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-farmer').click();
    await expect(this.page.getByTestId('area-farmer')).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('farmer-search').fill(text);
  }
}
