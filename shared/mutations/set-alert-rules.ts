// setAlertRules: the organisation's alert rules (issue 17: a rep under a share of their call
// target by a time, a team without bookings, a low show rate, an old do-not-call file), each
// switched on or off with its thresholds. Every supervisor's and administrator's desk syncs it.
import { z } from 'zod';
import { alertRulesSchema } from '../domain/insight/alerts';
import { atSchema, defineVerb, ok } from './verb';

export const setAlertRules = defineVerb({
  name: 'setAlertRules',
  args: z.object({ rules: alertRulesSchema, at: atSchema }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['alertRules'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    return ok({ settings: [{ key: 'alertRules', value: args.rules }] });
  },
});
