// The importer's duplicate check (shared/import/dedupe.ts) for one lead typed in by hand: the
// desk's keys are read from its indexes for just this contact's numbers and e-mail (the importer
// reads them all once per file), then the same ImportDeduper decides. A duplicate comes back
// with the lead already holding the number or e-mail, so the agent can open it instead.
import { ImportDeduper } from '../../../shared/import/dedupe';
import type { RowContact } from '../../../shared/import/normalise';
import { findByPhone } from '../../db/leads-repo';
import type { DeskDatabase, StoredLead } from '../../db/schema';

export type DuplicateCheck =
  | { kind: 'new' }
  /** On the do-not-call list (or the number of a do-not-call lead): not to be added. */
  | { kind: 'dnc'; value: string; lead: StoredLead | null }
  | { kind: 'duplicate'; value: string; lead: StoredLead | null };

export async function findDuplicate(
  db: DeskDatabase,
  contact: Pick<RowContact, 'phones' | 'email'>,
): Promise<DuplicateCheck> {
  const email = contact.email?.toLowerCase() ?? null;
  const { byPhone, byEmail, listed } = await db.transaction('r', db.leads, db.dnc, async () => {
    const byPhone = await Promise.all(contact.phones.map((p) => findByPhone(db, p)));
    const byEmail = email ? await db.leads.where('email').equalsIgnoreCase(email).toArray() : [];
    const listed = await db.dnc.bulkGet(contact.phones);
    return { byPhone, byEmail, listed };
  });
  const holders = new Map<string, StoredLead>();
  const dnc = new Set<string>();
  contact.phones.forEach((phone, i) => {
    if (listed[i]) dnc.add(phone);
    for (const lead of byPhone[i] ?? []) {
      if (!holders.has(phone)) holders.set(phone, lead);
      if (lead.doNotCall) dnc.add(phone);
    }
  });
  if (email && byEmail[0]) holders.set(email, byEmail[0]);
  const verdict = new ImportDeduper({
    phones: new Set(contact.phones.filter((p) => holders.has(p))),
    emails: new Set(email && holders.has(email) ? [email] : []),
    dnc,
  }).check(0, { phones: contact.phones, email });
  switch (verdict.kind) {
    case 'dnc':
      return { kind: 'dnc', value: verdict.value, lead: holders.get(verdict.value) ?? null };
    case 'duplicateExisting':
      return { kind: 'duplicate', value: verdict.value, lead: holders.get(verdict.value) ?? null };
    default:
      return { kind: 'new' };
  }
}
