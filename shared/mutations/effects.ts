// What a mutation changes, as rows: the lead fields it sets (last write wins per field, in server
// arrival order), the conditions it relied on, and the rows it adds or replaces. A verb's `apply`
// yields effects; the desk writes them with the outbox entry, the server writes its own.
import { z } from 'zod';
import { activitySchema, leadSchema, type Lead, type LeadField } from '../domain/lead';
import { contentRowSchema, teamSchema, userSchema } from '../domain/content';
import {
  dncEntrySchema,
  nationalDncFileSchema,
  repTargetsSchema,
  salesTargetSchema,
} from '../domain/targets';
import { e164Schema } from '../domain/lead';
import { touchSettingsSchema } from '../domain/messages';
import { followUpSettingsSchema } from '../domain/follow-up';
import { alertRulesSchema } from '../domain/insight/alerts';
import { pipelineInsightSchema } from '../domain/insight/pipeline-settings';
import { listCostsSchema } from '../domain/list-costs';
import { callingRulesSchema } from '../domain/calling-rules';
import { recordingSettingsSchema } from '../recordings/protocol';

/** Fields a mutation may change; `id` and `organisationId` never change. */
export const leadPatchSchema = leadSchema.omit({ id: true, organisationId: true }).partial();
export type LeadPatch = z.infer<typeof leadPatchSchema>;

/** Organisation-wide settings a mutation may set, by key. */
export const settingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('alertRules'), value: alertRulesSchema }),
  z.object({ key: z.literal('dncNationalFile'), value: nationalDncFileSchema }),
  z.object({ key: z.literal('pipelineInsight'), value: pipelineInsightSchema }),
  z.object({ key: z.literal('touchChain'), value: touchSettingsSchema }),
  z.object({ key: z.literal('listCosts'), value: listCostsSchema }),
  z.object({ key: z.literal('followUp'), value: followUpSettingsSchema }),
  z.object({ key: z.literal('callingRules'), value: callingRulesSchema }),
  z.object({ key: z.literal('recording'), value: recordingSettingsSchema }),
]);
export type Setting = z.infer<typeof settingSchema>;
export type SettingKey = Setting['key'];

/** Most leads one mutation may touch (a do-not-call chunk can flag this many). */
export const MAX_LEADS_PER_MUTATION = 10_000;

/** One lead touched by a mutation. */
export const leadEffectSchema = z.object({
  id: leadSchema.shape.id,
  /** A brand-new lead (import): the whole row. */
  create: leadSchema.optional(),
  /** Fields changed, applied last-write-wins per field in server arrival order. */
  patch: leadPatchSchema.optional(),
  /**
   * What the desk relied on when it moved the stage or the owner: the server refuses the
   * mutation (stageChanged / ownerChanged) when its lead differs.
   */
  expect: z
    .object({
      stage: leadSchema.shape.stage.optional(),
      ownerId: leadSchema.shape.ownerId.optional(),
    })
    .optional(),
});
export type LeadEffect = z.infer<typeof leadEffectSchema>;

export const effectsSchema = z.object({
  leads: z.array(leadEffectSchema).max(MAX_LEADS_PER_MUTATION).optional(),
  activities: z.array(activitySchema).max(1000).optional(),
  dnc: z
    .object({
      put: z.array(dncEntrySchema).max(10_000).optional(),
      remove: z.array(e164Schema).max(10_000).optional(),
    })
    .optional(),
  content: z
    .object({
      put: z.array(contentRowSchema).max(100).optional(),
      remove: z.array(z.string().min(1).max(100)).max(100).optional(),
    })
    .optional(),
  targets: z.array(repTargetsSchema).max(500).optional(),
  salesTargets: z.array(salesTargetSchema).max(100).optional(),
  users: z.array(userSchema).max(100).optional(),
  teams: z.array(teamSchema).max(100).optional(),
  settings: z.array(settingSchema).max(10).optional(),
});
export type Effects = z.infer<typeof effectsSchema>;

/** The tables effects can write, for reach checks and messages. */
export const EFFECT_TABLES = [
  'leads',
  'activities',
  'dnc',
  'content',
  'targets',
  'salesTargets',
  'users',
  'teams',
  'settings',
] as const satisfies readonly (keyof Effects)[];
export type EffectTable = (typeof EFFECT_TABLES)[number];

/** Whether the effects write anything to `table`. */
export function touches(effects: Effects, table: EffectTable): boolean {
  const v = effects[table];
  if (v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  return Object.values(v).some((list) => Array.isArray(list) && list.length > 0);
}

/** The lead after a patch (or the created lead). */
export function patchedLead(before: Lead | undefined, effect: LeadEffect): Lead | undefined {
  if (effect.create) return { ...effect.create, ...(effect.patch ?? {}) };
  if (!before) return undefined;
  return effect.patch ? { ...before, ...effect.patch } : before;
}

/** The patch's fields, in a stable order. */
export function patchFields(patch: LeadPatch | undefined): LeadField[] {
  return patch ? (Object.keys(patch) as LeadField[]) : [];
}
