// Reads the desk's hot paths answer from indexes, never by scanning the leads table: the next
// lead to dial, lookup by phone, name search, the closer's inbox and the farmer's customers.
import { Dexie, type IndexableType } from 'dexie';
import {
  DIAL_QUEUE_INDEX,
  DIAL_QUEUE_ZONE_INDEX,
  pickNext,
  queueRanges,
} from '../../shared/domain/dial-queue';
import {
  DEFAULT_CALLING_WINDOW,
  isWithinCallingWindow,
  type CallingPolicy,
} from '../../shared/domain/calling-window';
import type { CallingPolicyOf } from '../../shared/domain/calling-rules';
import type { CountryCode } from 'libphonenumber-js';
import {
  callingCodeOf,
  countriesOfCallingCode,
  isPhoneQuery,
  phoneCandidates,
} from '../../shared/domain/phone-search';
import { leadTimezone } from '../../shared/domain/phone-timezone';
import { foldForSearch, matchesWords, searchTokens } from '../../shared/domain/search-key';
import type { LeadId } from '../../shared/domain/ids';
import type { DeskDatabase, StoredLead } from './schema';

const PAGE = 50;
const MAX_PAGE = 2000;

export type QueueScope = {
  owners: readonly string[];
  organisationTimezone: string;
  /** One policy for every lead, or the policy by the lead's country (calling rules). */
  calling?: CallingPolicy | CallingPolicyOf;
};

/**
 * The next lead to dial: the owner's own queue first, then their team's pool, in queue order,
 * skipping leads whose local time is outside the calling window. Uses the zone index when the
 * database has it (only zones inside calling hours are read), else reads in key order and skips
 * night-time leads in memory.
 */
export async function nextLead(
  db: DeskDatabase,
  scope: QueueScope,
  now: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<StoredLead | null> {
  return hasZoneIndex(db)
    ? nextLeadByZone(db, scope, now, skip)
    : nextLeadInKeyOrder(db, scope, now, skip);
}

/** Whether this database has the dial-queue zone index (schema version with `queueZone`). */
export function hasZoneIndex(db: DeskDatabase): boolean {
  return Boolean(db.leads.schema.idxByName[DIAL_QUEUE_ZONE_INDEX]);
}

const withZone = (scope: QueueScope) => (l: StoredLead) =>
  Object.assign(l, { timeZone: leadTimezone(l, scope.organisationTimezone) });

/**
 * The first lead `pickNext` accepts in one index range, reading pages that grow (×4 up to 2,000)
 * so a long run of leads it must skip costs few round trips.
 */
async function firstInRange(
  db: DeskDatabase,
  index: string,
  lower: IndexableType,
  upper: IndexableType,
  scope: QueueScope,
  now: number,
  skip: ReadonlySet<string>,
  firstPage = PAGE,
): Promise<StoredLead | null> {
  let offset = 0;
  for (let size = firstPage; ; size = Math.min(size * 4, MAX_PAGE)) {
    const page = await db.leads
      .where(index)
      .between(lower, upper, true, true)
      .offset(offset)
      .limit(size)
      .toArray();
    const candidates = page.filter((l) => !skip.has(l.id)).map(withZone(scope));
    const hit = pickNext(candidates, now, scope.calling);
    if (hit) return hit;
    if (page.length < size) return null;
    offset += size;
  }
}

/** Reads each queue in key order and skips night-time leads in memory (no zone index). */
export async function nextLeadInKeyOrder(
  db: DeskDatabase,
  scope: QueueScope,
  now: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<StoredLead | null> {
  for (const owner of scope.owners) {
    for (const [lo, hi] of queueRanges(now)) {
      const hit = await firstInRange(
        db,
        DIAL_QUEUE_INDEX,
        [owner, lo],
        [owner, hi],
        scope,
        now,
        skip,
      );
      if (hit) return hit;
    }
  }
  return null;
}

/** The zones present in one owner's queue: a skip scan, one index key per zone. */
export async function queueZones(db: DeskDatabase, owner: string): Promise<string[]> {
  // Bounds use fresh arrays, which sort after every string: a key may not hold one object twice.
  const zones: string[] = [];
  let lower: IndexableType = [owner];
  for (;;) {
    const keys: IndexableType[] = await db.leads
      .where(DIAL_QUEUE_ZONE_INDEX)
      .between(lower, [owner, []], true, false)
      .limit(1)
      .keys();
    const key = keys[0];
    if (!Array.isArray(key) || typeof key[1] !== 'string') return zones;
    zones.push(key[1]);
    lower = [owner, key[1], []];
  }
}

/**
 * Lists the owner's zones first (a skip scan: one key read per zone). When every zone is inside
 * calling hours, each bucket is read in key order and its first due lead is the answer; when
 * some are not, only the open zones' ranges are read — one lead each — so night-time leads are
 * never loaded. The lead offered is the first in (queueKey, id) order across those zones: the
 * same lead key order would give.
 */
export async function nextLeadByZone(
  db: DeskDatabase,
  scope: QueueScope,
  now: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<StoredLead | null> {
  const policies = queuePolicies(scope);
  return db.transaction('r', db.leads, async () => {
    for (const owner of scope.owners) {
      const zones = await queueZones(db, owner);
      // A zone is read when any policy (the organisation's, a country's) is open there now.
      const open = zones.filter((zone) =>
        policies.some((p) => isWithinCallingWindow(zone || scope.organisationTimezone, now, p)),
      );
      if (open.length === 0) continue;
      const allOpen = open.length === zones.length;
      for (const [lo, hi] of queueRanges(now)) {
        if (allOpen) {
          const first = await firstInRange(
            db,
            DIAL_QUEUE_INDEX,
            [owner, lo],
            [owner, hi],
            scope,
            now,
            skip,
            skip.size + 1,
          );
          if (first) return first;
          continue;
        }
        const hits = await Promise.all(
          open.map((zone) =>
            firstInRange(
              db,
              DIAL_QUEUE_ZONE_INDEX,
              [owner, zone, lo],
              [owner, zone, hi],
              scope,
              now,
              skip,
              // Every lead in an open zone's range is due and callable (under one policy): the
              // first one not skipped is the answer, so read just that many.
              skip.size + 1,
            ),
          ),
        );
        let best: StoredLead | null = null;
        for (const h of hits) {
          if (h && (!best || queueOrder(h, best) < 0)) best = h;
        }
        if (best) return best;
      }
    }
    return null;
  });
}

/** The distinct policies the queue's leads can have. */
export function queuePolicies(scope: QueueScope): readonly CallingPolicy[] {
  if (typeof scope.calling !== 'function') return [scope.calling ?? DEFAULT_CALLING_WINDOW];
  return scope.calling.all;
}

/** Index order within a queue: by queue key, then by id. */
function queueOrder(a: StoredLead, b: StoredLead): number {
  const ka = a.queueKey ?? '';
  const kb = b.queueKey ?? '';
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
  // Both index reads in one read-only transaction (one round of transaction set-up, not two).
  const [main, extra] = await db.transaction('r', db.leads, () =>
    Promise.all([
      db.leads.where('phoneE164').equals(e164).toArray(),
      db.leads.where('phones').equals(e164).toArray(),
    ]),
  );
  const seen = new Set<string>();
  return [...main, ...extra].filter((l) => !seen.has(l.id) && seen.add(l.id));
}

export type SearchOptions = {
  /** Country of numbers typed without their country code (the organisation's): tried first. */
  defaultCountry?: CountryCode | undefined;
  /**
   * More countries to read a national number in, after the default one (a team's country, the
   * caller's). The countries of the numbers already on the desk are always tried after these.
   */
  countries?: readonly CountryCode[] | undefined;
};

/** Most calling codes one phone index is walked for (a desk holds a handful). */
const MAX_CALLING_CODES = 300;

/**
 * The calling codes of the numbers in one phone index ("44", "90", "966"): a skip scan, one key
 * read per code — every number of a code sorts between "+44" and "+44:" (":" follows the digits).
 */
async function callingCodesIn(db: DeskDatabase, index: 'phoneE164' | 'phones'): Promise<string[]> {
  const codes: string[] = [];
  let lower = '+';
  for (let i = 0; i < MAX_CALLING_CODES; i++) {
    const [key] = await db.leads.where(index).above(lower).limit(1).keys();
    if (typeof key !== 'string') break;
    const code = callingCodeOf(key);
    if (code === null) {
      lower = key;
      continue;
    }
    codes.push(code);
    lower = `+${code}:`;
  }
  return codes;
}

/** The calling codes of every number on the desk, main and extra phones. */
export async function callingCodesOnDesk(db: DeskDatabase): Promise<string[]> {
  const [main, extra] = await db.transaction('r', db.leads, () =>
    Promise.all([callingCodesIn(db, 'phoneE164'), callingCodesIn(db, 'phones')]),
  );
  return [...new Set([...main, ...extra])];
}

/**
 * Leads with a number typed any way (with or without "+", spaces and dashes, the national form
 * with its trunk 0 or without it): each E.164 number it can mean (shared/domain/phone-search.ts)
 * is looked up in the phone indexes — the organisation's country and `options.countries` first,
 * then the countries of the numbers on the desk. Leads of likelier readings come first.
 */
export async function findByTypedPhone(
  db: DeskDatabase,
  text: string,
  options: SearchOptions = {},
): Promise<StoredLead[]> {
  if (!isPhoneQuery(text)) return [];
  const countries: CountryCode[] = [
    ...(options.defaultCountry ? [options.defaultCountry] : []),
    ...(options.countries ?? []),
    ...(await callingCodesOnDesk(db)).flatMap(countriesOfCallingCode),
  ];
  const candidates = phoneCandidates(text, countries);
  if (candidates.length === 0) return [];
  const [main, extra] = await db.transaction('r', db.leads, () =>
    Promise.all([
      db.leads.where('phoneE164').anyOf(candidates).toArray(),
      db.leads.where('phones').anyOf(candidates).toArray(),
    ]),
  );
  const rank = (l: StoredLead) => {
    const own = l.phoneE164 ? candidates.indexOf(l.phoneE164) : -1;
    if (own !== -1) return own * 2;
    return Math.min(...l.phones.map((p) => candidates.indexOf(p)).filter((i) => i !== -1)) * 2 + 1;
  };
  const seen = new Set<string>();
  return [...main, ...extra]
    .filter((l) => !seen.has(l.id) && seen.add(l.id))
    .sort((a, b) => rank(a) - rank(b));
}

/**
 * Keys read per word before its range counts as common (search). Chromium checks each index
 * entry against its record, about 20 µs a key on disk: a word held by 100,000 leads costs ~2 s
 * to read whole, so no search does that.
 */
const SEARCH_KEY_CAP = 500;
/** Leads a search checks one by one in a long range (a common pair, or every word common). */
const SEARCH_SCAN_BUDGET = 1_000;

/** The primary keys under one prefix of the search index: at most `cap`, or all. */
function searchRangeKeys(db: DeskDatabase, prefix: string, cap?: number): Promise<string[]> {
  const range = db.leads.where('searchKeys').startsWith(prefix);
  return (cap === undefined ? range : range.limit(cap)).primaryKeys() as Promise<string[]>;
}

/**
 * Lead search. A phone number typed any way finds the leads with that number (main or extra
 * phone, through the phone indexes: findByTypedPhone). Otherwise a name/company/e-mail search in any spelling (Arabic alef forms, Turkish İ/ı, accents): a lead
 * matches when every query word is the prefix of one of its words, in any order and with other
 * words between ("ahmed hassan" finds "Ahmed Ali Hassan"). Answered from the multi-entry
 * search-key index:
 *
 * 1. One word: its range, leads read straight from the index in order until `limit` pass.
 * 2. Several: first two words side by side, as typed and then swapped ("mehmet yilmaz" is one
 *    short range of the index, see searchPairs) — a name typed as written, or surname first, is
 *    found without touching the words' own, long ranges.
 * 3. Then every lead in all the words' ranges: each word's keys are read up to a cap; when one
 *    word is under it (a rare word), its leads less those another complete word lacks are
 *    loaded and checked — exact. When every word is common (each held by more than
 *    SEARCH_KEY_CAP leads) and no two sit side by side, the longest word's leads are checked
 *    one by one up to SEARCH_SCAN_BUDGET: matches past that are not reached.
 *
 * Results: side-by-side matches first, then the rest in index order; each lead once.
 */
export async function searchLeads(
  db: DeskDatabase,
  query: string,
  limit = 50,
  filter: (l: StoredLead) => boolean = () => true,
  options: SearchOptions = {},
): Promise<StoredLead[]> {
  // A phone number, typed any way ("0532 765 43 21", "+90 532…", "447574430148", Arabic-Indic
  // digits): the leads with that number as main or extra phone. None: the digits may be part of
  // a name or company ("Kemal 0532"), searched as words below.
  if (isPhoneQuery(query)) {
    const found = (await findByTypedPhone(db, query, options)).filter(filter);
    if (found.length > 0) return found.slice(0, limit);
  }
  const words = [...new Set(searchTokens(query))];
  if (words.length === 0 || limit <= 0) return [];
  const out: StoredLead[] = [];
  const seen = new Set<string>();
  const keep = (l: StoredLead | undefined, check: boolean) => {
    if (!l || out.length >= limit || seen.has(l.id)) return;
    seen.add(l.id);
    if ((!check || matchesWords(l.searchKeys, words)) && filter(l)) out.push(l);
  };
  /** Reads leads under `prefix` in index order, at most `max` (growing pages) or to its end. */
  const scan = async (prefix: string, check: boolean, max: number): Promise<void> => {
    let size = Math.max(limit, 20);
    for (let offset = 0; out.length < limit && offset < max; offset += size, size *= 2) {
      const rows = await db.leads
        .where('searchKeys')
        .startsWith(prefix)
        .offset(offset)
        .limit(Math.min(size, max - offset))
        .toArray();
      for (const l of rows) keep(l, check);
      if (rows.length < Math.min(size, max - offset)) return;
    }
  };

  if (words.length === 1) {
    await scan(words[0] ?? '', false, Infinity);
    return out;
  }

  const head = words.slice(0, 3);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < head.length; i++) pairs.push(`${head[i]} ${head[i + 1]}`);
  for (let i = 0; i + 1 < head.length; i++) pairs.push(`${head[i + 1]} ${head[i]}`);
  for (const pair of pairs) {
    await scan(pair, true, SEARCH_SCAN_BUDGET);
    if (out.length >= limit) return out;
  }

  // Every lead holding all the words. A word under the cap has all its leads in hand: those
  // leads, less any missing from another word read whole, are loaded and checked.
  const capped = await Promise.all(words.map((w) => searchRangeKeys(db, w, SEARCH_KEY_CAP)));
  const complete = capped
    .filter((k) => k.length < SEARCH_KEY_CAP)
    .sort((a, b) => a.length - b.length);
  const [smallest, ...others] = complete;
  if (!smallest) {
    // Every word is common and no two sit side by side: the leads of the longest word (the
    // likeliest to be rare) are checked in index order, up to the budget. Typing more of the
    // name (two words as they stand in it) narrows the search to an exact one.
    const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
    await scan(longest, true, SEARCH_SCAN_BUDGET);
    return out;
  }
  const filters = others.map((k) => new Set(k));
  const candidates = smallest.filter((k) => !seen.has(k) && filters.every((f) => f.has(k)));
  // Words whose range was not read whole are checked on the record.
  const check = complete.length < words.length;
  for (let i = 0; i < candidates.length && out.length < limit; i += PAGE) {
    const batch = await db.leads.bulkGet(candidates.slice(i, i + PAGE) as LeadId[]);
    for (const l of batch) keep(l, check);
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
