// The three catalogs, each the core file plus one file per feature namespace
// (locales/<namespace>/<lang>.json, nested under the key <namespace>), assembled in
// catalogs/<lang>.ts. Features own their own files so parallel work never edits the same catalog.
// The app loads English with its first page and the others on demand (i18n.ts); this module,
// with all three, is for the checks and tools that compare them.
export { en, type Catalog } from './catalogs/en';
export { ar } from './catalogs/ar';
export { tr } from './catalogs/tr';

/** Feature namespaces, each a folder under locales/ with en.json, ar.json and tr.json. */
export const NAMESPACES = [
  'importer',
  'dashboard',
  'lists',
  'editors',
  'sync',
  'phoneAdmin',
  'wallboard',
  'accounts',
  'leadDesk',
  'quote',
  'dates',
  'followUp',
  'messages',
  'callReview',
  'insight',
  'insightLosses',
  'insightSources',
  'insightStages',
  'alerts',
  'callingRules',
  'coaching',
  'recording',
] as const;
