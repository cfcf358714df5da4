// setScorecard: the organisation's call scorecard (issue 13): the script's phases, BANT asked,
// objection handled, recap with deadline, and the supervisors' own criteria, each with its
// maximum score and weight. Supervisors score recorded calls with it; every supervisor's and
// administrator's desk syncs it.
import { z } from 'zod';
import { scorecardSchema } from '../recordings/protocol';
import { atSchema, defineVerb, ok } from './verb';

/** A scorecard whose criteria have distinct ids and custom ones a label. */
export const scorecardSettingSchema = scorecardSchema.superRefine((card, ctx) => {
  const seen = new Set<string>();
  card.criteria.forEach((c, i) => {
    if (seen.has(c.id))
      ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: 'duplicate id' });
    seen.add(c.id);
    if (c.kind === 'custom' && !c.label?.trim())
      ctx.addIssue({ code: 'custom', path: ['criteria', i, 'label'], message: 'label required' });
  });
});

export const setScorecard = defineVerb({
  name: 'setScorecard',
  args: z.object({ scorecard: scorecardSettingSchema, at: atSchema }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['scorecard'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    return ok({ settings: [{ key: 'scorecard', value: args.scorecard }] });
  },
});
