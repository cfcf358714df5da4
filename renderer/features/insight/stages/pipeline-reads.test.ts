// The stalled-deal, running-stay and open-deal reads against a desk database (fake-indexeddb):
// the right leads through the indexes, per rep, and nothing of reps outside the scope.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE_INSIGHT } from '../../../../shared/domain/insight/pipeline-settings';
import type { UserId } from '../../../../shared/domain/ids';
import type { Lead } from '../../../../shared/domain/lead';
import { DAY, NOW, U, lead } from '../../../../shared/mutations/testing/world';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../../db/schema';
import { readOpenDeals } from '../forecast/use-forecast';
import { readOngoingStays } from './use-ongoing-stays';
import { readStalledDeals } from './use-stalled-deals';

let db: DeskDatabase;

const meeting = (at: number, outcome?: 'held') => ({
  at,
  closerId: U.khalid,
  bookedBy: U.faisal,
  bookedAt: at - 3 * DAY,
  note: '',
  ...(outcome ? { outcome } : {}),
});

function put(...leads: Lead[]) {
  return db.leads.bulkPut(leads.map(toStoredLead));
}

beforeEach(async () => {
  db = createDeskDatabase(`pipeline-reads-${Math.random()}`);
  await db.open();
  await put(
    // Faisal: a proposal 15 days old (stalled at 14), one 14 days old exactly (not), a qualified
    // lead 8 days old (stalled at 7), a new lead (never stalled) and a lost one.
    lead('p15', { stage: 'proposalSent', stageChangedAt: NOW - 15 * DAY }),
    lead('p14', { stage: 'proposalSent', stageChangedAt: NOW - 14 * DAY }),
    lead('q8', { stage: 'qualified', stageChangedAt: NOW - 8 * DAY }),
    lead('n90', { stage: 'lead', stageChangedAt: NOW - 90 * DAY }),
    lead('l90', { stage: 'lost', stageChangedAt: NOW - 90 * DAY }),
    // Khalid: a meeting two days past without outcome (booked yesterday: under the threshold),
    // one held, one ahead.
    lead('m-over', {
      ownerId: U.khalid,
      stage: 'meetingScheduled',
      stageChangedAt: NOW - DAY,
      meeting: meeting(NOW - 2 * DAY),
    }),
    lead('m-held', {
      ownerId: U.khalid,
      stage: 'meetingScheduled',
      stageChangedAt: NOW - DAY,
      meeting: meeting(NOW - 2 * DAY, 'held'),
    }),
    lead('m-ahead', {
      ownerId: U.khalid,
      stage: 'meetingScheduled',
      stageChangedAt: NOW - DAY,
      meeting: meeting(NOW + DAY),
    }),
    // Someone outside the scope, long stalled.
    lead('x', { ownerId: U.emre, stage: 'proposalSent', stageChangedAt: NOW - 60 * DAY }),
  );
});

afterEach(() => db.delete());

const scope: UserId[] = [U.faisal, U.khalid];

describe('readStalledDeals', () => {
  it('lists the deals past their threshold, oldest first, with why', async () => {
    const read = await readStalledDeals(db, scope, DEFAULT_PIPELINE_INSIGHT, NOW);
    expect(read.truncated).toBe(false);
    expect(read.deals.map((d) => [d.lead.id, d.reason.kind, d.reason.days])).toEqual([
      ['p15', 'stage', 15],
      ['q8', 'stage', 8],
      ['m-over', 'meetingOverdue', 2],
    ]);
  });

  it('follows the organisation’s thresholds', async () => {
    const strict = {
      ...DEFAULT_PIPELINE_INSIGHT,
      stallDays: { qualified: 30, meetingScheduled: 7, proposalSent: 1 },
      meetingOverdueDays: 3,
    };
    const read = await readStalledDeals(db, scope, strict, NOW);
    expect(read.deals.map((d) => d.lead.id)).toEqual(['p15', 'p14']);
  });
});

describe('readOngoingStays', () => {
  it('tallies the open leads per rep and stage from the index keys', async () => {
    const { tallies } = await readOngoingStays(db, scope, NOW);
    expect(Object.keys(tallies).sort()).toEqual([
      `${U.faisal}|lead`,
      `${U.faisal}|proposalSent`,
      `${U.faisal}|qualified`,
      `${U.khalid}|meetingScheduled`,
    ]);
    expect(tallies[`${U.faisal}|proposalSent`]).toEqual({
      n: 2,
      sum: 29 * 86_400,
      // 14 days is bucket 59 ((13 d, 14 d]), 15 days bucket 60.
      buckets: { 59: 1, 60: 1 },
    });
    expect(tallies[`${U.khalid}|meetingScheduled`]?.n).toBe(3);
  });
});

describe('readOpenDeals', () => {
  it('groups the open pipeline of the scope only', async () => {
    const groups = await readOpenDeals(db, scope);
    // Faisal: two proposals (different hours) and a qualified lead; Khalid: three meetings, in
    // id order — the one ahead and the overdue one carry their date, the held one none.
    expect(groups.map((g) => [g.ownerId, g.stage, g.n, g.hint?.kind ?? null])).toEqual([
      [U.faisal, 'qualified', 1, null],
      [U.faisal, 'proposalSent', 1, null],
      [U.faisal, 'proposalSent', 1, null],
      [U.khalid, 'meetingScheduled', 1, 'meeting'],
      [U.khalid, 'meetingScheduled', 1, null],
      [U.khalid, 'meetingScheduled', 1, 'meeting'],
    ]);
    expect(groups.reduce((n, g) => n + g.n, 0)).toBe(6);
  });
});
