// setListCost: what the organisation's lead lists cost (a bought file, an advert's leads), list
// name → amount and currency, as a supervisor enters it; the sources analysis turns it into cost
// per lead, per sale and return. Verbs do not read settings, so the desk sends the whole table
// with the one list changed (withListCost); like every setting, the last write wins.
import { listCostsSchema } from '../domain/list-costs';
import { atSchema, defineVerb, ok } from './verb';
import { z } from 'zod';

export const setListCost = defineVerb({
  name: 'setListCost',
  args: z.object({ costs: listCostsSchema, at: atSchema }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['listCosts'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    return ok({ settings: [{ key: 'listCosts', value: args.costs }] });
  },
});
