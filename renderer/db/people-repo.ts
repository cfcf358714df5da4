// Saving people, teams and targets from the supervisor's "People & targets" section. Each write
// changes its rows and appends its outbox entry in ONE transaction; a record with errors, or
// from someone without the right (shared/domain/editing.ts), is refused and nothing is written.
import {
  canEditSalesTarget,
  canEditTargets,
  canEditTeams,
  canEditUser,
  normaliseLocalized,
  normaliseUser,
  validateRepTargets,
  validateSalesTarget,
  validateTeam,
  validateUser,
  type UserIssue,
} from '../../shared/domain/editing';
import type { User } from '../../shared/domain/content';
import type { Team } from '../../shared/domain/content';
import type { TeamId, UserId } from '../../shared/domain/ids';
import {
  salesTargetId,
  targetsFor,
  type RepTargets,
  type SalesTarget,
} from '../../shared/domain/targets';
import type { EditorContext } from './content-repo';
import { addToOutbox } from './outbox';

export type PeopleError = 'forbidden' | 'invalid' | 'idTaken' | 'notFound';

export type PeopleResult<T> =
  { ok: true; value: T } | { ok: false; error: PeopleError; issues: UserIssue[] };

const refuse = <T>(error: PeopleError, issues: UserIssue[] = []): PeopleResult<T> => ({
  ok: false,
  error,
  issues,
});

/** Adds (`isNew`) or changes a person. E-mails are unique on the desk, in any letter case. */
export async function saveUser(
  ctx: EditorContext,
  input: User,
  { isNew }: { isNew: boolean },
): Promise<PeopleResult<User>> {
  const { db } = ctx;
  const user = normaliseUser(input);
  const now = ctx.now?.() ?? Date.now();
  return db.transaction('rw', [db.users, db.teams, db.outbox, db.meta], async () => {
    const before = await db.users.get(user.id);
    if (isNew && before) return refuse<User>('idTaken');
    if (!isNew && !before) return refuse<User>('notFound');
    const teams = await db.teams.toArray();
    if (!canEditUser(ctx.actor, before ?? null, user, teams)) return refuse<User>('forbidden');
    const issues = validateUser(user, await db.users.toArray());
    if (user.teamId !== null && !teams.some((t) => t.id === user.teamId))
      issues.push('teamRequired');
    if (issues.length) return refuse<User>('invalid', issues);
    await db.users.put(user);
    await addToOutbox(db, 'putUser', { id: user.id, isNew }, { users: [user] }, now);
    return { ok: true, value: user };
  });
}

/** Adds or renames a team and names its supervisor: administrators only. */
export async function saveTeam(
  ctx: EditorContext,
  input: Team,
  { isNew }: { isNew: boolean },
): Promise<PeopleResult<Team>> {
  const { db } = ctx;
  if (!canEditTeams(ctx.actor)) return refuse('forbidden');
  const team: Team = { ...input, name: normaliseLocalized(input.name) };
  const now = ctx.now?.() ?? Date.now();
  return db.transaction('rw', [db.users, db.teams, db.outbox, db.meta], async () => {
    const before = await db.teams.get(team.id);
    if (isNew && before) return refuse<Team>('idTaken');
    if (!isNew && !before) return refuse<Team>('notFound');
    const issues = validateTeam(team);
    if (team.supervisorId !== null) {
      const boss = await db.users.get(team.supervisorId);
      if (!boss || !boss.roles.includes('supervisor')) issues.push('supervisorInvalid');
    }
    if (issues.length) return refuse<Team>('invalid', issues);
    await db.teams.put(team);
    await addToOutbox(db, 'putTeam', { id: team.id, isNew }, { teams: [team] }, now);
    return { ok: true, value: team };
  });
}

export type RepTargetsInput = Omit<RepTargets, 'updatedAt' | 'updatedBy'>;

/**
 * Sets a rep's targets. The person's record keeps the daily ones too (the call screen's
 * counters and older desks read them there), in the same transaction and outbox entry.
 */
export async function saveRepTargets(
  ctx: EditorContext,
  input: RepTargetsInput,
): Promise<PeopleResult<RepTargets>> {
  const { db } = ctx;
  const now = ctx.now?.() ?? Date.now();
  return db.transaction('rw', [db.users, db.teams, db.targets, db.outbox, db.meta], async () => {
    const rep = await db.users.get(input.userId);
    if (!rep) return refuse<RepTargets>('notFound');
    if (!canEditTargets(ctx.actor, rep, await db.teams.toArray()))
      return refuse<RepTargets>('forbidden');
    const issues = validateRepTargets(input);
    if (issues.length) return refuse<RepTargets>('invalid', issues);
    const targets: RepTargets = {
      userId: input.userId,
      dailyCalls: input.dailyCalls,
      dailyBookings: input.dailyBookings,
      monthlyWins: input.monthlyWins,
      monthlyRevenue: input.monthlyRevenue,
      updatedAt: now,
      updatedBy: ctx.actor?.id ?? null,
    };
    const user = {
      ...rep,
      dailyCallTarget: targets.dailyCalls,
      dailyBookingTarget: targets.dailyBookings,
    };
    await db.targets.put(targets);
    await db.users.put(user);
    await addToOutbox(
      db,
      'putTargets',
      { userId: targets.userId },
      { targets: [targets], users: [user] },
      now,
    );
    return { ok: true, value: targets };
  });
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
export async function saveSalesTarget(
  ctx: EditorContext,
  input: SalesTargetInput,
): Promise<PeopleResult<SalesTarget>> {
  const { db } = ctx;
  const now = ctx.now?.() ?? Date.now();
  const target: SalesTarget = { id: salesTargetId(input.teamId, input.month), ...input };
  return db.transaction('rw', [db.teams, db.salesTargets, db.outbox, db.meta], async () => {
    if (input.teamId !== null && !(await db.teams.get(input.teamId)))
      return refuse<SalesTarget>('notFound');
    if (!canEditSalesTarget(ctx.actor, input.teamId, await db.teams.toArray()))
      return refuse<SalesTarget>('forbidden');
    const issues = validateSalesTarget(target);
    if (issues.length) return refuse<SalesTarget>('invalid', issues);
    await db.salesTargets.put(target);
    await addToOutbox(db, 'putSalesTarget', { id: target.id }, { salesTargets: [target] }, now);
    return { ok: true, value: target };
  });
}
