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

  /** Opens a tab of the list and waits until the list shows that tab's customers. */
  async show(view: 'due' | 'all'): Promise<void> {
    await this.page.getByTestId(`farmer-tab-${view}`).click();
    await this.shows(view);
  }

  /** Waits until the list shows `view`'s rows (a new tab keeps the last rows until its own come). */
  async shows(view: 'due' | 'all' | 'search'): Promise<void> {
    await expect(this.list).toHaveAttribute('data-shown', view);
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('farmer-search').fill(text);
  }
}
