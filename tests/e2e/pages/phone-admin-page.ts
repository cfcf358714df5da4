// Page object for the administrator's phones: Supervisor → People & targets → Phones.
import { expect, type Locator, type Page } from '@playwright/test';

export type SipAccountEdit = {
  sipUser: string;
  mode?: 'ephemeral' | 'password';
  authUser?: string;
  password?: string;
  wssUrl?: string;
};

export class PhoneAdminPage {
  readonly panel: Locator;
  readonly settings: Locator;
  readonly wssUrl: Locator;
  readonly wssUrlHelper: Locator;
  readonly sipDomain: Locator;
  readonly ringTimeout: Locator;
  readonly wrapUp: Locator;
  readonly keyInput: Locator;
  readonly keyState: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;
  readonly invalid: Locator;
  readonly failure: Locator;
  readonly accounts: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('phones-panel');
    this.settings = page.getByTestId('phone-settings');
    this.wssUrl = page.getByTestId('phone-wss-url');
    this.wssUrlHelper = page.getByTestId('phone-wss-url-helper');
    this.sipDomain = page.getByTestId('phone-sip-domain');
    this.ringTimeout = page.getByTestId('phone-ring-timeout');
    this.wrapUp = page.getByTestId('phone-wrap-up');
    this.keyInput = page.getByTestId('phone-key-input');
    this.keyState = page.getByTestId('phone-key-state');
    this.saveButton = page.getByTestId('phone-settings-save');
    this.saved = page.getByTestId('phone-settings-saved');
    this.invalid = page.getByTestId('phone-settings-invalid');
    this.failure = page.getByTestId('phone-settings-failure');
    this.accounts = page.getByTestId('sip-accounts-table');
    this.dialog = page.getByTestId('sip-dialog');
  }

  /** Opens the supervisor area's People & targets, then Phones, and waits for the server's data. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await this.page.getByTestId('section-people').click();
    await this.page.getByTestId('people-view-phones').click();
    await expect(this.panel).toBeVisible({ timeout: 20_000 });
  }

  /** Adds a STUN/TURN row and fills it. */
  async addIceServer(server: { urls: string; username?: string; credential?: string }) {
    const index = await this.page
      .locator('[data-testid^="phone-ice-"][data-testid$="-urls"]')
      .count();
    await this.page.getByTestId('phone-ice-add').click();
    await this.page.getByTestId(`phone-ice-${index}-urls`).fill(server.urls);
    if (server.username)
      await this.page.getByTestId(`phone-ice-${index}-username`).fill(server.username);
    if (server.credential)
      await this.page.getByTestId(`phone-ice-${index}-credential`).fill(server.credential);
  }

  /** Presses "Generate" and returns the new key shown in the field. */
  async generateKey(): Promise<string> {
    await this.page.getByTestId('phone-key-generate').click();
    await expect(this.keyInput).toHaveValue(/^[A-Za-z0-9_-]{32}$/);
    return this.keyInput.inputValue();
  }

  async saveSettings(): Promise<void> {
    await this.saveButton.click();
    await expect(this.saved).toBeVisible();
    await expect(this.saveButton).toBeDisabled();
  }

  /**
   * A full-page screenshot under tests/e2e/screenshots/, taken from the top of the page so the
   * app bar sits where a person sees it (not over the middle of the panel).
   */
  async screenshot(name: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
  }

  accountRow(userId: string): Locator {
    return this.page.getByTestId(`sip-row-${userId}`);
  }

  sipUser(userId: string): Locator {
    return this.page.getByTestId(`sip-user-${userId}`);
  }

  mode(userId: string): Locator {
    return this.page.getByTestId(`sip-mode-${userId}`);
  }

  /** Opens the person's phone dialog, fills it and saves; waits for the dialog to close. */
  async setAccount(userId: string, edit: SipAccountEdit): Promise<void> {
    await this.page.getByTestId(`sip-edit-${userId}`).click();
    await expect(this.dialog).toBeVisible();
    await this.page.getByTestId('sip-dialog-user').fill(edit.sipUser);
    await this.page.getByTestId(`sip-mode-${edit.mode ?? 'ephemeral'}`).check();
    if (edit.authUser !== undefined)
      await this.page.getByTestId('sip-dialog-auth-user').fill(edit.authUser);
    if (edit.password !== undefined)
      await this.page.getByTestId('sip-dialog-password').fill(edit.password);
    if (edit.wssUrl !== undefined) await this.page.getByTestId('sip-dialog-wss').fill(edit.wssUrl);
    await this.page.getByTestId('sip-dialog-save').click();
    await expect(this.dialog).toBeHidden();
  }
}
