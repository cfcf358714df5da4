// The area's first figures (its lead count) before the reads nobody waits for at open (the
// alerts). IndexedDB answers a page's reads in the order they were asked: on a desk of a million
// leads, the alerts' dozens of index walks asked at the same moment as the lead count held that
// one small read up by about a second. The area page says when its count is on screen; the
// reads that can wait start then, or after `FIRST_FIGURES_WAIT_MS` on a screen without one (a
// lead opened from a link).
import { useEffect, useState } from 'react';

export const FIRST_FIGURES_WAIT_MS = 3_000;

let shown = false;
const waiting = new Set<() => void>();

/** The area page's count is on screen (AreaPage); what waited for it starts. */
export function markFirstFiguresShown(): void {
  if (shown) return;
  shown = true;
  for (const start of [...waiting]) start();
  waiting.clear();
}

/** Whether the first figures are on screen, or waited for long enough. */
export function useAfterFirstFigures(): boolean {
  const [go, setGo] = useState(shown);
  useEffect(() => {
    if (go) return;
    const start = () => setGo(true);
    if (shown) return start();
    waiting.add(start);
    const timer = setTimeout(start, FIRST_FIGURES_WAIT_MS);
    return () => {
      waiting.delete(start);
      clearTimeout(timer);
    };
  }, [go]);
  return go;
}
