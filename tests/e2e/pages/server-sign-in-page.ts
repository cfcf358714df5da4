// Page object for signing in to the sync server with email and password, and for the sync
// status in the top bar.
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../shared/demo/credentials';

export class ServerSignInPage {
  readonly form: Locator;
  readonly server: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly syncChip: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('server-sign-in');
    this.server = page.getByTestId('sign-in-server');
    this.email = page.getByTestId('sign-in-email');
    this.password = page.getByTestId('sign-in-password');
    this.submit = page.getByTestId('sign-in-submit');
    this.error = page.getByTestId('sign-in-error');
    this.syncChip = page.getByTestId('connection-state');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(baseUrl);
    await expect(this.form).toBeVisible({ timeout: 20_000 });
  }

  async fill(email: string, password: string = DEMO_PASSWORD): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits for the desk (the own queue has arrived). */
  async signIn(email: string, password: string = DEMO_PASSWORD): Promise<void> {
    await this.fill(email, password);
    await expect(this.page.getByTestId('app-title')).toBeVisible({ timeout: 30_000 });
  }

  /** Names of this origin's IndexedDB databases. */
  databases(): Promise<string[]> {
    return this.page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean),
    );
  }
}
