// The desk's work areas, one per role, addressed by the URL hash (#/hunter …).
import type { UserRole } from '../../shared/domain/content';

export const AREAS = ['hunter', 'closer', 'farmer', 'supervisor'] as const;
export type Area = (typeof AREAS)[number];

export function isArea(value: unknown): value is Area {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}

export function areaFromHash(hash: string): Area | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return isArea(name) ? name : null;
}

export function hashForArea(area: Area): string {
  return `#/${area}`;
}

/** The areas a person may open: their own roles; supervisors and admins see every area. */
export function areasFor(roles: readonly UserRole[] | null): readonly Area[] {
  if (roles === null || roles.includes('supervisor') || roles.includes('admin')) return AREAS;
  return AREAS.filter((a) => (roles as readonly string[]).includes(a));
}

/**
 * Where a person lands after signing in: supervisors and administrators on their own area (the
 * dashboard), agents on their first role's area.
 */
export function homeArea(roles: readonly UserRole[]): Area {
  if (roles.includes('supervisor') || roles.includes('admin')) return 'supervisor';
  return areasFor(roles)[0] ?? 'hunter';
}
