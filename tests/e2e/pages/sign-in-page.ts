// Page object for the sign-in screen: who is working at this desk.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Demo people (shared/demo/organisation.ts). */
export const DEMO = {
  daniel: '01900000-0000-7000-8000-000000000306', // hunter + closer + farmer, English, Istanbul team
  zeynep: '01900000-0000-7000-8000-000000000305', // farmer, Turkish, Istanbul team
  sarah: '01900000-0000-7000-8000-000000000401', // administrator, English: every area
  faisal: '01900000-0000-7000-8000-000000000202', // hunter, Arabic, Gulf team
} as const;

/** Monday 23 Nov 2026, 10:00 in Istanbul and Riyadh: inside everyone's calling hours. */
export const WORKDAY_MORNING = new Date('2026-11-23T07:00:00Z');

/**
 * The web client at `url` in the context's first page (a restarted Chromium's persistent profile
 * has one), its clock inside the Gulf's calling hours whatever time the suite runs.
 */
export async function openAtWorkday(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.clock.install({ time: WORKDAY_MORNING });
  await page.goto(url);
  return page;
}

export class SignInPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('sign-in');
  }

  /** Opens the desk on a fixed workday morning (the demo is generated around "now"). */
  async open(at: Date = WORKDAY_MORNING): Promise<void> {
    await this.page.clock.install({ time: at });
    await this.page.goto('/');
    await expect(this.root).toBeVisible({ timeout: 20_000 });
  }

  user(id: string): Locator {
    return this.page.getByTestId(`sign-in-${id}`);
  }

  async signInAs(id: string): Promise<void> {
    await this.user(id).click();
    await expect(this.page.getByTestId('app-title')).toBeVisible();
  }
}
