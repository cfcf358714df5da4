import type { LeadId } from '../../../shared/domain/ids';

export type PageSelection = {
  /** Leads on this page. */
  pageCount: number;
  /** Every lead on this (non-empty) page is selected. */
  pageAll: boolean;
  /** At least one lead on this page is selected. */
  pageSome: boolean;
  /** As many leads are selected as match the filter (there are some). */
  allMatching: boolean;
};

/** How a page of leads stands in the selection, for the header checkbox and the banners. */
export function pageSelection(
  selected: ReadonlyMap<LeadId, string>,
  rows: readonly { id: LeadId }[] | undefined,
  total: number | undefined,
): PageSelection {
  const pageIds = (rows ?? []).map((l) => l.id);
  return {
    pageCount: pageIds.length,
    pageAll: pageIds.length > 0 && pageIds.every((id) => selected.has(id)),
    pageSome: pageIds.some((id) => selected.has(id)),
    allMatching: total !== undefined && total > 0 && selected.size >= total,
  };
}
