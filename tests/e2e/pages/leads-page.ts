// Page object for finding and adding leads: the top bar's search, the new-lead form and the lead
// detail page.
import { expect, type Locator, type Page } from '@playwright/test';

export class LeadsPage {
  readonly search: Locator;
  readonly input: Locator;
  readonly results: Locator;
  readonly newLead: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId('lead-search');
    this.input = page.getByTestId('lead-search-input');
    this.results = page.getByTestId('lead-search-result');
    this.newLead = page.getByTestId('new-lead');
    this.detail = page.getByTestId('lead-detail-page');
  }

  /** Opens the search with the `/` key (nothing focused), or Ctrl+K from anywhere. */
  async openSearch(how: 'slash' | 'ctrlK' | 'click' = 'slash'): Promise<void> {
    if (how === 'click') await this.page.getByTestId('lead-search-open').click();
    else {
      await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await this.page.keyboard.press(how === 'slash' ? '/' : 'Control+k');
    }
    await expect(this.input).toBeFocused();
  }

  /** Types a query into the open search and waits for a result holding `expected`. */
  async find(query: string, expected: string | RegExp): Promise<Locator> {
    await this.input.fill(query);
    const hit = this.results.filter({ hasText: expected }).first();
    await expect(hit).toBeVisible();
    return hit;
  }

  /** From the open search: the new-lead form, prefilled with what was typed. */
  async startNewLead(): Promise<void> {
    await this.page.getByTestId('lead-search-new').click();
    await expect(this.newLead).toBeVisible();
  }

  field(name: 'name' | 'company' | 'phone' | 'email' | 'address' | 'interests'): Locator {
    return this.page.getByTestId(`new-lead-${name}`);
  }

  /** The window as the person sees it (the detail page covers it; a full page would show what is under it). */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/screenshots/${name}.png` });
  }

  async saveNewLead(): Promise<void> {
    await this.page.getByTestId('new-lead-save').click();
  }
}
