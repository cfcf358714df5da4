import { describe, expect, it } from 'vitest';
import { LIST_COSTS_MAX, listCostsFrom, listCostsSchema, withListCost } from './list-costs';

describe('list costs', () => {
  it('reads the stored setting, and nothing from a missing or broken one', () => {
    const costs = { 'Riyadh flyer A': { amount: 1000, currency: 'SAR' } };
    expect(listCostsFrom(costs)).toEqual(costs);
    expect(listCostsFrom(undefined)).toEqual({});
    expect(listCostsFrom({ x: { amount: -1, currency: 'SAR' } })).toEqual({});
    expect(listCostsFrom({ x: { amount: 1, currency: 'sar' } })).toEqual({});
  });

  it('sets and removes one list without touching the others', () => {
    const a = withListCost({}, 'A', { amount: 10, currency: 'SAR' });
    const ab = withListCost(a, 'B', { amount: 5.5, currency: 'USD' });
    expect(ab).toEqual({ A: { amount: 10, currency: 'SAR' }, B: { amount: 5.5, currency: 'USD' } });
    expect(withListCost(ab, 'A', null)).toEqual({ B: { amount: 5.5, currency: 'USD' } });
    expect(a).toEqual({ A: { amount: 10, currency: 'SAR' } });
  });

  it(`holds at most ${LIST_COSTS_MAX} lists`, () => {
    const many = Object.fromEntries(
      Array.from({ length: LIST_COSTS_MAX + 1 }, (_, i) => [
        `L${i}`,
        { amount: 1, currency: 'SAR' },
      ]),
    );
    expect(listCostsSchema.safeParse(many).success).toBe(false);
    delete many.L0;
    expect(listCostsSchema.safeParse(many).success).toBe(true);
  });
});
