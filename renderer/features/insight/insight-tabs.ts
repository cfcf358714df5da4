// The insight section's tabs, addressed by the URL hash (#/supervisor/insight/sources …), so an
// alert or a colleague's link opens the tab that explains it.
export const INSIGHT_TABS = [
  'losses',
  'objections',
  'sources',
  'stages',
  'forecast',
  'alerts',
] as const;
export type InsightTab = (typeof INSIGHT_TABS)[number];

export function insightTabFromHash(hash: string): InsightTab {
  const [area, section, tab] = hash.replace(/^#\/?/, '').split(/[/?]/);
  if (area !== 'supervisor' || section !== 'insight') return 'losses';
  return (INSIGHT_TABS as readonly string[]).includes(tab ?? '') ? (tab as InsightTab) : 'losses';
}

export function hashForInsightTab(tab: InsightTab): string {
  return `#/supervisor/insight/${tab}`;
}
