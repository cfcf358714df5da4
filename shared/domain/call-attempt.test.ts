import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dispositionFitsCall,
  dispositionOfUnanswered,
  IDLE,
  phoneCallSchema,
  runCall,
  stepCall,
  type CallEvent,
  type CallState,
} from './call-attempt';

const start = (at = 1000): CallEvent => ({ type: 'start', at, direction: 'outbound' });
const ended = (
  at: number,
  originator: 'local' | 'remote' | 'system',
  sipStatus: number | null = null,
): CallEvent => ({ type: 'ended', at, originator, sipStatus });

describe('runCall', () => {
  it('an answered call: ring time to the answer, talk time to the hang-up, who hung up', () => {
    const r = runCall([
      start(1000),
      { type: 'ringing', at: 1200 },
      { type: 'answered', at: 4200 },
      ended(64_200, 'remote'),
    ]);
    expect(r).toMatchObject({
      result: 'answered',
      sipStatus: 200,
      ringMs: 3000,
      talkMs: 60_000,
      hangupBy: 'customer',
      startedAt: 1000,
      answeredAt: 4200,
      endedAt: 64_200,
    });
  });

  it('the agent hanging up an answered call', () => {
    const r = runCall([
      start(),
      { type: 'answered', at: 2000 },
      { type: 'hangup', at: 5000 },
      ended(5050, 'local'),
    ]);
    expect(r).toMatchObject({ result: 'answered', hangupBy: 'agent', talkMs: 3050 });
  });

  it.each([
    [486, 'busy'],
    [600, 'busy'],
    [603, 'rejected'],
    [404, 'failed'],
    [503, 'failed'],
    [null, 'failed'],
  ] as const)('a final %s before answer is %s', (status, result) => {
    const r = runCall([start(), { type: 'ringing', at: 1100 }, ended(3000, 'remote', status)]);
    expect(r).toMatchObject({ result, sipStatus: status, talkMs: 0, ringMs: 1900 });
  });

  it('480 or 408 after ringing is no answer; before any ring it is a failure', () => {
    expect(
      runCall([start(), { type: 'ringing', at: 1100 }, ended(31_000, 'remote', 480)]),
    ).toMatchObject({ result: 'noAnswer' });
    expect(runCall([start(), ended(31_000, 'system', 408)])).toMatchObject({ result: 'failed' });
  });

  it('the agent cancelling while it rings is cancelled; the ring timeout is no answer', () => {
    expect(
      runCall([
        start(),
        { type: 'ringing', at: 1100 },
        { type: 'hangup', at: 3000 },
        ended(3010, 'local', 487),
      ]),
    ).toMatchObject({ result: 'cancelled', hangupBy: 'agent' });
    expect(
      runCall([
        start(),
        { type: 'ringing', at: 1100 },
        { type: 'ringTimeout', at: 31_000 },
        ended(31_010, 'local', 487),
      ]),
    ).toMatchObject({ result: 'noAnswer', hangupBy: 'system', ringMs: 29_910 });
  });

  it('an inbound call rings from its start', () => {
    const r = runCall([
      { type: 'start', at: 1000, direction: 'inbound' },
      { type: 'answered', at: 5000 },
      ended(9000, 'remote'),
    ]);
    expect(r).toMatchObject({ direction: 'inbound', ringMs: 4000, talkMs: 4000 });
  });

  it('a caller hanging up while it rings on the desk is a call they cancelled; a PBX failure is not', () => {
    const inbound = { type: 'start', at: 1000, direction: 'inbound' } as const;
    expect(runCall([inbound, ended(7000, 'remote')])).toMatchObject({
      direction: 'inbound',
      result: 'cancelled',
      hangupBy: 'customer',
      ringMs: 6000,
    });
    expect(runCall([inbound, ended(7000, 'remote', 487)])).toMatchObject({ result: 'cancelled' });
    expect(runCall([inbound, ended(7000, 'system')])).toMatchObject({ result: 'failed' });
    // An outbound call the far end ends without a status before any ring stays a failure.
    expect(runCall([start(), ended(7000, 'remote')])).toMatchObject({ result: 'failed' });
  });

  it('nothing is recorded before the call ends, and events before the start are ignored', () => {
    expect(runCall([{ type: 'answered', at: 5 }, start(), { type: 'ringing', at: 2000 }])).toBe(
      null,
    );
  });
});

describe('stepCall', () => {
  it('closes the attempt once: later events change nothing', () => {
    let s: CallState = IDLE;
    const records = [];
    for (const e of [
      start(),
      { type: 'answered', at: 2000 } as const,
      ended(3000, 'remote'),
      ended(4000, 'local'),
      { type: 'answered', at: 5000 } as const,
    ]) {
      const step = stepCall(s, e);
      s = step.state;
      if (step.record) records.push(step.record);
    }
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ talkMs: 1000, hangupBy: 'customer' });
  });
});

const event = (t0: number): fc.Arbitrary<CallEvent> =>
  fc.oneof(
    fc.integer({ min: 0, max: 120_000 }).map((d) => ({ type: 'ringing', at: t0 + d }) as const),
    fc.integer({ min: 0, max: 120_000 }).map((d) => ({ type: 'answered', at: t0 + d }) as const),
    fc.integer({ min: 0, max: 120_000 }).map((d) => ({ type: 'hangup', at: t0 + d }) as const),
    fc.integer({ min: 0, max: 120_000 }).map((d) => ({ type: 'ringTimeout', at: t0 + d }) as const),
    fc
      .record({
        d: fc.integer({ min: -5_000, max: 120_000 }),
        originator: fc.constantFrom('local', 'remote', 'system'),
        sipStatus: fc.constantFrom(null, 200, 404, 408, 480, 486, 487, 500, 503, 600, 603),
      })
      .map(({ d, originator, sipStatus }) => ({
        type: 'ended' as const,
        at: t0 + d,
        originator,
        sipStatus,
      })),
  );

describe('properties', () => {
  const t0 = 1_780_000_000_000;
  it('whatever order the events come in, an attempt that ends yields exactly one valid record', () => {
    fc.assert(
      fc.property(
        fc.array(event(t0), { maxLength: 12 }),
        fc.array(event(t0), { maxLength: 12 }),
        fc.integer({ min: 0, max: 5_000 }),
        (before, after, endOffset) => {
          const events: CallEvent[] = [
            ...before,
            { type: 'start', at: t0, direction: 'outbound' },
            ...after,
            ended(t0 + 130_000 + endOffset, 'system'),
          ];
          let s: CallState = IDLE;
          let count = 0;
          for (const e of events) {
            const step = stepCall(s, e);
            s = step.state;
            if (step.record) {
              count++;
              expect(phoneCallSchema.safeParse(step.record).success).toBe(true);
              expect(step.record.endedAt).toBeGreaterThanOrEqual(step.record.startedAt);
              // Talk time only for answered calls; ring plus talk never exceeds the attempt.
              if (step.record.result !== 'answered') expect(step.record.talkMs).toBe(0);
              expect(step.record.ringMs + step.record.talkMs).toBeLessThanOrEqual(
                step.record.endedAt - step.record.startedAt,
              );
            }
          }
          expect(count).toBe(1);
        },
      ),
    );
  });

  it('an answered attempt is never recorded as unanswered, and an unanswered one never as answered', () => {
    fc.assert(
      fc.property(fc.array(event(t0), { maxLength: 15 }), (after) => {
        const events: CallEvent[] = [start(t0), ...after, ended(t0 + 200_000, 'remote')];
        const r = runCall(events);
        const firstEnd = events.findIndex((e) => e.type === 'ended');
        const answeredBefore = events.slice(0, firstEnd).some((e) => e.type === 'answered');
        expect(r?.result === 'answered').toBe(answeredBefore);
      }),
    );
  });
});

describe('dispositions and the line', () => {
  const call = (result: 'answered' | 'noAnswer' | 'busy' | 'cancelled' | 'failed', ringMs = 0) =>
    phoneCallSchema.parse({
      direction: 'outbound',
      result,
      sipStatus: null,
      ringMs,
      talkMs: 0,
      hangupBy: 'agent',
    });

  it('an unanswered call cannot be a meeting or a sale', () => {
    expect(dispositionFitsCall('meetingBooked', call('noAnswer'))).toBe(false);
    expect(dispositionFitsCall('sale', call('busy'))).toBe(false);
    expect(dispositionFitsCall('busy', call('busy'))).toBe(true);
    expect(dispositionFitsCall('sale', call('answered'))).toBe(true);
  });

  it('unanswered attempts move the lead like the matching key; failures and quick cancels do not', () => {
    expect(dispositionOfUnanswered(call('noAnswer'))).toBe('noAnswer');
    expect(dispositionOfUnanswered(call('busy'))).toBe('busy');
    expect(dispositionOfUnanswered(call('failed'))).toBe(null);
    expect(dispositionOfUnanswered(call('cancelled', 1000))).toBe(null);
    expect(dispositionOfUnanswered(call('cancelled', 12_000))).toBe('noAnswer');
    expect(dispositionOfUnanswered({ ...call('noAnswer'), direction: 'inbound' })).toBe(null);
  });
});
