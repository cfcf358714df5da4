// Page object for the supervisor's dashboard: filters, the daily check, the period's tables,
// the what-if and the CSV exports.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** Demo people the dashboard tests use beyond sign-in-page's DEMO (shared/demo/organisation.ts). */
export const SUPERVISORS = {
  omar: '01900000-0000-7000-8000-000000000201', // supervisor, Arabic, Gulf team
  ayse: '01900000-0000-7000-8000-000000000301', // supervisor, Turkish, Istanbul team
} as const;

export const TEAMS = {
  gulf: '01900000-0000-7000-8000-000000000101',
  istanbul: '01900000-0000-7000-8000-000000000102',
} as const;

export type PeriodKind = 'today' | 'week' | 'month' | 'quarter' | 'custom';

/** An activity as the desk stores it, read straight from IndexedDB. */
export type StoredActivity = {
  agentId: string;
  leadId: string;
  type: string;
  at: number;
  disposition: string | null;
  stageTo?: string;
  amount?: number;
};

export type StoredLead = { stage: string; teamId: string | null };

export class SupervisorPage {
  readonly dashboard: Locator;
  readonly dailyTable: Locator;
  readonly repTable: Locator;
  readonly pipelineTable: Locator;
  readonly funnelTable: Locator;
  readonly whatIf: Locator;
  readonly spanWarning: Locator;

  constructor(readonly page: Page) {
    this.dashboard = page.getByTestId('dashboard');
    this.dailyTable = page.getByTestId('calls-per-agent');
    this.repTable = page.getByTestId('rep-table');
    this.pipelineTable = page.getByTestId('pipeline-table');
    this.funnelTable = page.getByTestId('funnel-table');
    this.whatIf = page.getByTestId('what-if');
    this.spanWarning = page.getByTestId('span-warning');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await expect(this.page.getByTestId('area-supervisor')).toBeVisible();
    await this.page.getByTestId('section-dashboard').click();
    await expect(this.dashboard).toBeVisible();
    await expect(this.repTable).toBeVisible();
  }

  async choosePeriod(kind: PeriodKind): Promise<void> {
    await this.page.getByTestId(`period-${kind}`).click();
    await expect(this.page.getByTestId(`period-${kind}`)).toHaveAttribute('aria-pressed', 'true');
  }

  async chooseTeam(name: string | RegExp): Promise<void> {
    await this.page.getByTestId('filter-team').click();
    await this.page.getByRole('option', { name }).click();
  }

  /** A cell of the daily check: 1 calls, 2 target, 3 bookings (0 is the name). */
  dailyCell(agentId: string, column: number): Locator {
    return this.dailyTable.locator(`tr[data-agent="${agentId}"] td`).nth(column);
  }

  repCell(agentId: string, column: string): Locator {
    return this.repTable.locator(`tr[data-agent="${agentId}"] td[data-col="${column}"]`);
  }

  /** Clicks an export button and returns the downloaded file's name and raw bytes. */
  async exportCsv(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(testId).click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  /** The whole dashboard, and its busiest blocks up close, for a person to look at. */
  async screenshots(language: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    const dir = 'tests/e2e/screenshots';
    await this.page.screenshot({ path: `${dir}/dashboard-${language}.png`, fullPage: true });
    for (const block of [
      'daily-check',
      'rep-performance',
      'funnel',
      'growth',
      'sales-targets',
      'what-if',
    ])
      await this.page
        .getByTestId(block)
        .screenshot({ path: `${dir}/dashboard-${language}-${block}.png` });
  }

  /**
   * Writes rows straight into one of the desk's tables (what another screen or a sync would
   * have stored), then reloads so the desk reads them.
   */
  async putRows(store: string, rows: readonly object[]): Promise<void> {
    await this.page.evaluate(
      ({ store, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('salesdesk-demo');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(store, 'readwrite');
            for (const row of rows) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { store, rows },
    );
  }

  /** Every activity and lead stage on this desk, read from IndexedDB without the app's code. */
  async storedData(): Promise<{ activities: StoredActivity[]; leads: StoredLead[] }> {
    return this.page.evaluate(
      () =>
        new Promise<{ activities: StoredActivity[]; leads: StoredLead[] }>((resolve, reject) => {
          const open = indexedDB.open('salesdesk-demo');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['activities', 'leads'], 'readonly');
            const acts = tx.objectStore('activities').getAll();
            const leads = tx.objectStore('leads').getAll();
            tx.oncomplete = () => {
              resolve({
                activities: acts.result as StoredActivity[],
                leads: (leads.result as StoredLead[]).map((l) => ({
                  stage: l.stage,
                  teamId: l.teamId,
                })),
              });
              db.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }
}
