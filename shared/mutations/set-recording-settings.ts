// setRecordingSettings: the organisation's call recording (issue 13) — off, on, or on with a
// notice played to the customer at answer; whether agents may pause it; how many days the server
// keeps a recording (null: for ever); whether agents see a supervisor listening in. Set by
// administrators; every desk syncs it (setting key `recording`) and records accordingly.
import { z } from 'zod';
import { recordingSettingsSchema } from '../recordings/protocol';
import { atSchema, defineVerb, ok } from './verb';

export const setRecordingSettings = defineVerb({
  name: 'setRecordingSettings',
  args: z.object({ settings: recordingSettingsSchema, at: atSchema }),
  roles: ['admin'],
  reach: { settings: ['recording'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    return ok({ settings: [{ key: 'recording', value: args.settings }] });
  },
});
