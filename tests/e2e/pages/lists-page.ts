// Page object for the supervisor's "Lists & assignment" section: per-list counts, bulk
// reassignment and the do-not-call list.
import { expect, type Locator, type Page } from '@playwright/test';

export type ListsView = 'lists' | 'assign' | 'dnc';

export class ListsPage {
  readonly section: Locator;
  readonly listRows: Locator;
  readonly ownerRows: Locator;
  readonly matchCount: Locator;
  readonly leadRows: Locator;
  readonly reassignDialog: Locator;
  readonly reassignDone: Locator;
  readonly dncRows: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('lists-section');
    this.listRows = page.getByTestId('list-row');
    this.ownerRows = page.getByTestId('owner-row');
    this.matchCount = page.getByTestId('match-count');
    this.leadRows = page.getByTestId('lead-row');
    this.reassignDialog = page.getByTestId('reassign-dialog');
    this.reassignDone = page.getByTestId('reassign-done');
    this.dncRows = page.getByTestId('dnc-row');
  }

  /** Opens Supervisor → Lists & assignment from the navigation. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
    await this.page.getByTestId('section-leads').click();
    await expect(this.section).toBeVisible();
  }

  async view(view: ListsView): Promise<void> {
    await this.page.getByTestId(`lists-view-${view}`).click();
  }

  listRow(name: string): Locator {
    return this.listRows.and(this.page.locator(`[data-list="${name}"]`));
  }

  /** Opens who holds a list; returns the total per owner key (user id or team:<id>). */
  async ownersOf(name: string): Promise<Record<string, number>> {
    const owners = this.page.getByTestId('list-owners');
    if (!(await owners.isVisible())) await this.listRow(name).getByTestId('list-open').click();
    await expect(owners).toContainText(name);
    await expect(this.ownerRows.first()).toBeVisible();
    const out: Record<string, number> = {};
    for (const row of await this.ownerRows.all()) {
      const owner = (await row.getAttribute('data-owner')) ?? '';
      out[owner] = digits(await row.getByTestId('owner-total').innerText());
    }
    return out;
  }

  /** Picks an option of one of the filter selects (list, stage, owner) by its test id. */
  async filterOwner(userId: string): Promise<void> {
    await this.page.getByTestId('filter-owner').click();
    await this.page.getByTestId(`owner-option-${userId}`).click();
  }

  /** The number in "N leads match". */
  async matching(): Promise<number> {
    await expect(this.matchCount).toHaveText(/\d/);
    return digits(await this.matchCount.innerText());
  }

  /** Selects every lead the filter matches (the page, then "select all N"). */
  async selectAllMatching(): Promise<void> {
    await this.page.getByTestId('select-page').check();
    const all = this.page.getByTestId('select-all-matching');
    if (await all.isVisible()) await all.click();
  }

  async chooseTarget(name: string): Promise<void> {
    await this.page.getByTestId('target-input').fill(name);
    await this.page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
  }

  async openReassign(): Promise<void> {
    await this.page.getByTestId('reassign-open').click();
    await expect(this.reassignDialog).toBeVisible();
  }

  async confirmReassign(): Promise<void> {
    await this.page.getByTestId('reassign-confirm').click();
    await expect(this.reassignDialog).toBeHidden();
    await expect(this.reassignDone).toBeVisible();
  }

  async addDnc(phone: string, note: string): Promise<void> {
    await this.page.getByTestId('dnc-phone').fill(phone);
    await this.page.getByTestId('dnc-note').fill(note);
    await this.page.getByTestId('dnc-add-submit').click();
  }
}

/** The number in a text written in Latin or Arabic-Indic digits (grouping marks ignored). */
export function digits(text: string): number {
  const latin = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const match = /\d[\d.,\u066c\u00a0 ]*/.exec(latin);
  return match ? Number(match[0].replace(/\D/g, '')) : Number.NaN;
}
