// setCallingRules: the organisation's calling rules (hours per weekday, the weekend, public
// holidays, special periods such as Ramadan hours, per-country overrides). Every desk syncs them;
// the desk and the server both apply them wherever a call is offered or planned.
import { callingRulesSchema } from '../domain/calling-rules';
import { atSchema, defineVerb, ok } from './verb';

export const setCallingRules = defineVerb({
  name: 'setCallingRules',
  args: callingRulesSchema.safeExtend({ at: atSchema }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['callingRules'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    const { weekly, holidays, periods, countries } = args;
    return ok({
      settings: [{ key: 'callingRules', value: { weekly, holidays, periods, countries } }],
    });
  },
});
