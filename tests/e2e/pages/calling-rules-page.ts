// Page object for the supervisor's calling rules: weekly hours and the weekend presets, special
// periods, holidays, saving, and the "who can be called now" preview.
import { expect, type Locator, type Page } from '@playwright/test';
import { dateParts, timeParts, typeIntoPicker } from './date-picker';

export type Hours = { from: string; to: string };

export class CallingRulesPage {
  readonly root: Locator;
  readonly preview: Locator;
  readonly save: Locator;
  readonly message: Locator;
  readonly invalid: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('calling-rules');
    this.preview = page.getByTestId('cr-preview');
    this.save = page.getByTestId('cr-save');
    this.message = page.getByTestId('cr-message');
    this.invalid = page.getByTestId('cr-invalid');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await expect(this.page.getByTestId('area-supervisor')).toBeVisible();
    await this.page.getByTestId('section-calling').click();
    await expect(this.root).toBeVisible();
    await expect(this.page.getByTestId('cr-preview-callable')).toBeVisible();
  }

  /** One click on a weekend preset of a week editor ('cr-week', 'cr-periods-0-week' …). */
  async weekend(preset: 'friSat' | 'satSun', week = 'cr-week'): Promise<void> {
    const button = this.page.getByTestId(`${week}-weekend-${preset}`);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** Whether a day (0 = Sunday) of a week editor is open. */
  dayOpen(day: number, week = 'cr-week'): Locator {
    return this.page.getByTestId(`${week}-day-${day}`).getByRole('switch');
  }

  /** Types "HH:MM" into a time picker ('cr-week-to-1' …). */
  async setTime(testId: string, clock: string): Promise<void> {
    await typeIntoPicker(this.page.getByTestId(testId), timeParts(clock));
  }

  /** Types "YYYY-MM-DD" into a date picker ('cr-periods-from-0' …). */
  async setDate(testId: string, isoDate: string): Promise<void> {
    await typeIntoPicker(this.page.getByTestId(testId), dateParts(isoDate));
  }

  async setHours(day: number, hours: Hours, week = 'cr-week'): Promise<void> {
    await this.setTime(`${week}-from-${day}`, hours.from);
    await this.setTime(`${week}-to-${day}`, hours.to);
  }

  /** Adds a special period and gives every open day of it the same hours. */
  async addPeriod(name: string, from: string, to: string, hours: Hours): Promise<number> {
    const index = await this.page
      .locator('[data-testid^="cr-periods-"][data-testid$="-week"]')
      .count();
    await this.page.getByTestId('cr-periods-add').click();
    await this.page.getByTestId(`cr-periods-name-${index}`).fill(name);
    await this.setDate(`cr-periods-from-${index}`, from);
    await this.setDate(`cr-periods-to-${index}`, to);
    const week = `cr-periods-${index}-week`;
    for (let day = 0; day < 7; day++)
      if (await this.dayOpen(day, week).isChecked()) await this.setHours(day, hours, week);
    return index;
  }

  async addHoliday(date: string, name: string): Promise<void> {
    const index = await this.page.locator('[data-testid^="cr-holidays-date-"]').count();
    await this.page.getByTestId('cr-holidays-add').click();
    await this.setDate(`cr-holidays-date-${index}`, date);
    await this.page.getByTestId(`cr-holidays-name-${index}`).fill(name);
  }

  async saveRules(): Promise<void> {
    await expect(this.save).toBeEnabled();
    await this.save.click();
    await expect(this.message).toBeVisible();
  }

  /** The preview's count of leads held back for a reason, as shown. */
  held(reason: 'weekend' | 'holiday' | 'period' | 'outsideHours'): Locator {
    return this.page.getByTestId(`cr-preview-${reason}`);
  }
}
