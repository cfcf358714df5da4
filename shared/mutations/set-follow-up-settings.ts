// setFollowUpSettings: the organisation's re-call delay after a first refusal (DOMAIN.md: 3–5
// days). Every desk syncs it; the desk and the server both apply it when a lead refuses.
import { followUpSettingsSchema } from '../domain/follow-up';
import { atSchema, defineVerb, ok } from './verb';

export const setFollowUpSettings = defineVerb({
  name: 'setFollowUpSettings',
  args: followUpSettingsSchema.extend({ at: atSchema }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['followUp'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    return ok({ settings: [{ key: 'followUp', value: { recallDays: args.recallDays } }] });
  },
});
