// The organisation's pipeline-insight setting (setPipelineInsight): after how many days in a
// stage a deal counts as stalled, and the forecast's manual win probabilities per stage.
import { z } from 'zod';

/** The open stages a deal can stall in and the forecast weighs. */
export const PIPELINE_STAGES = ['qualified', 'meetingScheduled', 'proposalSent'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const STALL_DAYS_MAX = 365;
export const MEETING_OVERDUE_DAYS_MAX = 30;

const stallDays = z.number().int().min(1).max(STALL_DAYS_MAX);
/** A manual win probability (0–1), or null to use the one learned from history. */
const probability = z.number().min(0).max(1).nullable();

export const pipelineInsightSchema = z.object({
  /** Days in the stage after which an open deal is stalled. */
  stallDays: z.object({
    qualified: stallDays,
    meetingScheduled: stallDays,
    proposalSent: stallDays,
  }),
  /** Days after a meeting's date with no outcome recorded before it counts as stalled (0: at once). */
  meetingOverdueDays: z.number().int().min(0).max(MEETING_OVERDUE_DAYS_MAX),
  /** Manual win probabilities per stage; null: learned from the organisation's history. */
  probabilities: z.object({
    qualified: probability,
    meetingScheduled: probability,
    proposalSent: probability,
  }),
});
export type PipelineInsight = z.infer<typeof pipelineInsightSchema>;

/** Until a supervisor sets them: a week to move a qualified lead or a booked meeting on, two weeks for a proposal. */
export const DEFAULT_PIPELINE_INSIGHT: PipelineInsight = {
  stallDays: { qualified: 7, meetingScheduled: 7, proposalSent: 14 },
  meetingOverdueDays: 1,
  probabilities: { qualified: null, meetingScheduled: null, proposalSent: null },
};

/** The stored setting, or the defaults when none is stored or it does not parse. */
export function pipelineInsightFrom(value: unknown): PipelineInsight {
  const parsed = pipelineInsightSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_PIPELINE_INSIGHT;
}

export function isPipelineStage(stage: string): stage is PipelineStage {
  return (PIPELINE_STAGES as readonly string[]).includes(stage);
}
