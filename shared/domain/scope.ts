// Who may see and change which leads (shared/sync/README.md "Scope"): agents their own leads and
// their team's unowned queue, supervisors their team's leads (and any they own), administrators
// everything in their organisation. The desk, the mutations and the server's push share this
// rule; the server's pull says the same in SQL (server/sync/scope.ts, tested against this).
import type { UserRole } from './content';
import type { Lead } from './lead';

export type ScopeClass = 'admin' | 'supervisor' | 'agent';

export function scopeClass(roles: readonly UserRole[]): ScopeClass {
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('supervisor')) return 'supervisor';
  return 'agent';
}

export type ScopeActor = { userId: string; teamId: string | null; roles: readonly UserRole[] };

export function leadInScope(
  actor: ScopeActor,
  ownerId: Lead['ownerId'] | string | null,
  teamId: Lead['teamId'] | string | null,
): boolean {
  const cls = scopeClass(actor.roles);
  if (cls === 'admin') return true;
  if (ownerId !== null && ownerId === actor.userId) return true;
  if (actor.teamId === null || teamId !== actor.teamId) return false;
  return cls === 'supervisor' || ownerId === null;
}
