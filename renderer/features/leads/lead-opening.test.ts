import { describe, expect, it } from 'vitest';
import type { UserRole } from '../../../shared/domain/content';
import type { TeamId, UserId } from '../../../shared/domain/ids';
import type { LeadStage } from '../../../shared/domain/lead';
import { leadOpening } from './lead-opening';

const me = 'u-me' as UserId;
const other = 'u-other' as UserId;
const team = 't-1' as TeamId;
const user = (roles: UserRole[]) => ({ id: me, roles, teamId: team });
const lead = (stage: LeadStage, ownerId: UserId | null, teamId: TeamId | null = team) => ({
  stage,
  ownerId,
  teamId,
});

describe('leadOpening', () => {
  it("opens a hunter's own lead and their team queue's on the hunter screen", () => {
    expect(leadOpening(lead('lead', me), user(['hunter']))).toEqual({
      kind: 'work',
      area: 'hunter',
    });
    expect(leadOpening(lead('qualified', null), user(['hunter']))).toEqual({
      kind: 'work',
      area: 'hunter',
    });
  });

  it("shows a colleague's lead, another team's queue and a closed lead read-only", () => {
    expect(leadOpening(lead('lead', other), user(['hunter']))).toEqual({ kind: 'view' });
    expect(leadOpening(lead('lead', null, 't-2' as TeamId), user(['hunter']))).toEqual({
      kind: 'view',
    });
    expect(leadOpening(lead('lost', me), user(['hunter']))).toEqual({ kind: 'view' });
    // Handed to a closer: no longer on the hunter's screen.
    expect(leadOpening(lead('meetingScheduled', me), user(['hunter']))).toEqual({ kind: 'view' });
  });

  it("opens a closer's own meeting or proposal and a farmer's own customer on their screens", () => {
    expect(leadOpening(lead('proposalSent', me), user(['closer']))).toEqual({
      kind: 'work',
      area: 'closer',
    });
    expect(leadOpening(lead('meetingScheduled', null), user(['closer']))).toEqual({
      kind: 'view',
    });
    expect(leadOpening(lead('retention', me), user(['farmer']))).toEqual({
      kind: 'work',
      area: 'farmer',
    });
    expect(leadOpening(lead('won', other), user(['farmer']))).toEqual({ kind: 'view' });
  });

  it('gives a supervisor the detail view', () => {
    expect(leadOpening(lead('lead', null), user(['supervisor']))).toEqual({ kind: 'view' });
    expect(leadOpening(lead('won', other), user(['admin']))).toEqual({ kind: 'view' });
  });
});
