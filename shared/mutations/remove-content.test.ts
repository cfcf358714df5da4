// Proves removeContent deletes an item, but never a product a script sells or another product cross-sells, and is the supervisors' and administrators' alone.
import { describe, expect, it } from 'vitest';
import { DEMO_OBJECTIONS, HUNTER_SCRIPT, RAWAA_HOME_4, RAWAA_PRO_500 } from '../demo/index';
import { contentRowSchema } from '../domain/content';
import { removeContent } from './remove-content';
import { outsideReach } from './verb';
import { U, effectsOf, outcome, run, world } from './testing/world';

const OBJECTION = contentRowSchema.parse({
  id: DEMO_OBJECTIONS[0]!.id,
  kind: 'objection',
  data: DEMO_OBJECTIONS[0],
});
const SCRIPT = contentRowSchema.parse({
  id: HUNTER_SCRIPT.id,
  kind: 'script',
  data: HUNTER_SCRIPT,
});
const PRO = contentRowSchema.parse({ id: RAWAA_PRO_500.id, kind: 'product', data: RAWAA_PRO_500 });
const HOME = contentRowSchema.parse({ id: RAWAA_HOME_4.id, kind: 'product', data: RAWAA_HOME_4 });
const LONELY = contentRowSchema.parse({
  id: 'lonely',
  kind: 'product',
  data: { ...RAWAA_HOME_4, id: 'lonely', crossSell: [] },
});

const state = () => world({ content: [OBJECTION, SCRIPT, PRO, HOME, LONELY] });

describe('removeContent', () => {
  it('removes an item and returns what it was', () => {
    const r = run(removeContent, state(), 'omar', { id: OBJECTION.id });
    expect(r).toEqual({
      ok: true,
      result: OBJECTION,
      effects: { content: { remove: [OBJECTION.id] } },
    });
    expect(outsideReach(removeContent, effectsOf(r).effects, U.omar)).toBeNull();
    expect(effectsOf(run(removeContent, state(), 'omar', { id: 'lonely' })).effects).toEqual({
      content: { remove: ['lonely'] },
    });
  });

  it('keeps a product while a script sells it or another product cross-sells it', () => {
    expect(outcome(run(removeContent, state(), 'omar', { id: PRO.id }))).toBe('productInUse');
    expect(outcome(run(removeContent, state(), 'omar', { id: HOME.id }))).toBe('productInUse');
    // Once nothing names it, it can go.
    const alone = world({ content: [PRO] });
    expect(outcome(run(removeContent, alone, 'omar', { id: PRO.id }))).toBe('ok');
  });

  it('refuses an unknown id and agents', () => {
    expect(outcome(run(removeContent, state(), 'omar', { id: 'nothing' }))).toBe('notFound');
    expect(outcome(run(removeContent, state(), 'khalid', { id: OBJECTION.id }))).toBe('forbidden');
  });
});
