// Page object for the alerts: the bell in the top bar with its menu, and the alerts tab with the
// rule editor (insight section).
import { expect, type Locator, type Page } from '@playwright/test';
import { pickerValue, timeParts, typeIntoPicker } from './date-picker';

export class AlertsPage {
  readonly bell: Locator;
  readonly menu: Locator;
  readonly tab: Locator;
  readonly rules: Locator;
  /** The time picker of the calls-below-target rule. */
  readonly time: Locator;

  constructor(readonly page: Page) {
    this.bell = page.getByTestId('alerts-bell');
    this.menu = page.getByTestId('alerts-menu');
    this.tab = page.getByTestId('alerts-tab');
    this.rules = page.getByTestId('alert-rules');
    this.time = page.getByTestId('rule-repCallsBelowTarget-byLocalTime');
  }

  async count(): Promise<number> {
    return Number(await this.bell.getAttribute('data-count'));
  }

  async openMenu(): Promise<void> {
    await this.bell.click();
    await expect(this.page.getByRole('menu')).toBeVisible();
  }

  menuItems(kind: string): Locator {
    return this.page.getByRole('menu').getByTestId(`alert-item-${kind}`);
  }

  /** Opens the alert of `kind` (the first one) from the bell; returns its key. */
  async follow(kind: string): Promise<string> {
    await this.openMenu();
    const item = this.menuItems(kind).first();
    const key = (await item.getAttribute('data-key')) ?? '';
    await item.click();
    await expect(this.page.getByRole('menu')).toBeHidden();
    return key;
  }

  async openTab(): Promise<void> {
    await this.openMenu();
    await this.page.getByTestId('alerts-all').click();
    await expect(this.page.getByRole('menu')).toBeHidden();
    await expect(this.page).toHaveURL(/#\/supervisor\/insight\/alerts$/);
    // The section and the tab load on first use, then read the alerts: a busy CI machine takes
    // a while longer than the default wait.
    await expect(this.tab).toBeVisible({ timeout: 20_000 });
  }

  rows(kind: string): Locator {
    return this.tab.getByTestId(`alert-row-${kind}`);
  }

  async setNumber(kind: string, field: string, value: number): Promise<void> {
    await this.page.getByTestId(`rule-${kind}-${field}`).fill(String(value));
  }

  /** What the rule's time picker holds ("14:00"). */
  timeValue(): Locator {
    return pickerValue(this.time);
  }

  /** Types "HH:MM" into the rule's time picker. */
  async setTime(value: string): Promise<void> {
    await typeIntoPicker(this.time, timeParts(value));
  }

  async toggle(kind: string): Promise<void> {
    await this.page.getByTestId(`rule-${kind}-enabled`).click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId('rules-save').click();
    await expect(this.page.getByTestId('rules-message')).toBeVisible();
  }
}
