// Dedupe of imported rows: against the do-not-call list (and leads flagged do-not-call), against
// leads already on the desk (any of their numbers, or their e-mail), and within the file itself.
// Numbers compare in E.164, so "0532 123 45 67" and "+90 532 1234567" are the same person.
import type { RowContact } from './normalise';

export type RowVerdict =
  | { kind: 'import' }
  | { kind: 'dnc'; value: string }
  | { kind: 'duplicateExisting'; value: string }
  | { kind: 'duplicateInFile'; value: string; firstRow: number };

export type ExistingKeys = {
  /** Every number of every lead on the desk (main and extra), E.164. */
  phones: ReadonlySet<string>;
  /** E-mails of leads on the desk, lower-case. */
  emails: ReadonlySet<string>;
  /** Numbers nobody may dial: the do-not-call list and the numbers of do-not-call leads. */
  dnc: ReadonlySet<string>;
};

export class ImportDeduper {
  private readonly seen = new Map<string, number>();

  constructor(private readonly existing: ExistingKeys) {}

  /** Decides what happens to a valid row; an imported row's keys count for later rows. */
  check(row: number, contact: Pick<RowContact, 'phones' | 'email'>): RowVerdict {
    for (const p of contact.phones) if (this.existing.dnc.has(p)) return { kind: 'dnc', value: p };
    for (const p of contact.phones)
      if (this.existing.phones.has(p)) return { kind: 'duplicateExisting', value: p };
    if (contact.email && this.existing.emails.has(contact.email))
      return { kind: 'duplicateExisting', value: contact.email };
    for (const key of keysOf(contact)) {
      const first = this.seen.get(key);
      if (first !== undefined) return { kind: 'duplicateInFile', value: key, firstRow: first };
    }
    for (const key of keysOf(contact)) this.seen.set(key, row);
    return { kind: 'import' };
  }
}

function keysOf(contact: Pick<RowContact, 'phones' | 'email'>): string[] {
  return contact.email ? [...contact.phones, contact.email] : contact.phones;
}
