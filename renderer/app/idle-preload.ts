// What the first page leaves out, fetched once the desk is idle: the date pickers, the other
// areas' screens and the other languages' catalogs. The first page stays small, the first form or
// switch rarely waits, and a web desk that loses its server afterwards still has them all.
import { SUPPORTED } from '../i18n/languages';
import { loadCatalog } from '../i18n/i18n';
import { AREAS } from '../store/areas';
import { loadPickers } from '../ui/components/DateTimeField';
import { preloadArea } from './AreaOutlet';

export function preloadTheRest(): void {
  void loadPickers().catch(() => undefined);
  for (const area of AREAS) preloadArea(area);
  for (const language of SUPPORTED) void loadCatalog(language).catch(() => undefined);
}

/** Runs `run` when the page is first idle (at the latest after `timeoutMs`); returns a cancel. */
export function whenIdle(run: () => void, timeoutMs = 5_000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 1_000);
  return () => window.clearTimeout(id);
}
