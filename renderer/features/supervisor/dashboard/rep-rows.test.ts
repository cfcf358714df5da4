import { describe, expect, it } from 'vitest';
import type { ActivityId, LeadId, UserId } from '../../../../shared/domain/ids';
import type { Activity } from '../../../../shared/domain/lead';
import { targetsFor } from '../../../../shared/domain/targets';
import { DEMO_USERS } from '../../../../shared/demo/organisation';
import { repRows } from './rep-rows';
import type { Rep } from './use-dashboard-scope';

const faisal = DEMO_USERS.find((u) => u.displayName === 'فيصل العتيبي')!;
const khalid = DEMO_USERS.find((u) => u.displayName === 'خالد المنصوري')!;
const rep = (u: typeof faisal, monthlyWins = 0): Rep => ({
  ...u,
  targets: { ...targetsFor(u, undefined), monthlyWins, monthlyRevenue: monthlyWins * 1000 },
});
let n = 0;
const act = (agentId: UserId, over: Partial<Activity> = {}): Activity => ({
  id: `a${++n}` as ActivityId,
  leadId: `l${n}` as LeadId,
  agentId,
  type: 'call',
  at: 1_000,
  durationSec: 30,
  disposition: 'noAnswer',
  note: '',
  ...over,
});

describe('results per rep', () => {
  it('puts each rep’s period results next to targets scaled to the days and months', () => {
    const acts = [
      ...Array.from({ length: 120 }, () => act(faisal.id)),
      act(faisal.id, { disposition: 'meetingBooked' }),
      act(khalid.id, {
        type: 'stageChange',
        disposition: null,
        stageTo: 'won',
        amount: 378,
        currency: 'SAR',
      }),
    ];
    const [f, k] = repRows(
      [rep(faisal), rep(khalid, 10)],
      acts,
      { from: 0, to: 2_000 },
      'SAR',
      2,
      0.5,
    );
    // Faisal: 121 calls against 80 a day × 2 days worked.
    expect(f?.actual).toMatchObject({ calls: 121, bookings: 1 });
    expect(f?.target.calls).toBe(160);
    expect(f?.callAttainment).toBeCloseTo(121 / 160);
    // Khalid: no calls against 25 × 2; half a month of a 10-deal, 10 000 SAR target.
    expect(k?.actual).toMatchObject({ calls: 0, wins: 1, revenue: 378 });
    expect(k?.target).toEqual({ calls: 50, results: 4, wins: 5, revenue: 5000, talkSec: 0 });
    expect(k?.callAttainment).toBe(0);
  });

  it('lists a rep with nothing logged with zeros, not leaves them out', () => {
    const [row] = repRows([rep(faisal)], [], { from: 0, to: 1 }, 'SAR', 0, 0);
    expect(row?.actual.calls).toBe(0);
    expect(row?.callAttainment).toBeNull();
  });
});
