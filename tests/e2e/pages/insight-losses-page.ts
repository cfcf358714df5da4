// Page object for the supervisor's insight tabs on losses and objection cards.
import { expect, type Locator, type Page } from '@playwright/test';

/** A figure as shown, with Arabic-Indic digits and grouping read as plain digits. */
export function plainNumber(text: string): number {
  return Number(
    text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[,٬\s]/g, ''),
  );
}

export class InsightLossesPage {
  readonly losses: Locator;
  readonly objections: Locator;
  readonly competitorRows: Locator;
  readonly cardRows: Locator;
  readonly outcomeRows: Locator;
  readonly winRows: Locator;
  readonly repRows: Locator;
  readonly reasonRows: Locator;

  constructor(readonly page: Page) {
    this.losses = page.getByTestId('insight-losses');
    this.objections = page.getByTestId('insight-objections');
    this.competitorRows = page.getByTestId('losses-competitors-table-row');
    this.reasonRows = page.getByTestId('losses-reasons-table-row');
    this.cardRows = page.getByTestId('objections-cards-table-row');
    this.outcomeRows = page.getByTestId('objections-outcomes-table-row');
    this.winRows = page.getByTestId('objections-wins-table-row');
    this.repRows = page.getByTestId('objections-reps-table-row');
  }

  /** Opens the supervisor's insight section on a tab. */
  async open(tab: 'losses' | 'objections'): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await expect(this.page.getByTestId('area-supervisor')).toBeVisible();
    await this.page.getByTestId('section-insight').click();
    await this.openTab(tab);
  }

  async openTab(tab: 'losses' | 'objections'): Promise<void> {
    await this.page.getByTestId(`insight-tab-${tab}`).click();
    await expect(tab === 'losses' ? this.losses : this.objections).toBeVisible({ timeout: 20_000 });
  }

  /** A headline figure of the losses tab. */
  async total(which: 'lost' | 'refusal' | 'competitor'): Promise<number> {
    return plainNumber(await this.page.getByTestId(`losses-total-${which}`).innerText());
  }

  cell(row: Locator, column: number): Locator {
    return row.locator('td').nth(column);
  }
}
