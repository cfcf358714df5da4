// Saving people, teams and targets from the supervisor's "People & targets" section, through the
// putUser, putTeam, putTargets and putSalesTarget verbs: each changes its rows and appends its
// outbox entry in ONE transaction; a record with errors, or from someone without the right, is
// refused and nothing is written.
import type { Team, User } from '../../shared/domain/content';
import type { UserIssue } from '../../shared/domain/editing';
import type { TeamId, UserId } from '../../shared/domain/ids';
import { targetsFor, type RepTargets, type SalesTarget } from '../../shared/domain/targets';
import { putSalesTarget } from '../../shared/mutations/put-sales-target';
import { putTargets } from '../../shared/mutations/put-targets';
import { putTeam } from '../../shared/mutations/put-team';
import { putUser } from '../../shared/mutations/put-user';
import type { Verb, VerbError } from '../../shared/mutations/verb';
import type { EditorContext } from './content-repo';
import { openDesk } from './desk';
import { run, type RunInput } from './run';

export type PeopleError = 'forbidden' | 'invalid' | 'idTaken' | 'notFound';

export type PeopleResult<T> =
  { ok: true; value: T } | { ok: false; error: PeopleError; issues: UserIssue[] };

function refused(error: VerbError): { ok: false; error: PeopleError; issues: UserIssue[] } {
  const code = error.code;
  const known: PeopleError =
    code === 'forbidden' || code === 'idTaken' || code === 'notFound' ? code : 'invalid';
  return { ok: false, error: known, issues: error.userIssues ?? [] };
}

async function save<T, I>(
  ctx: EditorContext,
  verb: Verb<unknown, T, I>,
  input: RunInput<I>,
): Promise<PeopleResult<T>> {
  const desk = await openDesk(ctx.db, ctx.actor, ctx.now);
  if (!desk) return { ok: false, error: 'forbidden', issues: [] };
  const r = await run(desk, verb, input);
  return r.ok ? { ok: true, value: r.result } : refused(r.error);
}

/** Adds (`isNew`) or changes a person. E-mails are unique, in any letter case. */
export function saveUser(
  ctx: EditorContext,
  user: User,
  { isNew }: { isNew: boolean },
): Promise<PeopleResult<User>> {
  return save(ctx, putUser, { user, isNew });
}

/** Adds or renames a team and names its supervisor: administrators only. */
export function saveTeam(
  ctx: EditorContext,
  team: Team,
  { isNew }: { isNew: boolean },
): Promise<PeopleResult<Team>> {
  return save(ctx, putTeam, { team, isNew });
}

export type RepTargetsInput = Omit<RepTargets, 'updatedAt' | 'updatedBy'>;

/** Sets a rep's targets (the person's record keeps the daily ones too). */
export function saveRepTargets(
  ctx: EditorContext,
  input: RepTargetsInput,
): Promise<PeopleResult<RepTargets>> {
  return save(ctx, putTargets, input);
}

/** Each person's targets: stored ones, else the defaults on their record. */
export async function loadRepTargets(
  db: EditorContext['db'],
  userIds: readonly UserId[],
): Promise<Map<UserId, RepTargets>> {
  const [users, stored] = await Promise.all([
    db.users.bulkGet([...userIds]),
    db.targets.bulkGet([...userIds]),
  ]);
  const out = new Map<UserId, RepTargets>();
  users.forEach((u, i) => u && out.set(u.id, targetsFor(u, stored[i])));
  return out;
}

export type SalesTargetInput = {
  teamId: TeamId | null;
  month: string;
  revenue: number;
  wins: number;
};

/** Sets a team's (or, with teamId null, the organisation's) sales target for one month. */
export function saveSalesTarget(
  ctx: EditorContext,
  input: SalesTargetInput,
): Promise<PeopleResult<SalesTarget>> {
  return save(ctx, putSalesTarget, input);
}
