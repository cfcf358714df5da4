// Page object for the desk's softphone: the call bar on the call screen, and what the desk's own
// database logged for a lead's calls.
import { expect, type Locator, type Page } from '@playwright/test';

export type LoggedCall = {
  type: string;
  disposition: string | null;
  durationSec: number | null;
  phone?: {
    result: string;
    sipStatus: number | null;
    ringMs: number;
    talkMs: number;
    hangupBy: string | null;
    direction: string;
  };
};

export class PhonePage {
  readonly bar: Locator;
  readonly status: Locator;
  readonly phase: Locator;
  readonly hangupButton: Locator;
  readonly lastCall: Locator;
  readonly problem: Locator;
  readonly countdown: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByTestId('phone-bar');
    this.status = page.getByTestId('phone-status');
    this.phase = page.getByTestId('call-phase');
    this.hangupButton = page.getByTestId('phone-hangup');
    this.lastCall = page.getByTestId('last-call');
    this.problem = page.getByTestId('phone-problem');
    this.countdown = page.getByTestId('power-countdown');
  }

  async waitRegistered(): Promise<void> {
    await expect(this.status).toHaveAttribute('data-state', 'registered', { timeout: 20_000 });
  }

  /** The number on the lead card, as E.164. */
  async leadNumber(): Promise<string> {
    return (await this.page.getByTestId('lead-phone').innerText()).trim();
  }

  async dial(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('d');
  }

  async waitPhase(phase: 'dialling' | 'ringing' | 'talking'): Promise<void> {
    await expect(this.phase).toHaveAttribute('data-phase', phase, { timeout: 15_000 });
  }

  async sendDigits(digits: string): Promise<void> {
    await this.page.getByTestId('phone-keypad').click();
    for (const d of digits) {
      const id = d === '#' ? 'hash' : d === '*' ? 'star' : d;
      await this.page.getByTestId(`dtmf-${id}`).click();
    }
    await this.page.keyboard.press('Escape');
  }

  /**
   * Opens the transfer list and hands the call to a colleague: `consult` calls them first with
   * the customer on hold, `blind` hands the customer straight over. Waits for them to be free.
   */
  async transfer(userId: string, how: 'consult' | 'blind'): Promise<void> {
    await this.page.getByTestId('phone-transfer').click();
    const state = this.page.getByTestId(`transfer-state-${userId}`);
    await expect(state).toHaveAttribute('data-state', 'available', { timeout: 20_000 });
    await this.page.getByTestId(`transfer-${how}-${userId}`).click();
  }

  /** The call activities the desk holds for a lead (read straight from its IndexedDB). */
  async loggedCalls(leadPhone: string): Promise<LoggedCall[]> {
    return this.page.evaluate(async (phone) => {
      const names = (await indexedDB.databases())
        .map((d) => d.name ?? '')
        .filter((n) => n.startsWith('salesdesk-'));
      const name = names[0];
      if (!name) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result as T[]);
          r.onerror = () => reject(r.error);
        });
      const leads = await all<{ id: string; phoneE164: string | null }>('leads');
      const ids = new Set(leads.filter((l) => l.phoneE164 === phone).map((l) => l.id));
      const acts = await all<{ leadId: string; type: string; at: number }>('activities');
      db.close();
      return acts
        .filter((a) => ids.has(a.leadId) && a.type === 'call')
        .sort((a, b) => a.at - b.at) as unknown as LoggedCall[];
    }, leadPhone);
  }

  /** The leads the desk holds with this main number (read straight from its IndexedDB). */
  async leadsWithPhone(
    phone: string,
  ): Promise<{ name: string; listName: string | null; ownerId: string | null }[]> {
    return (await this.storedLeads(phone)).map((l) => ({
      name: l.name,
      listName: l.listName,
      ownerId: l.ownerId,
    }));
  }

  /** Whether the desk holds the lead of this number as do-not-call (null: no such lead). */
  async doNotCall(phone: string): Promise<boolean | null> {
    const [lead] = await this.storedLeads(phone);
    return lead ? lead.doNotCall : null;
  }

  /** The leads of this number in the desk's own database, as stored. */
  private storedLeads(phone: string) {
    return this.page.evaluate(async (phone) => {
      const name = (await indexedDB.databases())
        .map((d) => d.name ?? '')
        .find((n) => n.startsWith('salesdesk-'));
      if (!name) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const leads = await new Promise<
        {
          name: string;
          listName: string | null;
          ownerId: string | null;
          phoneE164: string | null;
          doNotCall: boolean;
        }[]
      >((resolve, reject) => {
        const r = db.transaction('leads').objectStore('leads').getAll();
        r.onsuccess = () => resolve(r.result as never);
        r.onerror = () => reject(r.error);
      });
      db.close();
      return leads.filter((l) => l.phoneE164 === phone);
    }, phone);
  }
}
