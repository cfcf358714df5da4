// Proves putContent stores tidied content, never overwrites or invents ids, refuses rows with errors (warnings pass), and is the supervisors' and administrators' alone.
import { describe, expect, it } from 'vitest';
import { DEMO_OBJECTIONS, HOME_4_ID, RAWAA_HOME_4, RAWAA_PRO_500 } from '../demo/index';
import { contentRowSchema, type ContentRow } from '../domain/content';
import { putContent } from './put-content';
import { outsideReach } from './verb';
import { U, effectsOf, outcome, run, world } from './testing/world';

const EXISTING = contentRowSchema.parse({
  id: DEMO_OBJECTIONS[0]!.id,
  kind: 'objection',
  data: DEMO_OBJECTIONS[0],
});
const PRODUCTS = [RAWAA_PRO_500, RAWAA_HOME_4].map((p) =>
  contentRowSchema.parse({ id: p.id, kind: 'product', data: p }),
);

const card = (id: string, over: Record<string, unknown> = {}): ContentRow =>
  contentRowSchema.parse({
    id,
    kind: 'objection',
    data: {
      id,
      category: 'price',
      title: { en: '  Too dear  ', ar: '   ' },
      objection: { en: 'It is too dear.' },
      responses: { en: [' Compare it with the bottles. ', ''], tr: [] },
      ...over,
    },
  });

const state = () => world({ content: [EXISTING, ...PRODUCTS] });

describe('putContent', () => {
  it('stores a new card tidied: texts trimmed, empty lines and languages dropped', () => {
    const r = run(putContent, state(), 'omar', { row: card('too-dear'), isNew: true });
    const tidy = contentRowSchema.parse({
      id: 'too-dear',
      kind: 'objection',
      data: {
        id: 'too-dear',
        category: 'price',
        title: { en: 'Too dear' },
        objection: { en: 'It is too dear.' },
        responses: { en: ['Compare it with the bottles.'] },
      },
    });
    expect(r).toEqual({ ok: true, result: tidy, effects: { content: { put: [tidy] } } });
    expect(outsideReach(putContent, effectsOf(r).effects, U.omar)).toBeNull();
  });

  it('replaces an existing item only when it is not new, and never changes its kind', () => {
    const s = state();
    expect(outcome(run(putContent, s, 'omar', { row: EXISTING, isNew: true }))).toBe('idTaken');
    expect(outcome(run(putContent, s, 'omar', { row: card('nothing-here'), isNew: false }))).toBe(
      'notFound',
    );
    expect(outcome(run(putContent, s, 'omar', { row: EXISTING, isNew: false }))).toBe('ok');
    const asProduct = contentRowSchema.parse({
      id: EXISTING.id,
      kind: 'product',
      data: { ...RAWAA_HOME_4, id: EXISTING.id, crossSell: [] },
    });
    expect(outcome(run(putContent, s, 'omar', { row: asProduct, isNew: false }))).toBe('invalid');
  });

  it('refuses a row whose id differs from its item’s', () => {
    const row = contentRowSchema.parse({ ...card('a'), id: 'b' });
    expect(outcome(run(putContent, state(), 'omar', { row, isNew: true }))).toBe('invalid');
  });

  it('refuses content with errors and says which; warnings do not block', () => {
    const r = run(putContent, state(), 'omar', {
      row: card('untitled', { title: { en: '  ' } }),
      isNew: true,
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', issues: [{ severity: 'error', code: 'titleRequired' }] },
    });
    const selfSelling = contentRowSchema.parse({
      id: 'new-product',
      kind: 'product',
      data: { ...RAWAA_HOME_4, id: 'new-product', crossSell: ['new-product'] },
    });
    const refused = run(putContent, state(), 'omar', { row: selfSelling, isNew: true });
    expect(refused.ok ? [] : refused.error.issues?.map((i) => i.code)).toContain('crossSellSelf');
    // Few features and a cross-sell of an unknown product are warnings only.
    const sparse = contentRowSchema.parse({
      id: 'sparse',
      kind: 'product',
      data: {
        ...RAWAA_HOME_4,
        id: 'sparse',
        fab: RAWAA_HOME_4.fab.slice(0, 1),
        crossSell: ['nope', HOME_4_ID],
      },
    });
    expect(outcome(run(putContent, state(), 'omar', { row: sparse, isNew: true }))).toBe('ok');
  });

  it('is the supervisors’ and administrators’ alone', () => {
    expect(outcome(run(putContent, state(), 'faisal', { row: card('x'), isNew: true }))).toBe(
      'forbidden',
    );
    expect(outcome(run(putContent, state(), 'sarah', { row: card('x'), isNew: true }))).toBe('ok');
  });
});
