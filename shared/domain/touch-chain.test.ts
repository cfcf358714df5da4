// Proves the touch chain counts what the lead noticed (talks, voicemails, messages, meetings —
// not unanswered dials or notes), plans the next call and the meeting in time order, fills the
// open places up to the goal, and plans nothing more for a lost or do-not-call lead.
import { describe, expect, it } from 'vitest';
import { activityIdSchema, leadIdSchema, userIdSchema } from './ids';
import type { Activity, Lead } from './lead';
import { touchChain, touchOf } from './touch-chain';

const NOW = Date.UTC(2026, 10, 23, 9);
const HOUR = 3_600_000;
const LEAD = leadIdSchema.parse('lead-1');
const AGENT = userIdSchema.parse('00000000-0000-7000-8000-000000000202');
let n = 0;
const act = (over: Partial<Activity> & Pick<Activity, 'type' | 'at'>): Activity => ({
  id: activityIdSchema.parse(`019ab0c0-0000-7000-8000-${String(++n).padStart(12, '0')}`),
  leadId: LEAD,
  agentId: AGENT,
  durationSec: null,
  disposition: null,
  note: '',
  ...over,
});

type ChainLead = Pick<
  Lead,
  'touches' | 'nextCallAt' | 'nextCallKind' | 'meeting' | 'stage' | 'doNotCall'
>;
const base: ChainLead = {
  touches: 0,
  nextCallAt: null,
  nextCallKind: null,
  meeting: null,
  stage: 'lead',
  doNotCall: false,
};

describe('touchOf', () => {
  it('counts a conversation, a voicemail, a message and a meeting; not a no-answer or a note', () => {
    expect(touchOf(act({ type: 'call', at: 1, disposition: 'callBack' }))?.kind).toBe('call');
    expect(touchOf(act({ type: 'call', at: 1, disposition: 'voicemail' }))?.kind).toBe('call');
    expect(touchOf(act({ type: 'call', at: 1, disposition: 'noAnswer' }))).toBeNull();
    expect(touchOf(act({ type: 'call', at: 1, disposition: 'busy' }))).toBeNull();
    expect(touchOf(act({ type: 'note', at: 1 }))).toBeNull();
    expect(touchOf(act({ type: 'message', at: 1, channel: 'sms' }))).toMatchObject({
      kind: 'message',
      channel: 'sms',
    });
    expect(touchOf(act({ type: 'meeting', at: 1 }))?.kind).toBe('meeting');
  });
});

describe('touchChain', () => {
  it('lists done touches oldest first and plans the rest up to the goal', () => {
    const history = [
      act({ type: 'message', at: NOW - 1 * HOUR, channel: 'whatsapp' }),
      act({ type: 'call', at: NOW - 5 * HOUR, disposition: 'notInterested' }),
      act({ type: 'call', at: NOW - 4 * HOUR, disposition: 'noAnswer' }),
    ];
    const chain = touchChain(
      { ...base, touches: 2, nextCallAt: NOW + 24 * HOUR, nextCallKind: 'followUp' },
      history,
      9,
      NOW,
    );
    expect(chain.count).toBe(2);
    expect(chain.done.map((d) => d.kind)).toEqual(['call', 'message']);
    expect(chain.unseen).toBe(0);
    expect(chain.planned[0]).toEqual({ kind: 'call', at: NOW + 24 * HOUR, reason: 'followUp' });
    // 2 done + 1 call planned + 6 open = the goal of 9.
    expect(chain.planned.filter((p) => p.kind === 'open')).toHaveLength(6);
    expect(chain.reached).toBe(false);
  });

  it('puts the meeting and the next call in time order', () => {
    const meeting = {
      at: NOW + 2 * HOUR,
      closerId: AGENT,
      bookedBy: AGENT,
      bookedAt: NOW - HOUR,
      note: '',
    };
    const chain = touchChain(
      { ...base, touches: 3, meeting, nextCallAt: NOW + 48 * HOUR, nextCallKind: 'callback' },
      [],
      7,
      NOW,
    );
    expect(chain.planned.map((p) => p.kind)).toEqual(['meeting', 'call', 'open', 'open']);
    // The lead counts 3 touches whose rows are not on this desk.
    expect(chain.unseen).toBe(3);
  });

  it('has no open places once the goal is reached, and plans nothing for a lost lead', () => {
    expect(touchChain({ ...base, touches: 12 }, [], 12, NOW)).toMatchObject({
      reached: true,
      planned: [],
    });
    expect(
      touchChain({ ...base, touches: 2, stage: 'lost', nextCallAt: NOW + HOUR }, [], 7, NOW)
        .planned,
    ).toEqual([]);
    expect(touchChain({ ...base, touches: 2, doNotCall: true }, [], 7, NOW).planned).toEqual([]);
  });
});
