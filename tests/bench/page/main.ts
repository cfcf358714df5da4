// The in-browser half of the desk benchmarks: runs against the real IndexedDB in Chromium, on
// the same origin as the web client, through the desk's own Dexie schema.
import {
  nextLead,
  nextLeadByZone,
  nextLeadInKeyOrder,
  findByPhone,
  searchLeads,
} from '../../../renderer/db/leads-repo';
import { deskOf } from '../../../renderer/db/desk';
import { run } from '../../../renderer/db/run';
import { setDisposition } from '../../../shared/mutations/set-disposition';
import { applyPullPage } from '../../../renderer/sync/apply-pull';
import { syncBench } from './sync-bench';
import { floorBench } from './floor-bench';
import { importBench } from './import-bench';
import { upgradeBench } from './upgrade-bench';
import { insightBench } from './insight-bench';
import { insightStagesBench } from './insight-stages-bench';
import { recordingDeskBench, recordingsBench } from './recordings-bench';
import type { PullResponse } from '../../../shared/sync/protocol';
import { DEMO_ORGANISATION } from '../../../shared/demo/organisation';
import { deskDatabaseName } from '../../../renderer/db/desk-db';
import type { LeadId, UserId } from '../../../shared/domain/ids';
import { db, open, prepareDesk, seedLeads, signInAs, syntheticPhone } from './seed';

const bench = {
  ...syncBench,
  ...floorBench,
  ...insightBench,
  ...importBench,
  ...upgradeBench,
  ...insightStagesBench,
  ...recordingsBench,
  ...recordingDeskBench,
  databaseName: deskDatabaseName,
  seedLeads,
  prepareDesk,
  /**
   * Times `runs` next-lead reads at `now` through one path: `keyOrder` (today's schema), `zone`
   * (the proposed zone index) or `app` (whichever the database supports). Returns ms samples and
   * how many reads found a lead.
   */
  async nextLeadReads(
    name: string,
    count: number,
    agents: number,
    runs: number,
    now: number,
    path: 'keyOrder' | 'zone' | 'app',
  ): Promise<{ samples: number[]; found: number }> {
    const d = db(name);
    const read =
      path === 'zone' ? nextLeadByZone : path === 'keyOrder' ? nextLeadInKeyOrder : nextLead;
    const samples: number[] = [];
    let found = 0;
    for (let r = 0; r < runs; r++) {
      const agent = `agent-${((r * 7919) % count) % agents}`;
      const t0 = performance.now();
      const hit = await read(d, { owners: [agent], organisationTimezone: 'Europe/Istanbul' }, now);
      samples.push(performance.now() - t0);
      if (hit) found++;
    }
    return { samples, found };
  },
  /** Runs `runs` timed reads of each desk hot path; returns the samples in ms. */
  async queueReads(
    name: string,
    count: number,
    agents: number,
    runs: number,
  ): Promise<Record<string, number[]>> {
    const d = db(name);
    const out: Record<string, number[]> = {
      nextLead: [],
      phoneLookup: [],
      nameSearchLatin: [],
      nameSearchArabic: [],
      nameSearchAbsent: [],
      ownerStagePage: [],
    };
    const time = async (key: string, fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      out[key]?.push(performance.now() - t0);
    };
    // A Monday morning in Istanbul: inside the calling window for the synthetic leads.
    const now = Date.UTC(2026, 10, 23, 8);
    for (let r = 0; r < runs; r++) {
      const i = (r * 7919) % count;
      const agent = `agent-${i % agents}`;
      await time('nextLead', () =>
        nextLead(d, { owners: [agent], organisationTimezone: 'Europe/Istanbul' }, now),
      );
      await time('phoneLookup', () => findByPhone(d, syntheticPhone(i)));
      // Names that are there (each first name goes with one surname in the synthetic data), as
      // typed, surname first, or in another spelling: the first 50 matches.
      await time('nameSearchLatin', () =>
        searchLeads(d, ['Mehmet Demir', 'Ayse Ivanova', 'Smith John', 'olga ozturk'][r % 4]!, 50),
      );
      // A first name and a surname no lead holds together: the search has to prove there is none.
      await time('nameSearchAbsent', () =>
        searchLeads(d, ['Mehmet Yilmaz', 'Ayse Kaya', 'John Hassan', 'Emma Brown'][r % 4]!, 50),
      );
      await time('nameSearchArabic', () =>
        searchLeads(d, ['احمد', 'فاطمه', 'الشمري', 'العتيبي'][r % 4] ?? 'احمد', 50),
      );
      await time('ownerStagePage', () =>
        d.leads
          .where('[ownerId+stage]')
          .between([agent, 'lead'], [agent, 'lead'])
          .limit(50)
          .toArray(),
      );
    }
    return out;
  },
  /**
   * Times `runs` dispositions (lead + activity + outbox, strict durability), each followed by its
   * floor: the lead as the disposition left it, put alone with a raw Dexie `put` into a store with
   * four plain indexes in a database of its own — the same origin, so the same on-disk IndexedDB
   * backend — with strict durability. Alternated, so a busy machine moves both.
   */
  async dispositions(
    name: string,
    count: number,
    agents: number,
    runs: number,
  ): Promise<{ samples: number[]; floor: number[] }> {
    const d = db(name);
    const floorName = `${name}-floor-one-row`;
    await floorBench.floorOpen(floorName);
    const samples: number[] = [];
    const floor: number[] = [];
    const now = Date.UTC(2026, 10, 23, 8);
    try {
      for (let r = 0; r < runs; r++) {
        const i = (r * 104729) % count;
        const leadId = `lead-${String(i).padStart(8, '0')}` as LeadId;
        // The lead's own owner calls it (an agent, or the farmer for a customer); read untimed.
        const lead = await d.leads.get(leadId);
        const agentId = (lead?.ownerId ?? `agent-${i % agents}`) as UserId;
        const agent = {
          id: agentId,
          roles: ['hunter', 'farmer'] as const,
          teamId: lead?.teamId ?? null,
        };
        const desk = deskOf(d, agent, DEMO_ORGANISATION, () => now + r);
        const t0 = performance.now();
        const res = await run(desk, setDisposition, {
          leadId,
          disposition: 'noAnswer',
          durationSec: 30,
        });
        samples.push(performance.now() - t0);
        if (!res.ok) throw new Error(`disposition failed: ${res.error.code}`);
        const after = await d.leads.get(leadId);
        if (!after) throw new Error(`${leadId} is gone after its disposition`);
        floor.push(await floorBench.floorPut(floorName, [after]));
      }
    } finally {
      await floorBench.floorClose(floorName);
    }
    return { samples, floor };
  },
  /** Applies one pulled page with the desk engine's own apply (rows and cursor in one go); ms. */
  async applyPulled(name: string, page: PullResponse): Promise<number> {
    const d = db(name);
    const t0 = performance.now();
    await applyPullPage(d, page, Date.now());
    return performance.now() - t0;
  },
  async outboxSize(name: string): Promise<number> {
    return db(name).outbox.count();
  },
  /** The person the web client resumes as on its next load in this profile. */
  signInAs,
  async countLeads(name: string): Promise<number> {
    return db(name).leads.count();
  },
  async close(name: string): Promise<void> {
    db(name).close();
    open.delete(name);
  },
  async destroy(name: string): Promise<void> {
    await db(name).delete();
    open.delete(name);
  },
};

export type BenchApi = typeof bench;

window.bench = bench;
window.benchReady = true;
