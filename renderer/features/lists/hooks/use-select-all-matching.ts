import { useState } from 'react';
import type { LeadFilter } from '../../../../shared/domain/assignment';
import type { LeadId } from '../../../../shared/domain/ids';
import { collectMatches } from '../../../db/assignment';
import { useDeskDb } from '../../../db/use-desk-db';

export type SelectAllMatching = {
  /** Percent of the matches read so far; null when not collecting. */
  collecting: number | null;
  selectAllMatching: () => Promise<void>;
};

/** "Select all N matching": reads every lead the filter matches, with a progress figure. */
export function useSelectAllMatching(
  filter: LeadFilter,
  onSelected: (selected: Map<LeadId, string>) => void,
): SelectAllMatching {
  const db = useDeskDb();
  const [collecting, setCollecting] = useState<number | null>(null);
  const selectAllMatching = async () => {
    setCollecting(0);
    const m = await collectMatches(db, filter, (read, all) =>
      setCollecting(all ? (100 * read) / all : 100),
    );
    setCollecting(null);
    onSelected(new Map(m.ids.map((id, i) => [id, m.owners[i] ?? 'none'])));
  };
  return { collecting, selectAllMatching };
}
