// setPipelineInsight: the organisation's stalled-deal thresholds (days per stage, and days after a
// meeting's date without outcome) and the forecast's manual win probabilities per stage. Every
// desk syncs it; the supervisor's insight screens read it.
import { pipelineInsightSchema } from '../domain/insight/pipeline-settings';
import { atSchema, defineVerb, ok } from './verb';

export const setPipelineInsight = defineVerb({
  name: 'setPipelineInsight',
  args: pipelineInsightSchema.extend({ at: atSchema }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['pipelineInsight'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    const { stallDays, meetingOverdueDays, probabilities } = args;
    return ok({
      settings: [
        { key: 'pipelineInsight', value: { stallDays, meetingOverdueDays, probabilities } },
      ],
    });
  },
});
