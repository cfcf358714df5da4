// Proves reassignLeads moves leads to an agent or a team queue relying on each lead's owner, keeps closed leads unless asked, and keeps supervisors within the teams they lead.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, ISTANBUL_TEAM_ID } from '../demo/index';
import type { LeadId, TeamId, UserId } from '../domain/ids';
import { reassignLeads } from './reassign-leads';
import { outsideReach } from './verb';
import { DAY, NOW, U, effectsOf, lead, outcome, retired, run, world } from './testing/world';

const toAgent = (userId: UserId, teamId: TeamId | null = null) =>
  ({ kind: 'agent', userId, teamId }) as const;
const toQueue = (teamId: TeamId) => ({ kind: 'teamQueue', teamId }) as const;

describe('reassignLeads', () => {
  it('moves leads to another agent of the team, relying on the owner each had', () => {
    const a = lead('a');
    const pool = lead('p', { ownerId: null });
    const r = run(reassignLeads, world({ leads: [a, pool] }), 'omar', {
      batch: 'b1',
      to: toAgent(U.mona),
      leadIds: [a.id, pool.id],
    });
    expect(r).toEqual({
      ok: true,
      result: { moved: 2, unchanged: 0, closedKept: 0, missing: 0 },
      effects: {
        leads: [
          {
            id: a.id,
            patch: { ownerId: U.mona, teamId: GULF_TEAM_ID, updatedAt: NOW },
            expect: { ownerId: U.faisal },
          },
          {
            id: pool.id,
            patch: { ownerId: U.mona, teamId: GULF_TEAM_ID, updatedAt: NOW },
            expect: { ownerId: null },
          },
        ],
      },
    });
    expect(outsideReach(reassignLeads, effectsOf(r).effects, U.omar)).toBeNull();
  });

  it('puts leads back into a team queue and counts what it left alone', () => {
    const a = lead('a');
    const queued = lead('q', { ownerId: null });
    const won = lead('w', { stage: 'won', ownerId: U.noura });
    const r = run(reassignLeads, world({ leads: [a, queued, won] }), 'omar', {
      batch: 'b1',
      to: toQueue(GULF_TEAM_ID),
      leadIds: [a.id, queued.id, won.id, 'gone' as LeadId, a.id],
    });
    expect(effectsOf(r).result).toEqual({ moved: 1, unchanged: 1, closedKept: 1, missing: 1 });
    expect(effectsOf(r).effects.leads).toEqual([
      {
        id: a.id,
        patch: { ownerId: null, teamId: GULF_TEAM_ID, updatedAt: NOW },
        expect: { ownerId: U.faisal },
      },
    ]);
    const closedToo = run(reassignLeads, world({ leads: [won] }), 'omar', {
      batch: 'b1',
      to: toAgent(U.mona),
      leadIds: [won.id],
      includeClosed: true,
    });
    expect(effectsOf(closedToo).effects.leads?.map((e) => e.patch?.ownerId)).toEqual([U.mona]);
  });

  it('moves a booked meeting with its lead to the new closer', () => {
    const meeting = {
      at: NOW + DAY,
      closerId: U.khalid,
      bookedBy: U.faisal,
      bookedAt: NOW,
      note: 'Demo',
    };
    const m = lead('m', { stage: 'meetingScheduled', ownerId: U.khalid, meeting });
    const r = run(reassignLeads, world({ leads: [m] }), 'sarah', {
      batch: 'b1',
      to: toAgent(U.burak),
      leadIds: [m.id],
    });
    expect(effectsOf(r).effects.leads).toEqual([
      {
        id: m.id,
        patch: {
          ownerId: U.burak,
          teamId: ISTANBUL_TEAM_ID,
          meeting: { ...meeting, closerId: U.burak },
          updatedAt: NOW,
        },
        expect: { ownerId: U.khalid },
      },
    ]);
  });

  it('refuses a target that cannot take leads', () => {
    const a = lead('a');
    const gone = retired('01900000-0000-7000-8000-000000000904', ['hunter']);
    const state = world({ leads: [a], users: [gone] });
    const move = (to: ReturnType<typeof toAgent> | ReturnType<typeof toQueue>) =>
      outcome(run(reassignLeads, state, 'sarah', { batch: 'b1', to, leadIds: [a.id] }));
    expect(move(toAgent(U.omar))).toBe('targetUnknown');
    expect(move(toAgent(gone.id))).toBe('targetUnknown');
    expect(move(toAgent('01900000-0000-7000-8000-000000000999' as UserId))).toBe('targetUnknown');
    expect(move(toQueue('01900000-0000-7000-8000-000000000199' as TeamId))).toBe('targetUnknown');
  });

  it('keeps a supervisor within the teams they lead; the administrator moves anywhere', () => {
    const gulf = lead('g');
    const ist = lead('i', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [gulf, ist] });
    const move = (
      who: 'omar' | 'sarah' | 'faisal',
      leadId: LeadId,
      to: ReturnType<typeof toAgent> | ReturnType<typeof toQueue>,
    ) => outcome(run(reassignLeads, state, who, { batch: 'b1', to, leadIds: [leadId] }));
    expect(move('omar', gulf.id, toAgent(U.emre))).toBe('forbidden');
    expect(move('omar', gulf.id, toQueue(ISTANBUL_TEAM_ID))).toBe('forbidden');
    expect(move('omar', ist.id, toAgent(U.mona))).toBe('outOfScope');
    expect(move('sarah', gulf.id, toAgent(U.emre))).toBe('ok');
    expect(move('faisal', gulf.id, toAgent(U.mona))).toBe('forbidden');

    // A team that names Omar as its supervisor is his to fill too.
    const led = world({ leads: [gulf, ist] });
    led.teamRows.set(ISTANBUL_TEAM_ID, { ...led.team(ISTANBUL_TEAM_ID)!, supervisorId: U.omar });
    expect(
      outcome(
        run(reassignLeads, led, 'omar', { batch: 'b1', to: toAgent(U.emre), leadIds: [gulf.id] }),
      ),
    ).toBe('ok');
  });
});
