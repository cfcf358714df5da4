// Who sees which leads (shared/sync/README.md "Scope"): agents their own leads and their team's
// unowned queue, supervisors their team's leads (and any they own), administrators everything
// in their organisation. The rule itself is shared/domain/scope.ts; this file says it in SQL
// (pull, export), tested to agree.
import type { UserRole } from '../../shared/domain/content';
import { scopeClass } from '../../shared/domain/scope';

export { leadInScope, scopeClass, type ScopeClass } from '../../shared/domain/scope';

export type Caller = {
  userId: string;
  organisationId: string;
  teamId: string | null;
  roles: readonly UserRole[];
  sessionId: string;
  clientId: string;
};

/**
 * The scope as a SQL condition on `owner`/`team` columns, null-safe (never NULL, so `NOT scope`
 * is safe), with the caller's user id and team id as the placeholders `user` and `team` (see
 * named()). Written with plain `=` so indexes on owner and team can answer it (`IS NOT DISTINCT
 * FROM` cannot use an index): `x IS NOT NULL AND x = $v` is false, not NULL, when x is NULL, and
 * the placeholders are never NULL where they are used.
 */
export function scopeSql(
  caller: Pick<Caller, 'roles' | 'teamId'>,
  owner: string,
  team: string,
  user = '{user}',
  teamRef = '{team}',
): string {
  const cls = scopeClass(caller.roles);
  if (cls === 'admin') return 'true';
  const own = `(${owner} IS NOT NULL AND ${owner} = ${user}::uuid)`;
  if (caller.teamId === null) return own;
  const inTeam = `(${team} IS NOT NULL AND ${team} = ${teamRef}::uuid)`;
  if (cls === 'supervisor') return `(${own} OR ${inTeam})`;
  return `(${own} OR (${owner} IS NULL AND ${inTeam}))`;
}

/**
 * The scope WITHOUT the caller's own leads (`scope AND owner IS DISTINCT FROM user`), as one
 * range an index can walk in `id` order: an administrator's organisation (primary key), a
 * supervisor's team (`leads_team_idx`), an agent's team queue (`leads_queue_idx`, unowned leads
 * only); nothing for a caller without a team. The snapshot pages leads with it after the own
 * queue (`owner_id = user`, `leads_owner_idx`), so neither walks rows outside the scope.
 */
export function othersInScopeSql(
  caller: Pick<Caller, 'roles' | 'teamId'>,
  owner: string,
  team: string,
  user = '{user}',
  teamRef = '{team}',
): string {
  const cls = scopeClass(caller.roles);
  const notMine = `${owner} IS DISTINCT FROM ${user}::uuid`;
  if (cls === 'admin') return notMine;
  if (caller.teamId === null) return 'false';
  if (cls === 'supervisor') return `${team} = ${teamRef}::uuid AND ${notMine}`;
  return `${owner} IS NULL AND ${team} = ${teamRef}::uuid`;
}

/**
 * `{name}` placeholders → `$n` with only the parameters the statement uses (PostgreSQL refuses a
 * parameter it cannot type because the text never mentions it).
 */
export function named(
  sql: string,
  values: Record<string, unknown>,
): { text: string; params: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/\{([a-z]+)\}/g, (_m, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}}`);
    let i = order.indexOf(name);
    if (i === -1) i = order.push(name) - 1;
    return `$${i + 1}`;
  });
  return { text, params: order.map((n) => values[n]) };
}
