import { useCallback, useEffect, useState } from 'react';
import { ANY_LEAD, type LeadFilter } from '../../../../shared/domain/assignment';
import { useCountries } from '../use-countries';

export type ReassignFilter = {
  filter: LeadFilter;
  /** A new filter starts again on the first page. */
  setFilter: (filter: LeadFilter) => void;
  page: number;
  setPage: (page: number) => void;
};

/**
 * Which leads the reassign table shows: the filter (starting on one list) and the page.
 * `onFilterChange` runs when the filter changes (the selection is cleared); keep it stable.
 */
export function useReassignFilter(
  initialList: string | null,
  onFilterChange: () => void,
): ReassignFilter {
  const [filter, setFilterState] = useState<LeadFilter>({ ...ANY_LEAD, listName: initialList });
  const [page, setPage] = useState(0);
  // Phone numbers typed in the search box without a country code are the organisation's.
  const { defaultCountry } = useCountries();
  useEffect(() => {
    setFilterState((f) => (f.defaultCountry === defaultCountry ? f : { ...f, defaultCountry }));
  }, [defaultCountry]);
  const setFilter = useCallback(
    (f: LeadFilter) => {
      setFilterState(f);
      setPage(0);
      onFilterChange();
    },
    [onFilterChange],
  );
  return { filter, setFilter, page, setPage };
}
