// Proves setTouchSettings stores the organisation's touch goal (7 to 12 only) and WhatsApp mode,
// and that only supervisors and administrators may set them.
import { describe, expect, it } from 'vitest';
import { setTouchSettings } from './set-touch-settings';
import { outsideReach } from './verb';
import { U, effectsOf, outcome, run, world } from './testing/world';

describe('setTouchSettings', () => {
  it('sets the touchChain setting', () => {
    const r = run(setTouchSettings, world(), 'omar', { goal: 10, whatsApp: 'app' });
    expect(effectsOf(r).effects).toEqual({
      settings: [{ key: 'touchChain', value: { goal: 10, whatsApp: 'app' } }],
    });
    expect(outsideReach(setTouchSettings, effectsOf(r).effects, U.omar)).toBeNull();
  });

  it('takes a goal from 7 to 12 and nothing else', () => {
    for (const goal of [7, 12])
      expect(setTouchSettings.args.safeParse({ goal, whatsApp: 'web', at: 1 }).success).toBe(true);
    for (const goal of [6, 13, 9.5, -7])
      expect(setTouchSettings.args.safeParse({ goal, whatsApp: 'web', at: 1 }).success).toBe(false);
    expect(setTouchSettings.args.safeParse({ goal: 9, whatsApp: 'telegram', at: 1 }).success).toBe(
      false,
    );
  });

  it('is for supervisors and administrators', () => {
    expect(outcome(run(setTouchSettings, world(), 'faisal', { goal: 9, whatsApp: 'web' }))).toBe(
      'forbidden',
    );
    expect(outcome(run(setTouchSettings, world(), 'sarah', { goal: 9, whatsApp: 'web' }))).toBe(
      'ok',
    );
  });
});
