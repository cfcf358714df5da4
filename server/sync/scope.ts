// Who sees which leads (shared/sync/README.md "Scope"): agents their own leads and their team's
// unowned queue, supervisors their team's leads (and any they own), administrators everything
// in their organisation. The same rule in JavaScript (push) and SQL (pull, export).
import type { UserRole } from '../../shared/domain/content';

export type Caller = {
  userId: string;
  organisationId: string;
  teamId: string | null;
  roles: readonly UserRole[];
  sessionId: string;
  clientId: string;
};

export type ScopeClass = 'admin' | 'supervisor' | 'agent';

export function scopeClass(roles: readonly UserRole[]): ScopeClass {
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('supervisor')) return 'supervisor';
  return 'agent';
}

export function leadInScope(
  caller: Pick<Caller, 'userId' | 'teamId' | 'roles'>,
  ownerId: string | null,
  teamId: string | null,
): boolean {
  const cls = scopeClass(caller.roles);
  if (cls === 'admin') return true;
  if (ownerId !== null && ownerId === caller.userId) return true;
  if (caller.teamId === null || teamId !== caller.teamId) return false;
  return cls === 'supervisor' || ownerId === null;
}

/**
 * The scope as a SQL condition on `owner`/`team` columns, null-safe (never NULL), with the
 * caller's user id and team id as the placeholders `user` and `team` (see named()).
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
  const own = `${owner} IS NOT DISTINCT FROM ${user}::uuid`;
  if (caller.teamId === null) return `(${own})`;
  if (cls === 'supervisor') return `(${own} OR ${team} IS NOT DISTINCT FROM ${teamRef}::uuid)`;
  return `(${own} OR (${owner} IS NULL AND ${team} IS NOT DISTINCT FROM ${teamRef}::uuid))`;
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
