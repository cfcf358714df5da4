// What a verb is: its arguments (a zod schema), who may run it, what it reads, and a pure `apply`
// that turns the rows it read and its arguments into effects. `execute` is how the desk and the
// sync server both run one: role check, apply, scope check, and a check that the verb stayed
// within the reach it declares (the fields, rows and tables it may ever change).
import { z } from 'zod';
import type { CallingRules } from '../domain/calling-rules';
import type { OrganisationProfile, UserRole } from '../domain/content';
import type { EditIssue, UserIssue } from '../domain/editing';
import type { FollowUpPolicy } from '../domain/follow-up';
import type { OrganisationId, TeamId, UserId } from '../domain/ids';
import { activityIdSchema, uuidv7 } from '../domain/ids';
import type { ActivityType, LeadField, LeadStage } from '../domain/lead';
import { leadInScope } from '../domain/scope';
import { patchFields, type Effects, type SettingKey } from './effects';
import type { MutationState, Reads } from './state';

/** Who runs a verb. */
export type Actor = {
  id: UserId;
  organisationId: OrganisationId;
  roles: readonly UserRole[];
  teamId: TeamId | null;
};

export type VerbContext = {
  actor: Actor;
  organisation: OrganisationProfile;
  policy?: FollowUpPolicy;
  /** The organisation's calling rules (the `callingRules` setting); its calling window when unset. */
  callingRules?: CallingRules | null;
};

/** Why a verb refused, as a code the desk translates (`errors.<code>`). */
export const VERB_ERRORS = [
  // who and where
  'forbidden',
  'outOfScope',
  'leadNotFound',
  'notFound',
  'stageChanged',
  'ownerChanged',
  'invalidArgs',
  // the pipeline
  'notAllowedInStage',
  'dispositionNotAllowed',
  'callbackTimeMissing',
  'callbackInPast',
  'meetingMissing',
  'meetingInPast',
  'meetingNotDue',
  'meetingOutcomeRecorded',
  'closerInvalid',
  'farmerInvalid',
  'dealMissing',
  'dealAmountInvalid',
  'lostReasonMissing',
  // the phone
  'callNotAnswered',
  'callAnswered',
  // contact edits and notes
  'nameRequired',
  'phoneInvalid',
  'emailInvalid',
  'timezoneInvalid',
  'noteEmpty',
  // messages
  'doNotContact',
  // editors
  'invalid',
  'idTaken',
  'productInUse',
  // do-not-call
  'alreadyListed',
  'notListed',
  'noteTooLong',
  'fileDateInFuture',
  // assignment and import
  'nothingSelected',
  'targetUnknown',
  'ownerInvalid',
] as const;
export type VerbErrorCode = (typeof VERB_ERRORS)[number];

export type VerbError = {
  code: VerbErrorCode;
  /** English explanation for logs and support. */
  detail?: string;
  /** What is wrong with edited content (errors block saving). */
  issues?: EditIssue[];
  /** What is wrong with a person, team or target record. */
  userIssues?: UserIssue[];
};

export type VerbResult<R = undefined> =
  { ok: true; effects: Effects; result: R } | { ok: false; error: VerbError };

/** What a verb may ever change: anything else in its effects is refused. */
export type Reach = {
  leads?: {
    fields: readonly LeadField[];
    /** The stages it may move a lead to (when `stage` is one of its fields). */
    stages?: readonly LeadStage[];
    /** Whom it may make a lead's owner: only the actor (taking a lead from the queue), or anyone. */
    owner?: 'actor' | 'anyone';
    /** It creates leads (import). */
    create?: boolean;
    /** It may touch leads outside the actor's scope (do-not-call flags every lead on a number). */
    beyondScope?: boolean;
  };
  activities?: readonly ActivityType[];
  dnc?: boolean;
  content?: boolean;
  targets?: boolean;
  salesTargets?: boolean;
  users?: boolean;
  teams?: boolean;
  settings?: readonly SettingKey[];
};

/**
 * One verb. Methods (not arrow properties) so that verbs with different argument types fit one
 * registry type.
 */
export type Verb<A = unknown, R = unknown, I = unknown> = {
  readonly name: string;
  readonly args: z.ZodType<A, I>;
  /** Any one of these roles may run it; `apply` may refuse further (team, scope, record). */
  readonly roles: readonly UserRole[];
  readonly reach: Reach;
  /** The server writes an audit row per mutation (agents' calls are audited by their activities). */
  readonly audited: boolean;
  reads(args: A): Reads;
  apply(state: MutationState, args: A, ctx: VerbContext): VerbResult<R>;
};

/** Declares a verb; the argument types follow from the schema. */
export function defineVerb<S extends z.ZodType, R = undefined>(verb: {
  name: string;
  args: S;
  roles: readonly UserRole[];
  reach: Reach;
  audited?: boolean;
  reads(args: z.output<S>): Reads;
  apply(state: MutationState, args: z.output<S>, ctx: VerbContext): VerbResult<R>;
}): Verb<z.output<S>, R, z.input<S>> {
  return { audited: false, ...verb } as Verb<z.output<S>, R, z.input<S>>;
}

export const epochMsSchema = z.number().int().min(0).max(8.64e15);
/** When the desk ran it (the desk's clock: it dates the rows, it never orders writes). */
export const atSchema = epochMsSchema;
/** The id of the first row an action appends; further ones follow from it (uuidv7At). */
export const newActivityIdSchema = activityIdSchema.default(() => activityIdSchema.parse(uuidv7()));

export function ok<R>(effects: Effects, result: R): VerbResult<R>;
export function ok(effects: Effects): VerbResult<undefined>;
export function ok<R>(effects: Effects, result?: R): VerbResult<R | undefined> {
  return { ok: true, effects, result };
}

export function fail(code: VerbErrorCode, detail?: string): { ok: false; error: VerbError } {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}

export function mayRun(verb: Pick<Verb, 'roles'>, actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((r) => verb.roles.includes(r));
}

/**
 * Runs a verb: who may, what it yields, and whether that stays in the actor's scope and the
 * verb's reach. The desk and the server both call this; neither writes anything here.
 */
export function execute<A, R>(
  verb: Verb<A, R>,
  state: MutationState,
  args: A,
  ctx: VerbContext,
): VerbResult<R> {
  if (!mayRun(verb, ctx.actor))
    return fail('forbidden', `${verb.name} needs one of the roles ${verb.roles.join(', ')}.`);
  const actor = { userId: ctx.actor.id, teamId: ctx.actor.teamId, roles: ctx.actor.roles };
  // A lead the actor cannot see is out of scope before the verb looks at it: its own checks
  // (the stage, …) must not tell the actor anything about it.
  if (!verb.reach.leads?.beyondScope) {
    for (const id of verb.reads(args).leads ?? []) {
      const lead = state.lead(id);
      if (lead && !leadInScope(actor, lead.ownerId, lead.teamId))
        return fail('outOfScope', `Lead ${id} is not in ${ctx.actor.id}'s scope.`);
    }
  }
  const r = verb.apply(state, args, ctx);
  if (!r.ok) return r;
  if (!verb.reach.leads?.beyondScope) {
    for (const e of r.effects.leads ?? []) {
      const before = state.lead(e.id);
      const where = before ?? e.create;
      if (where && !leadInScope(actor, where.ownerId, where.teamId))
        return fail('outOfScope', `Lead ${e.id} is not in ${ctx.actor.id}'s scope.`);
    }
  }
  const outside = outsideReach(verb, r.effects, ctx.actor.id);
  if (outside) return fail('forbidden', `${verb.name} produced ${outside}, outside its reach.`);
  return r;
}

/** The first thing in `effects` a verb may not change, described; null when all is within reach. */
export function outsideReach(
  verb: Pick<Verb, 'reach' | 'name'>,
  effects: Effects,
  actorId: UserId,
): string | null {
  const reach = verb.reach;
  const leads = effects.leads ?? [];
  if (leads.length && !reach.leads) return 'lead changes';
  for (const e of leads) {
    if (e.create && !reach.leads?.create) return `a new lead ${e.id}`;
    for (const f of patchFields(e.patch))
      if (!reach.leads?.fields.includes(f)) return `a change of ${f} on lead ${e.id}`;
    const stage = e.patch?.stage;
    if (stage !== undefined && !reach.leads?.stages?.includes(stage))
      return `stage ${stage} on lead ${e.id}`;
    const owner = e.patch?.ownerId;
    if (owner !== undefined && reach.leads?.owner === 'actor' && owner !== actorId)
      return `owner ${String(owner)} on lead ${e.id}`;
  }
  for (const a of effects.activities ?? [])
    if (!reach.activities?.includes(a.type)) return `a ${a.type} activity`;
  const tables = [
    ['dnc', reach.dnc, (effects.dnc?.put?.length ?? 0) + (effects.dnc?.remove?.length ?? 0)],
    [
      'content',
      reach.content,
      (effects.content?.put?.length ?? 0) + (effects.content?.remove?.length ?? 0),
    ],
    ['targets', reach.targets, effects.targets?.length ?? 0],
    ['sales targets', reach.salesTargets, effects.salesTargets?.length ?? 0],
    ['people', reach.users, effects.users?.length ?? 0],
    ['teams', reach.teams, effects.teams?.length ?? 0],
  ] as const;
  for (const [name, allowed, n] of tables) if (n > 0 && !allowed) return `${name} changes`;
  for (const s of effects.settings ?? [])
    if (!reach.settings?.includes(s.key)) return `the ${s.key} setting`;
  return null;
}
