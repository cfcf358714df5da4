// Page objects for accounts: the set-password screen a link opens, a person's own account (user
// menu → My account) and an administrator's sign-in view of a person (People & targets → key).
import { expect, type Locator, type Page } from '@playwright/test';

export class SetPasswordPage {
  readonly screen: Locator;
  readonly intro: Locator;
  readonly password: Locator;
  readonly repeat: Locator;
  readonly help: Locator;
  readonly submit: Locator;
  readonly refused: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('set-password');
    this.intro = page.getByTestId('set-password-intro');
    this.password = page.getByTestId('new-password');
    this.repeat = page.getByTestId('repeat-password');
    this.help = page.getByTestId('new-password-help');
    this.submit = page.getByTestId('set-password-submit');
    this.refused = page.getByTestId('set-password-refused');
  }

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.screen).toBeVisible({ timeout: 20_000 });
  }

  async choose(password: string): Promise<void> {
    await this.password.fill(password);
    await this.repeat.fill(password);
  }
}

export class MyAccountPage {
  readonly dialog: Locator;
  readonly current: Locator;
  readonly password: Locator;
  readonly repeat: Locator;
  readonly submit: Locator;
  readonly message: Locator;
  readonly sessions: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('my-account');
    this.current = page.getByTestId('current-password');
    this.password = page.getByTestId('new-password');
    this.repeat = page.getByTestId('repeat-password');
    this.submit = page.getByTestId('change-password-submit');
    this.message = page.getByTestId('my-account-message');
    this.sessions = this.dialog.getByTestId('sessions-table');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('user-badge').click();
    await this.page.getByTestId('my-account-open').click();
    await expect(this.sessions).toBeVisible();
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.current.fill(current);
    await this.password.fill(next);
    await this.repeat.fill(next);
    await this.submit.click();
  }

  async close(): Promise<void> {
    await this.page.getByTestId('my-account-close').click();
    await expect(this.dialog).toBeHidden();
  }
}

export class PersonAccessPage {
  readonly dialog: Locator;
  readonly status: Locator;
  readonly linkUrl: Locator;
  readonly sessions: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('person-access');
    this.status = page.getByTestId('person-access-status');
    this.linkUrl = page.getByTestId('person-link-url');
    this.sessions = this.dialog.getByTestId('sessions-table');
    this.error = page.getByTestId('person-access-error');
  }

  /** Opens the person's sign-in view from the People table (People & targets must be open). */
  async open(userId: string): Promise<void> {
    await this.page.getByTestId(`person-access-${userId}`).click();
    await expect(this.status).toBeVisible();
  }

  /** Makes an invitation or reset link and returns it as shown to copy. */
  async makeLink(kind: 'invite' | 'reset'): Promise<string> {
    await this.page.getByTestId(kind === 'invite' ? 'make-invite-link' : 'make-reset-link').click();
    await expect(this.linkUrl).toHaveValue(/#\/set-password\?token=/);
    return this.linkUrl.inputValue();
  }

  sessionRows(): Locator {
    return this.sessions.locator('tbody tr');
  }

  async close(): Promise<void> {
    await this.page.getByTestId('person-access-close').click();
    await expect(this.dialog).toBeHidden();
  }
}
