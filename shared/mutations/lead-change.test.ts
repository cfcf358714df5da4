// Proves activityOf stamps every activity with where its lead stood before it (team, list,
// source, the product on offer, the stage and since when), and leaves it unstamped when the verb
// holds only part of the lead.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, HOME_4_ID, PRO_500_ID } from '../demo/index';
import type { ProductId } from '../domain/ids';
import { activityContext, activityOf } from './lead-change';
import { ACT, DAY, NOW, U, ctxOf, lead } from './testing/world';

const deal = (productId: ProductId) => ({
  productId,
  amount: 1000,
  currency: 'SAR',
  at: NOW - DAY,
});

describe('activityContext', () => {
  it("is the lead's team, list, source, stage and since when", () => {
    const l = lead('a', {
      listName: 'Expo 2026',
      source: 'fair',
      stage: 'meetingScheduled',
      stageChangedAt: NOW - 3 * DAY,
    });
    expect(activityContext(l)).toEqual({
      teamId: GULF_TEAM_ID,
      list: 'Expo 2026',
      source: 'fair',
      stageFrom: 'meetingScheduled',
      stageSince: NOW - 3 * DAY,
    });
  });

  it('names the won deal’s product first, else the proposal’s, else none', () => {
    const both = lead('b', { deal: deal(HOME_4_ID), proposal: deal(PRO_500_ID) });
    expect(activityContext(both)?.productId).toBe(HOME_4_ID);
    const offered = lead('c', { proposal: deal(PRO_500_ID) });
    expect(activityContext(offered)?.productId).toBe(PRO_500_ID);
    expect(activityContext(lead('d'))).not.toHaveProperty('productId');
  });

  it('keeps nulls for a lead without team, list or source', () => {
    const l = lead('e', { teamId: null, listName: null, source: null, stage: 'lead' });
    expect(activityContext(l)).toEqual({
      teamId: null,
      list: null,
      source: null,
      stageFrom: 'lead',
      stageSince: l.stageChangedAt,
    });
  });

  it('is null when the stage or its date is not known (only part of the lead)', () => {
    expect(activityContext({ id: lead('f').id })).toBeNull();
    expect(activityContext({ stage: 'lead' })).toBeNull();
    expect(activityContext({ stageChangedAt: NOW })).toBeNull();
  });
});

describe('activityOf', () => {
  it("logs the actor's activity with the lead's context; the fields given win", () => {
    const l = lead('g', { listName: 'Walk-ins', source: 'inbound', stage: 'qualified' });
    expect(activityOf(ctxOf('khalid'), l, { id: ACT, type: 'note', at: NOW, note: 'hi' })).toEqual({
      id: ACT,
      leadId: l.id,
      agentId: U.khalid,
      type: 'note',
      at: NOW,
      durationSec: null,
      disposition: null,
      note: 'hi',
      context: {
        teamId: GULF_TEAM_ID,
        list: 'Walk-ins',
        source: 'inbound',
        stageFrom: 'qualified',
        stageSince: l.stageChangedAt,
      },
    });
  });

  it('writes no context key at all for a partial lead', () => {
    const a = activityOf(ctxOf('faisal'), { id: lead('h').id }, { id: ACT, type: 'call', at: NOW });
    expect(a).not.toHaveProperty('context');
    expect(a).toMatchObject({ leadId: lead('h').id, agentId: U.faisal, type: 'call' });
  });
});
