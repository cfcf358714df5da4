// recordMeetingOutcome: the closer says what became of a booked meeting — held, nobody came
// (no-show), or moved to a new time. Held and no-show are recorded once per meeting time and give
// the hunter who booked it their show rate (DOMAIN.md: a hunter is judged by bookings the closer
// actually holds); a reschedule moves the meeting and makes it pending again.
import { z } from 'zod';
import { leadIdSchema } from '../domain/ids';
import { MEETING_OUTCOMES } from '../domain/lead';
import { activityOf, leadChange, leadOf } from './lead-change';
import { atSchema, defineVerb, epochMsSchema, fail, newActivityIdSchema, ok } from './verb';

/** How early before its time a meeting may be recorded as held or missed (a guest who came early). */
export const MEETING_OUTCOME_EARLY_MS = 60 * 60_000;

export const recordMeetingOutcome = defineVerb({
  name: 'recordMeetingOutcome',
  args: z.object({
    id: newActivityIdSchema,
    leadId: leadIdSchema,
    outcome: z.enum(MEETING_OUTCOMES),
    /** The new time, for a rescheduled meeting. */
    meetingAt: epochMsSchema.optional(),
    note: z.string().max(4000).default(''),
    at: atSchema,
  }),
  roles: ['closer'],
  reach: {
    leads: { fields: ['meeting', 'updatedAt'] },
    activities: ['meeting'],
  },
  reads: (args) => ({ leads: [args.leadId] }),
  apply(state, args, ctx) {
    const lead = leadOf(state, args.leadId);
    if (typeof lead === 'string') return fail(lead);
    const meeting = lead.meeting;
    if (lead.stage !== 'meetingScheduled' || !meeting) return fail('notAllowedInStage');
    let next;
    if (args.outcome === 'rescheduled') {
      if (args.meetingAt === undefined) return fail('meetingMissing');
      if (args.meetingAt <= args.at) return fail('meetingInPast');
      // A new time: pending again, whatever the old one came to.
      const { outcome: _o, outcomeAt: _a, ...rest } = meeting;
      next = { ...rest, at: args.meetingAt };
    } else {
      if (meeting.outcome) return fail('meetingOutcomeRecorded');
      if (args.at < meeting.at - MEETING_OUTCOME_EARLY_MS) return fail('meetingNotDue');
      next = { ...meeting, outcome: args.outcome, outcomeAt: args.at };
    }
    return ok({
      leads: [leadChange(lead, { meeting: next, updatedAt: args.at })],
      activities: [
        activityOf(ctx, lead, {
          id: args.id,
          type: 'meeting',
          at: args.at,
          disposition: args.outcome,
          note: args.note.trim(),
          bookedBy: meeting.bookedBy,
        }),
      ],
    });
  },
});
