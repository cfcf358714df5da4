import { useCallback, useState } from 'react';
import { ownerKey } from '../../../../shared/domain/assignment';
import type { LeadId } from '../../../../shared/domain/ids';
import type { StoredLead } from '../../../db/schema';

export type LeadSelection = {
  /** Selected leads and the owner key each is with now (for "from whom"). */
  selected: Map<LeadId, string>;
  toggle: (id: LeadId, owner: string) => void;
  /** Selects every lead of a page, or (`off`) takes them all out again. */
  togglePage: (rows: readonly StoredLead[], off: boolean) => void;
  replace: (selected: Map<LeadId, string>) => void;
  clear: () => void;
};

/** The leads picked for reassignment, across pages. */
export function useLeadSelection(): LeadSelection {
  const [selected, setSelected] = useState<Map<LeadId, string>>(new Map());
  const toggle = useCallback(
    (id: LeadId, owner: string) =>
      setSelected((s) => {
        const next = new Map(s);
        if (next.has(id)) next.delete(id);
        else next.set(id, owner);
        return next;
      }),
    [],
  );
  const togglePage = useCallback(
    (rows: readonly StoredLead[], off: boolean) =>
      setSelected((s) => {
        const next = new Map(s);
        for (const l of rows) {
          if (off) next.delete(l.id);
          else next.set(l.id, ownerKey(l));
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Map()), []);
  return { selected, toggle, togglePage, replace: setSelected, clear };
}
