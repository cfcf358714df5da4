import { useLiveQuery } from 'dexie-react-hooks';
import type { LeadFilter } from '../../../../shared/domain/assignment';
import { countMatches, pageOfMatches, SEARCH_LIMIT } from '../../../db/assignment';
import type { StoredLead } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';

export type MatchingLeads = {
  /** How many leads match this filter; undefined while counting. */
  total: number | undefined;
  /** This page of them; undefined while reading. */
  rows: StoredLead[] | undefined;
  /** A search stopped at SEARCH_LIMIT: "at least" that many. */
  searchCapped: boolean;
  /** The last count, possibly of the previous filter (for the pager while counting). */
  lastCount: number;
};

/** Counts the leads a filter matches and reads one page of them. */
export function useMatchingLeads(
  filter: LeadFilter,
  page: number,
  pageSize: number,
): MatchingLeads {
  const db = useDeskDb();
  // Each answer carries the filter it is for: a count or page of the previous filter is never
  // shown as if it were the new one's.
  const counted = useLiveQuery(
    async () => ({ filter, n: await countMatches(db, filter) }),
    [db, filter],
  );
  const paged = useLiveQuery(
    async () => ({
      filter,
      page,
      rows: await pageOfMatches(db, filter, page * pageSize, pageSize),
    }),
    [db, filter, page, pageSize],
  );
  const total = counted?.filter === filter ? counted.n : undefined;
  const rows = paged?.filter === filter && paged.page === page ? paged.rows : undefined;
  const searchCapped = filter.query.trim() !== '' && total === SEARCH_LIMIT;
  return { total, rows, searchCapped, lastCount: counted?.n ?? 0 };
}
