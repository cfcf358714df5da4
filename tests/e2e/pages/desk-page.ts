// Page object for the desk shell: what a user sees and clicks around every screen.
import { expect, type Locator, type Page } from '@playwright/test';

export type AreaName = 'hunter' | 'closer' | 'farmer' | 'supervisor';
export type LanguageName = 'English' | 'العربية' | 'Türkçe';

export class DeskPage {
  readonly title: Locator;
  readonly languageSwitcher: Locator;
  readonly connection: Locator;
  readonly userBadge: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('app-title');
    this.languageSwitcher = page.getByTestId('language-switcher');
    this.connection = page.getByTestId('connection-state');
    this.userBadge = page.getByTestId('user-badge');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(area: AreaName = 'hunter'): Promise<void> {
    await this.page.goto(`/#/${area}`);
    await expect(this.title).toBeVisible();
  }

  navTab(area: AreaName): Locator {
    return this.page.getByTestId(`nav-${area}`);
  }

  area(area: AreaName): Locator {
    return this.page.getByTestId(`area-${area}`);
  }

  async goTo(area: AreaName): Promise<void> {
    await this.navTab(area).click();
    await expect(this.area(area)).toBeVisible();
  }

  async chooseLanguage(name: LanguageName): Promise<void> {
    await this.languageSwitcher.click();
    await this.page.getByRole('menuitem', { name }).click();
    await expect(this.page.getByRole('menu')).toBeHidden();
  }

  htmlDir(): Promise<string | null> {
    return this.page.locator('html').getAttribute('dir');
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** Saves a full-page screenshot under tests/e2e/screenshots/ for a person to look at. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
  }
}
