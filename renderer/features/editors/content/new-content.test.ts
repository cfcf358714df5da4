import { describe, expect, it } from 'vitest';
import { HUNTER_SCRIPT } from '../../../../shared/demo/scripts';
import { DEMO_OBJECTIONS } from '../../../../shared/demo/objections';
import { checkScript } from '../../../../shared/domain/editing';
import { duplicateContent, newContent } from './new-content';

describe('new and duplicated content', () => {
  it('gives a copy its own id that sorts right after the original, and marks its name', () => {
    const copy = duplicateContent({ id: HUNTER_SCRIPT.id, kind: 'script', data: HUNTER_SCRIPT });
    expect(copy.id).not.toBe(HUNTER_SCRIPT.id);
    expect(copy.id.startsWith(`${HUNTER_SCRIPT.id}-copy-`)).toBe(true);
    expect(copy.id > HUNTER_SCRIPT.id).toBe(true);
    expect(copy.data.id).toBe(copy.id);
    expect(copy.kind === 'script' && copy.data.name.en).toBe(`${HUNTER_SCRIPT.name.en} (2)`);
    // A deep copy: editing it never touches the original.
    if (copy.kind === 'script') copy.data.steps[0]!.lines.en = ['changed'];
    expect(HUNTER_SCRIPT.steps[0]!.lines.en).not.toEqual(['changed']);
    const card = duplicateContent({
      id: DEMO_OBJECTIONS[0]!.id,
      kind: 'objection',
      data: DEMO_OBJECTIONS[0]!,
    });
    expect(card.kind === 'objection' && card.data.title.tr).toBe(
      `${DEMO_OBJECTIONS[0]!.title.tr} (2)`,
    );
  });

  it('starts a script with one greeting step and asks for a name before saving', () => {
    const row = newContent('script', { role: 'farmer', productId: null, currency: 'SAR' });
    expect(row.id).toMatch(/^script-[0-9a-f]{12}$/);
    expect(row.kind === 'script' && row.data.role).toBe('farmer');
    const issues = row.kind === 'script' ? checkScript(row.data) : [];
    expect(issues.map((i) => i.code)).toEqual(['nameRequired', 'stepLinesMissing']);
    expect(
      newContent('product', { role: 'hunter', productId: null, currency: 'TRY' }),
    ).toMatchObject({
      kind: 'product',
      data: { currency: 'TRY', fab: [], price: 0 },
    });
  });
});
