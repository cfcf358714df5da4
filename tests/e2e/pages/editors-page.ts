// Page object for the supervisor's editors: "Scripts & content" and "People & targets".
import { expect, type Locator, type Page } from '@playwright/test';

export type ContentKindName = 'script' | 'objection' | 'closing' | 'product' | 'message';
export type ContentLanguageCode = 'ar' | 'tr' | 'en';

export class EditorsPage {
  readonly content: Locator;
  readonly editor: Locator;
  readonly saveButton: Locator;
  readonly notice: Locator;
  readonly warnings: Locator;
  readonly errors: Locator;
  readonly people: Locator;

  constructor(readonly page: Page) {
    this.content = page.getByTestId('content-section');
    this.editor = page.getByTestId('content-editor');
    this.saveButton = page.getByTestId('content-save');
    this.notice = page.getByTestId('content-notice');
    this.warnings = page.getByTestId('issues-warnings');
    this.errors = page.getByTestId('issues-errors');
    this.people = page.getByTestId('people-section');
  }

  async openContent(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await this.page.getByTestId('section-content').click();
    await expect(this.content).toBeVisible();
  }

  async openPeople(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await this.page.getByTestId('section-people').click();
    await expect(this.people).toBeVisible();
  }

  async kind(kind: ContentKindName): Promise<void> {
    await this.page.getByTestId(`content-kind-${kind}`).click();
  }

  async language(code: ContentLanguageCode): Promise<void> {
    await this.page.getByTestId(`editors-language-${code}`).click();
  }

  async select(id: string): Promise<void> {
    await this.page.getByTestId(`content-item-${id}`).click();
    await expect(this.editor).toBeVisible();
  }

  /** The lines box of a script step (one sentence per line). */
  stepLines(stepId: string): Locator {
    return this.page.getByTestId(`step-${stepId}-lines`);
  }

  /** Picks a placeholder from the step's menu; it goes in where the cursor is. */
  async insertPlaceholder(stepId: string, placeholder: string): Promise<void> {
    await this.page.getByTestId(`step-${stepId}-lines-placeholder`).click();
    await this.page.getByTestId(`placeholder-${placeholder}`).click();
    await expect(this.page.getByRole('menu')).toBeHidden();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.notice).toBeVisible();
    await expect(this.saveButton).toBeDisabled();
  }

  issue(code: string): Locator {
    return this.page.getByTestId(`issue-${code}`);
  }

  async peopleView(view: 'people' | 'targets' | 'teams'): Promise<void> {
    await this.page.getByTestId(`people-view-${view}`).click();
  }

  targetInput(
    userId: string,
    field: 'dailyCalls' | 'dailyBookings' | 'dailyTalkMin' | 'monthlyWins' | 'monthlyRevenue',
  ): Locator {
    return this.page.getByTestId(`target-${userId}-${field}`);
  }

  async saveTargets(userId: string): Promise<void> {
    const button = this.page.getByTestId(`target-${userId}-save`);
    await button.click();
    await expect(button).toBeDisabled();
  }
}
