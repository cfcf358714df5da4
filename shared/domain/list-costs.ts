// What each lead list cost the organisation (a bought file, an advert's leads), as a supervisor
// enters it: the organisation setting `listCosts`, list name → amount and currency. The sources
// analysis divides it by the list's leads and sales (cost per lead, per sale, return).
import { z } from 'zod';

/** Most lists an organisation may put a cost on. */
export const LIST_COSTS_MAX = 500;
/** Largest cost one list may carry (a typo guard, not a business rule). */
export const LIST_COST_MAX = 1_000_000_000;

export const listCostSchema = z.object({
  amount: z.number().finite().min(0).max(LIST_COST_MAX),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type ListCost = z.infer<typeof listCostSchema>;

export const listCostsSchema = z
  .record(z.string().trim().min(1).max(200), listCostSchema)
  .refine((r) => Object.keys(r).length <= LIST_COSTS_MAX, {
    message: `at most ${LIST_COSTS_MAX} lists`,
  });
export type ListCosts = z.infer<typeof listCostsSchema>;

/** The stored setting as costs: none when nothing is stored or it does not parse. */
export function listCostsFrom(setting: unknown): ListCosts {
  const parsed = listCostsSchema.safeParse(setting);
  return parsed.success ? parsed.data : {};
}

/** `costs` with one list's cost set, or removed when `cost` is null. */
export function withListCost(costs: ListCosts, list: string, cost: ListCost | null): ListCosts {
  const others = Object.entries(costs).filter(([name]) => name !== list);
  return Object.fromEntries(cost ? [...others, [list, cost]] : others);
}
