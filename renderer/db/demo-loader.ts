// Puts the demo organisation on this desk (offline demo mode, and "reset demo"): everything is
// replaced in one transaction, so a reset either happens completely or not at all.
import { demoOrganisation } from '../../shared/demo/index';
import type { OrganisationProfile } from '../../shared/domain/content';
import { FACTS_ZONE_META, putActivities } from './fact-store';
import { toStoredLead, type DeskDatabase } from './schema';
import type { ContentRow } from '../../shared/domain/content';

/** Meta rows that belong to the demo data rather than to the desk or the person. */
const DEMO_SCOPED_META = [
  'dncNationalFile',
  'dncNationalShadowed',
  'touchChain',
  'followUp',
  'alertRules',
  'scorecard',
];

export async function loadDemo(db: DeskDatabase, at: number = Date.now()): Promise<void> {
  // The demo is generated around "now"; to the minute, so a reload within it gives the same desk.
  const now = Math.floor(at / 60_000) * 60_000;
  const demo = demoOrganisation(now);
  const content: ContentRow[] = [
    ...demo.scripts.map((data) => ({ id: data.id, kind: 'script' as const, data })),
    ...demo.objections.map((data) => ({ id: data.id, kind: 'objection' as const, data })),
    ...demo.closingTechniques.map((data) => ({ id: data.id, kind: 'closing' as const, data })),
    ...demo.products.map((data) => ({ id: data.id, kind: 'product' as const, data })),
    ...demo.messageTemplates.map((data) => ({ id: data.id, kind: 'message' as const, data })),
  ];
  // Everything the desk holds goes: a reset leaves no imported list, DNC entry, target or
  // refused change of the previous session behind.
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.filter((t) => t.name !== 'meta').map((t) => t.clear()));
    await db.meta.bulkDelete(DEMO_SCOPED_META);
    await db.leads.bulkPut(demo.leads.map(toStoredLead));
    // The fact store was cleared with the activities; its days are the demo organisation's.
    await db.meta.put({ key: FACTS_ZONE_META, value: demo.organisation.timezone });
    await putActivities(db, demo.activities);
    await db.content.bulkPut(content);
    await db.users.bulkPut(demo.users);
    await db.teams.bulkPut(demo.teams);
    await db.meta.put({ key: 'organisation', value: demo.organisation });
    await db.meta.put({ key: 'demoLoadedAt', value: now });
  });
}

export async function loadOrganisation(db: DeskDatabase): Promise<OrganisationProfile | null> {
  const row = await db.meta.get('organisation');
  return (row?.value as OrganisationProfile | undefined) ?? null;
}
