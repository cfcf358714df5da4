// Reads the desk's hot paths answer from indexes, never by scanning the leads table: the next
// lead to dial, lookup by phone, name search, the closer's inbox and the farmer's customers.
import { Dexie } from 'dexie';
import { pickNext, queueRanges } from '../../shared/domain/dial-queue';
import type { CallingPolicy } from '../../shared/domain/calling-window';
import { leadTimezone } from '../../shared/domain/phone-timezone';
import { foldForSearch, matchesQuery, queryRanges } from '../../shared/domain/search-key';
import type { DeskDatabase, StoredLead } from './schema';

const PAGE = 50;

export type QueueScope = {
  owners: readonly string[];
  organisationTimezone: string;
  calling?: CallingPolicy;
};

/**
 * The next lead to dial: the owner's own queue first, then their team's pool, in queue order,
 * skipping leads whose local time is outside the calling window.
 */
export async function nextLead(
  db: DeskDatabase,
  scope: QueueScope,
  now: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<StoredLead | null> {
  for (const owner of scope.owners) {
    for (const [lo, hi] of queueRanges(now)) {
      let offset = 0;
      for (;;) {
        const page = await db.leads
          .where('[queueOwner+queueKey]')
          .between([owner, lo], [owner, hi], true, true)
          .offset(offset)
          .limit(PAGE)
          .toArray();
        const candidates = page
          .filter((l) => !skip.has(l.id))
          .map((l) => Object.assign(l, { timeZone: leadTimezone(l, scope.organisationTimezone) }));
        const hit = pickNext(candidates, now, scope.calling);
        if (hit) return hit;
        if (page.length < PAGE) break;
        offset += PAGE;
      }
    }
  }
  return null;
}

/** How many leads wait in these queues (due or not). */
export async function queueSize(db: DeskDatabase, owners: readonly string[]): Promise<number> {
  let n = 0;
  for (const owner of owners) {
    n += await db.leads
      .where('[queueOwner+queueKey]')
      .between([owner, Dexie.minKey], [owner, Dexie.maxKey])
      .count();
  }
  return n;
}

/** Leads with this number as main or extra phone. */
export async function findByPhone(db: DeskDatabase, e164: string): Promise<StoredLead[]> {
  const [main, extra] = await Promise.all([
    db.leads.where('phoneE164').equals(e164).toArray(),
    db.leads.where('phones').equals(e164).toArray(),
  ]);
  const seen = new Set<string>();
  return [...main, ...extra].filter((l) => !seen.has(l.id) && seen.add(l.id));
}

/**
 * Name/company/e-mail search in any spelling (Arabic alef forms, Turkish İ/ı, accents): each
 * query word is a prefix range on the multi-entry search-key index. Only primary keys are read
 * (no records), the words' key sets are intersected smallest first, and just the first `limit`
 * leads are loaded.
 */
export async function searchLeads(
  db: DeskDatabase,
  query: string,
  limit = 50,
  filter: (l: StoredLead) => boolean = () => true,
): Promise<StoredLead[]> {
  // Words and adjacent word pairs; a pair range is short even when each word is common.
  const ranges = [...new Set(queryRanges(query))];
  if (ranges.length === 0) return [];
  // Native counts are cheap: read only the rarest range's keys, then check the few records.
  const counts = await Promise.all(
    ranges.map((r) => db.leads.where('searchKeys').startsWith(r).count()),
  );
  let rarest = 0;
  counts.forEach((n, i) => {
    if (n < (counts[rarest] ?? Infinity)) rarest = i;
  });
  if ((counts[rarest] ?? 0) === 0) return [];
  const single = ranges.length === 1;
  // Page through the rarest range's keys, loading and checking only as many leads as needed.
  const page = limit * 4;
  const seen = new Set<string>();
  const out: StoredLead[] = [];
  for (let offset = 0; out.length < limit; offset += page) {
    const keys = await db.leads
      .where('searchKeys')
      .startsWith(ranges[rarest] ?? '')
      .offset(offset)
      .limit(page)
      .primaryKeys();
    const fresh = keys.filter((k) => !seen.has(k) && seen.add(k));
    const batch = await db.leads.bulkGet(fresh);
    for (const l of batch) {
      if (l && (single || matchesQuery(l.searchKeys, query)) && filter(l) && out.length < limit)
        out.push(l);
    }
    if (keys.length < page) break;
  }
  return out;
}

/** The closer's hand-off inbox: meetings booked for them, newest hand-off first. */
export async function closerInbox(
  db: DeskDatabase,
  closerId: string,
  limit = 200,
): Promise<StoredLead[]> {
  return db.leads
    .where('[ownerId+stage+stageChangedAt]')
    .between(
      [closerId, 'meetingScheduled', Dexie.minKey],
      [closerId, 'meetingScheduled', Dexie.maxKey],
    )
    .reverse()
    .limit(limit)
    .toArray();
}

/** The closer's open proposals, newest first. */
export async function closerProposals(
  db: DeskDatabase,
  closerId: string,
  limit = 200,
): Promise<StoredLead[]> {
  return db.leads
    .where('[ownerId+stage+stageChangedAt]')
    .between([closerId, 'proposalSent', Dexie.minKey], [closerId, 'proposalSent', Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** A farmer's customers (won and in retention), most recently changed first. */
export async function farmerCustomers(
  db: DeskDatabase,
  farmerId: string,
  limit = 500,
): Promise<StoredLead[]> {
  const [won, retained] = await Promise.all(
    (['won', 'retention'] as const).map((stage) =>
      db.leads
        .where('[ownerId+stage+stageChangedAt]')
        .between([farmerId, stage, Dexie.minKey], [farmerId, stage, Dexie.maxKey])
        .reverse()
        .limit(limit)
        .toArray(),
    ),
  );
  return [...(won ?? []), ...(retained ?? [])]
    .sort((a, b) => b.stageChangedAt - a.stageChangedAt)
    .slice(0, limit);
}

/** The farmer's retention queue: customers by next check-in, due first. */
export async function retentionQueue(
  db: DeskDatabase,
  farmerId: string,
  limit = 200,
): Promise<StoredLead[]> {
  const out: StoredLead[] = [];
  await db.leads
    .where('[ownerId+nextCallAt]')
    .between([farmerId, Dexie.minKey], [farmerId, Dexie.maxKey])
    .until(() => out.length >= limit)
    .each((l) => {
      if (l.stage === 'won' || l.stage === 'retention') out.push(l);
    });
  return out;
}

export function normalisedQuery(q: string): string {
  return foldForSearch(q).trim();
}
