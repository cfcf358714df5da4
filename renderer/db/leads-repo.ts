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
import {
  foldForSearch,
  GAP_JOIN,
  matchesWords,
  PAIR_JOIN,
  searchTokens,
} from '../../shared/domain/search-key';
import type { LeadId } from '../../shared/domain/ids';
import type { DeskDatabase, StoredLead } from './schema';
import { searchPairsKept } from './search-pairs';

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
/**
 * The cap when the pairs have answered for common words: a word held by fewer leads is rare, and
 * its leads are checked for the others in any field. Reading 500 keys of each common word just
 * to learn it is common would cost more than the whole rest of the search.
 */
const SEARCH_RARE_CAP = 50;
/** Leads a search checks one by one in a long range (a common pair, or every word common). */
const SEARCH_SCAN_BUDGET = 1_000;

/** The primary keys under one prefix of the search index: at most `cap`, or all. */
function searchRangeKeys(db: DeskDatabase, prefix: string, cap?: number): Promise<string[]> {
  const range = db.leads.where('searchKeys').startsWith(prefix);
  return (cap === undefined ? range : range.limit(cap)).primaryKeys() as Promise<string[]>;
}

/** Words of the index one query word may stand for that a search pairs one by one. */
const WORD_FORMS_CAP = 8;

/**
 * The words of the search index that start with `prefix` ("ahme": ahmed, ahmet), itself first
 * when it is one; null when there are more than `cap`. One seek a word: each step skips the word
 * and its pairs (they sort right after it: a pair's space comes before any letter or digit).
 */
async function wordsStartingWith(
  db: DeskDatabase,
  prefix: string,
  cap: number,
): Promise<string[] | null> {
  const upper = `${prefix}\uffff`;
  const firstFrom = async (from: string) => {
    const [key] = await db.leads
      .where('searchKeys')
      .between(from, upper, true, false)
      .limit(1)
      .keys();
    return typeof key === 'string' ? key : undefined;
  };
  // The word itself, and the first longer one, asked at once.
  const [itself, longer] = await Promise.all([
    db.leads.where('searchKeys').equals(prefix).limit(1).primaryKeys(),
    firstFrom(`${prefix}!`),
  ]);
  const words = itself.length > 0 ? [prefix] : [];
  for (let key = longer; key !== undefined;) {
    if (words.length === cap) return null;
    const word = key.split(PAIR_JOIN)[0] ?? key;
    words.push(word);
    key = await firstFrom(`${word}!`);
  }
  return words;
}

/**
 * Lead search. A phone number typed any way finds the leads with that number (main or extra
 * phone, through the phone indexes: findByTypedPhone). Otherwise a name/company/e-mail search in
 * any spelling (Arabic alef forms, Turkish İ/ı, accents): a lead matches when every query word is
 * the prefix of one of its words, in any order and with other words between ("ahmed hassan" finds
 * "Ahmed Ali Hassan"). Answered from the multi-entry search-key index, which holds the words and
 * the word pairs of the name and of the company (searchPairs):
 *
 * 1. One word: its range, leads read straight from the index in order until `limit` pass.
 * 2. Several: the pairs of the first three words — side by side as typed, side by side swapped,
 *    then apart ("mehmet yilmaz" is one short range of the index) — so a name typed as written,
 *    or surname first, is found without touching the words' own, long ranges.
 * 3. Then the pairs again for the query words that are only the start of words on the desk
 *    ("ahme kaya": "ahmed kaya", "ahmet kaya", and "kaya ahme…"): with every range read whole,
 *    no lead holds two of those words in one field without having been seen.
 * 4. Then the words one by one: each word's keys are read up to a cap; when one word is under it
 *    (a rare word), its leads less those another complete word lacks are loaded and checked —
 *    exact, whichever fields the words are in. When every word is common (each held by more
 *    than SEARCH_RARE_CAP leads), step 3 has the answer: leads holding two of the first three
 *    words in one field, among its first five. Only where step 3 could not be completed (a
 *    word starting more than WORD_FORMS_CAP words, one query word the start of another, a desk
 *    still adding the pairs to its older leads) the cap is SEARCH_KEY_CAP, and when every word
 *    is over it the longest word's leads are checked one by one up to SEARCH_SCAN_BUDGET:
 *    matches past that are not reached.
 *
 * Results: side-by-side matches first, then apart, then the rest in index order; each lead once.
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
  return searchWords(db, words, limit, filter);
}

/** searchLeads for the query's words (folded, each once). */
async function searchWords(
  db: DeskDatabase,
  words: readonly string[],
  limit: number,
  filter: (l: StoredLead) => boolean,
): Promise<StoredLead[]> {
  const out: StoredLead[] = [];
  const seen = new Set<string>();
  const keep = (l: StoredLead | undefined, check: boolean) => {
    if (!l || out.length >= limit || seen.has(l.id)) return;
    seen.add(l.id);
    if ((!check || matchesWords(l.searchKeys, words)) && filter(l)) out.push(l);
  };
  const firstSize = Math.max(limit, 20);
  const page = (prefix: string, offset: number, want: number) =>
    db.leads.where('searchKeys').startsWith(prefix).offset(offset).limit(want).toArray();
  /** The first page of a scan of `prefix`, asked now (several are asked at once, read in order). */
  const ask = (prefix: string) => ({ prefix, first: page(prefix, 0, firstSize) });
  /**
   * Reads leads under `prefix` in index order, at most `max` (growing pages) or to its end.
   * True when the whole range was read (or the results are full).
   */
  const scan = async (
    prefix: string,
    check: boolean,
    max: number,
    first?: Promise<StoredLead[]>,
  ): Promise<boolean> => {
    let size = firstSize;
    for (let offset = 0; out.length < limit; offset += size, size *= 2) {
      if (offset >= max) return false;
      const want = Math.min(size, max - offset);
      const rows = await (offset === 0 && first && want === firstSize
        ? first
        : page(prefix, offset, want));
      for (const l of rows) keep(l, check);
      if (rows.length < want) return true;
    }
    return true;
  };

  if (words.length === 1) {
    await scan(words[0] ?? '', false, Infinity);
    return out;
  }

  const head = words.slice(0, 3);
  const queryPairs: [string, string][] = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = i + 1; j < head.length; j++) queryPairs.push([head[i] ?? '', head[j] ?? '']);
  }
  // Asked together, read in order: the pairs' first pages (as typed first: a name typed as it
  // stands fills the page on its own), whether every lead has its pairs, the longer words each
  // query word starts, and which words are rare. A search returning early leaves the rest to
  // finish unread.
  const pairScans = [
    ...queryPairs.map(([a, b], i) => ({ i, ...ask(`${a}${PAIR_JOIN}${b}`) })),
    ...queryPairs.map(([a, b], i) => ({ i, ...ask(`${b}${PAIR_JOIN}${a}`) })),
    ...queryPairs.map(([a, b], i) => ({ i, ...ask(`${a}${GAP_JOIN}${b}`) })),
    ...queryPairs.map(([a, b], i) => ({ i, ...ask(`${b}${GAP_JOIN}${a}`) })),
  ];
  const kept = searchPairsKept(db);
  const forms = new Map(head.map((w) => [w, wordsStartingWith(db, w, WORD_FORMS_CAP)]));
  const rare = Promise.all(words.map((w) => searchRangeKeys(db, w, SEARCH_RARE_CAP)));
  // What is left unread must not fail loudly.
  const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
  [kept, rare, ...forms.values(), ...pairScans.map((p) => p.first)].forEach(quiet);

  // Whether every lead holding a pair's two words in one field has been seen.
  const whole = queryPairs.map(([a, b]) => !a.startsWith(b) && !b.startsWith(a));
  for (const { i, prefix, first } of pairScans) {
    if (!(await scan(prefix, true, SEARCH_SCAN_BUDGET, first))) whole[i] = false;
    if (out.length >= limit) return out;
  }

  // The pairs of the longer words each query word starts ("ahme": "ahmed kaya", "kaya ahmet").
  const pairsKept = await kept;
  for (let i = 0; i < queryPairs.length && pairsKept; i++) {
    if (!whole[i]) continue;
    const [a, b] = queryPairs[i] ?? ['', ''];
    const formScans: { prefix: string; first: Promise<StoredLead[]> }[] = [];
    for (const [word, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const longer = await forms.get(word);
      if (!longer) {
        whole[i] = false;
        break;
      }
      for (const form of longer) {
        if (form === word) continue;
        formScans.push(ask(`${form}${PAIR_JOIN}${other}`), ask(`${form}${GAP_JOIN}${other}`));
      }
    }
    formScans.forEach((p) => quiet(p.first));
    for (const { prefix, first } of formScans) {
      if (!(await scan(prefix, true, SEARCH_SCAN_BUDGET, first))) whole[i] = false;
      if (out.length >= limit) return out;
    }
  }

  // Every lead holding all the words. A word under the cap has all its leads in hand: those
  // leads, less any missing from another word read whole, are loaded and checked. When the pairs
  // answered for common words, a word is rare under a lower cap.
  const pairsAnswer = pairsKept && whole.every(Boolean);
  let cap = SEARCH_RARE_CAP;
  let capped = await rare;
  if (!pairsAnswer && capped.every((k) => k.length >= cap)) {
    cap = SEARCH_KEY_CAP;
    capped = await Promise.all(words.map((w) => searchRangeKeys(db, w, cap)));
  }
  const complete = capped.filter((k) => k.length < cap).sort((a, b) => a.length - b.length);
  const [smallest, ...others] = complete;
  if (!smallest) {
    // Every word is common: the pairs answered, when they could be read whole.
    if (pairsAnswer) return out;
    // Otherwise the leads of the longest word (the likeliest to be rare) are checked in index
    // order, up to the budget. Typing more of the name narrows the search to an exact one.
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
