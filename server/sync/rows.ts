// Database rows → the wire shapes of shared/sync/protocol.ts.
import type { Queryable } from '../db/db';
import {
  organisationSchema,
  teamSchema,
  userSchema,
  type OrganisationProfile,
  type Team,
  type User,
} from '../../shared/domain/content';

export const USER_COLUMNS =
  'id, display_name, email, roles, team_id, locale, daily_call_target, daily_booking_target, disabled_at';

export type UserRow = {
  id: string;
  display_name: string;
  email: string;
  roles: string[];
  team_id: string | null;
  locale: string;
  daily_call_target: number;
  daily_booking_target: number;
  disabled_at: Date | null;
};

/** A users row as desks see the person (validated: the brands come from the schema). */
export function wireUser(r: UserRow): User {
  return userSchema.parse({
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    roles: r.roles,
    teamId: r.team_id,
    locale: r.locale,
    dailyCallTarget: r.daily_call_target,
    dailyBookingTarget: r.daily_booking_target,
    disabled: r.disabled_at !== null,
  });
}

export const TEAM_COLUMNS = 'id, name, name_localized, supervisor_id';
export type TeamRow = {
  id: string;
  name: string;
  name_localized: Record<string, string>;
  supervisor_id: string | null;
};

export function wireTeam(r: TeamRow): Team {
  const name = Object.keys(r.name_localized).length ? r.name_localized : { en: r.name };
  return teamSchema.parse({ id: r.id, name, supervisorId: r.supervisor_id });
}

export const ORGANISATION_COLUMNS =
  'id, name, name_localized, default_language, currency, timezone, calling_start_minutes, calling_end_minutes';

export type OrganisationRow = {
  id: string;
  name: string;
  name_localized: Record<string, string>;
  default_language: string;
  currency: string;
  timezone: string;
  calling_start_minutes: number;
  calling_end_minutes: number;
};

/** An organisations row as desks see it (validated). */
export function wireOrganisation(r: OrganisationRow): OrganisationProfile {
  return organisationSchema.parse({
    id: r.id,
    name: Object.keys(r.name_localized).length ? r.name_localized : { en: r.name },
    defaultLanguage: r.default_language,
    currency: r.currency,
    timezone: r.timezone,
    callingWindow: { startMinutes: r.calling_start_minutes, endMinutes: r.calling_end_minutes },
  });
}

export async function loadOrganisation(db: Queryable, id: string): Promise<OrganisationProfile> {
  const { rows } = await db.query<OrganisationRow>(
    `SELECT ${ORGANISATION_COLUMNS} FROM organisations WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) throw new Error(`No organisation ${id}`);
  return wireOrganisation(r);
}

export async function loadUser(db: Queryable, id: string): Promise<User | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return rows[0] ? wireUser(rows[0]) : null;
}
