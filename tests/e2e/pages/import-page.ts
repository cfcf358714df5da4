// Page object for the supervisor's lead import: file, columns, list and assignment, report.
import { expect, type Locator, type Page } from '@playwright/test';

/** Demo people the import tests use beyond sign-in-page's DEMO (shared/demo/organisation.ts). */
export const IMPORT_PEOPLE = {
  omar: '01900000-0000-7000-8000-000000000201', // supervisor, Arabic, Gulf team
  mona: '01900000-0000-7000-8000-000000000203', // hunter, Arabic, Gulf team
} as const;

export type ReportFigure =
  'rows' | 'imported' | 'duplicatesInFile' | 'duplicatesExisting' | 'invalid' | 'skippedDnc';

/** Arabic-Indic digits → Latin, so figures compare whatever digits the user chose. */
export function latinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[^\d]/g, '');
}

export class ImportPage {
  readonly section: Locator;
  readonly mapping: Locator;
  readonly preview: Locator;
  readonly progress: Locator;
  readonly report: Locator;
  readonly issues: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('import-section');
    this.mapping = page.getByTestId('import-mapping');
    this.preview = page.getByTestId('import-preview');
    this.progress = page.getByTestId('import-progress');
    this.report = page.getByTestId('import-report');
    this.issues = page.getByTestId('import-issue');
    this.error = page.getByTestId('import-error');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await expect(this.page.getByTestId('area-supervisor')).toBeVisible();
    await this.page.getByTestId('section-import').click();
    await expect(this.section).toBeVisible();
  }

  /** Chooses a file through the file picker. */
  async chooseFile(name: string, bytes: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.page
      .getByTestId('import-file-input')
      .setInputFiles({ name, mimeType, buffer: bytes });
    await expect(this.page.getByTestId('import-file-name')).toContainText(name);
  }

  async next(): Promise<void> {
    await this.page.getByTestId('import-next').click();
  }

  /** What column `i` is matched to, as the select shows it. */
  target(i: number): Locator {
    return this.page.getByTestId(`map-target-${i}`);
  }

  async setListName(name: string): Promise<void> {
    await this.page.getByTestId('import-list-name').fill(name);
  }

  async roundRobin(hunterIds: readonly string[]): Promise<void> {
    await this.page.getByTestId('assign-mode-roundRobin').check();
    for (const id of hunterIds) await this.page.getByTestId(`assign-hunter-${id}`).check();
  }

  async highPriority(): Promise<void> {
    await this.page.getByTestId('import-priority').click();
    await this.page.getByTestId('import-priority-high').click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  async start(): Promise<void> {
    await this.page.getByTestId('import-start').click();
  }

  async figure(key: ReportFigure): Promise<number> {
    return Number(latinDigits(await this.page.getByTestId(`report-${key}-value`).innerText()));
  }

  /** Clicks "download the report" and returns the file's name and text. */
  async downloadReport(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('import-download').click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Rows in the desk's own IndexedDB tables that an import writes. */
  async storedCounts(): Promise<{ leads: number; outbox: number; imports: number }> {
    return this.page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name ?? '');
      const name = names.find((n) => n.startsWith('salesdesk-'));
      if (!name) throw new Error(`no desk database among ${names.join(', ')}`);
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const result = {
        leads: await count('leads'),
        outbox: await count('outbox'),
        imports: await count('imports'),
      };
      db.close();
      return result;
    });
  }

  /** How many leads of a list each owner has (straight from the desk's IndexedDB). */
  async ownersOfList(listName: string): Promise<Record<string, number>> {
    return this.page.evaluate(async (list) => {
      const names = (await indexedDB.databases()).map((d) => d.name ?? '');
      const name = names.find((n) => n.startsWith('salesdesk-')) ?? '';
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const leads = await new Promise<{ ownerId: string | null }[]>((resolve, reject) => {
        // By the [listName+stage] index (schema v11 has no listName index of its own).
        const req = db
          .transaction('leads')
          .objectStore('leads')
          .index('[listName+stage]')
          .getAll(IDBKeyRange.bound([list], [list, []]));
        req.onsuccess = () => resolve(req.result as { ownerId: string | null }[]);
        req.onerror = () => reject(req.error);
      });
      db.close();
      const out: Record<string, number> = {};
      for (const l of leads) out[l.ownerId ?? 'queue'] = (out[l.ownerId ?? 'queue'] ?? 0) + 1;
      return out;
    }, listName);
  }

  async screenshot(name: string): Promise<void> {
    // From the top, so the sticky app bar sits where it belongs in the full-page picture.
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
  }
}
