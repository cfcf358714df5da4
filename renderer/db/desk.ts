// The desk a person works at, for running verbs: this database, who they are (with their
// organisation) and the organisation's rules kept in meta.
import { organisationSchema, type OrganisationProfile } from '../../shared/domain/content';
import type { Actor as Editor } from '../../shared/domain/editing';
import type { Desk } from './run';
import type { DeskDatabase } from './schema';

/** The organisation profile this desk keeps (calling hours, currency, timezone), if any. */
export async function deskOrganisation(db: DeskDatabase): Promise<OrganisationProfile | null> {
  const parsed = organisationSchema.safeParse((await db.meta.get('organisation'))?.value);
  return parsed.success ? parsed.data : null;
}

/** The desk of `who` in `organisation`, on `db`. */
export function deskOf(
  db: DeskDatabase,
  who: Editor,
  organisation: OrganisationProfile,
  now?: () => number,
): Desk {
  return {
    db,
    organisation,
    actor: { id: who.id, roles: who.roles, teamId: who.teamId, organisationId: organisation.id },
    ...(now ? { now } : {}),
  };
}

/** The desk for `who` on `db`; null when nobody is signed in or the desk has no organisation. */
export async function openDesk(
  db: DeskDatabase,
  who: Editor | null,
  now?: () => number,
): Promise<Desk | null> {
  if (!who) return null;
  const organisation = await deskOrganisation(db);
  return organisation ? deskOf(db, who, organisation, now) : null;
}
