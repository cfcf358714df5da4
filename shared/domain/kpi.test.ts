import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActivityId, LeadId, UserId } from './ids';
import type { Activity, LeadStage } from './lead';
import {
  bookingsPerAgent,
  callsPerAgentPerDay,
  funnel,
  furthestStage,
  growth,
  profit,
  whatIf,
  winsPerCloser,
} from './kpi';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 23, 6); // 09:00 Istanbul, Monday
let n = 0;
function act(agent: string, at: number, over: Partial<Activity> = {}): Activity {
  n += 1;
  return {
    id: `a${n}` as ActivityId,
    leadId: 'l' as LeadId,
    agentId: agent as UserId,
    type: 'call',
    at,
    durationSec: 60,
    disposition: 'noAnswer',
    note: '',
    ...over,
  };
}

describe('KPIs', () => {
  const period = { from: T0 - DAY, to: T0 + 3 * DAY };

  it('counts calls per agent per local day (the supervisor’s daily check)', () => {
    const calls = [
      act('ali', T0),
      act('ali', T0 + 3_600_000),
      act('ali', T0 + DAY),
      act('ayse', T0),
      act('ayse', T0, { type: 'note' }),
    ];
    // 23:30 UTC on the 23rd is already the 24th in Istanbul.
    calls.push(act('ayse', Date.UTC(2026, 10, 23, 23, 30)));
    const result = callsPerAgentPerDay(calls, 'Europe/Istanbul', period);
    expect(Object.fromEntries(result.get('ali') ?? [])).toEqual({
      '2026-11-23': 2,
      '2026-11-24': 1,
    });
    expect(Object.fromEntries(result.get('ayse') ?? [])).toEqual({
      '2026-11-23': 1,
      '2026-11-24': 1,
    });
  });

  it('counts bookings per hunter and wins with revenue per closer', () => {
    const acts = [
      act('ali', T0, { disposition: 'meetingBooked' }),
      act('ali', T0 + 1, { disposition: 'meetingBooked' }),
      act('ali', T0 - 5 * DAY, { disposition: 'meetingBooked' }),
      act('omar', T0, {
        type: 'stageChange',
        disposition: null,
        stageTo: 'won',
        amount: 1890,
        currency: 'SAR',
      }),
      act('omar', T0 + DAY, {
        type: 'stageChange',
        disposition: null,
        stageTo: 'won',
        amount: 378,
        currency: 'SAR',
      }),
    ];
    expect(bookingsPerAgent(acts, period).get('ali')).toBe(2);
    const wins = winsPerCloser(acts, period).get('omar');
    expect(wins?.deals).toBe(2);
    expect(wins?.revenue.get('SAR')).toBe(2268);
  });

  it('shows where leads leak: 1000 → 500 → 250 → 15 is a 1.5% close rate', () => {
    const leads: { stage: LeadStage; furthestStage?: LeadStage }[] = [
      ...Array.from({ length: 500 }, () => ({ stage: 'lead' as const })),
      ...Array.from({ length: 250 }, () => ({
        stage: 'lost' as const,
        furthestStage: 'qualified' as const,
      })),
      ...Array.from({ length: 235 }, () => ({
        stage: 'lost' as const,
        furthestStage: 'proposalSent' as const,
      })),
      ...Array.from({ length: 15 }, () => ({ stage: 'won' as const })),
    ];
    const f = funnel(leads);
    expect(f.map((s) => s.count)).toEqual([1000, 500, 250, 250, 15]);
    expect(f[1]?.conversionFromPrevious).toBe(0.5);
    expect(f[4]?.conversionFromStart).toBeCloseTo(0.015);
  });

  it('finds the furthest stage a lost lead had reached', () => {
    expect(
      furthestStage([
        { stageTo: 'qualified' },
        { stageTo: 'meetingScheduled' },
        { stageTo: 'lost' },
      ]),
    ).toBe('meetingScheduled');
  });

  it('measures monthly growth', () => {
    expect(growth(125, 100)).toBe(0.25);
    expect(growth(5, 0)).toBeNull();
  });

  it('doubles profit when each of the five factors rises by 15% (1.15⁵ ≈ 2.01)', () => {
    const f = {
      leads: 1000,
      conversion: 0.015,
      averageCheck: 2268,
      purchasesPerPeriod: 1,
      margin: 0.4,
    };
    expect(profit(f)).toBeCloseTo(13_608);
    const all = whatIf(f, {
      leads: 15,
      conversion: 15,
      averageCheck: 15,
      purchasesPerPeriod: 15,
      margin: 15,
    });
    expect(all.multiplier).toBeCloseTo(2.0114, 3);
  });

  it('property: the funnel never grows from one stage to the next', () => {
    const stages: LeadStage[] = [
      'lead',
      'qualified',
      'meetingScheduled',
      'proposalSent',
      'won',
      'lost',
      'retention',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            stage: fc.constantFrom(...stages),
            furthestStage: fc.constantFrom(...stages.filter((s) => s !== 'lost')),
          }),
        ),
        (leads) => {
          const f = funnel(leads);
          expect(f[0]?.count).toBe(leads.length);
          for (let i = 1; i < f.length; i++)
            expect(f[i]!.count).toBeLessThanOrEqual(f[i - 1]!.count);
        },
      ),
    );
  });
});
