// An e-mail is unique within an organisation, no longer across all of them: an administrator of
// one organisation adding a person must not learn that an address is in use in another (it was
// refused as taken). Sign-in finds the person by e-mail and password together
// (auth/sessions.ts); users_org_email_idx (organisation, lower(email)) stays.
import type { Queryable } from '../db/db';

export const name = '1764900005000-email-per-organisation';

export async function up(tx: Queryable): Promise<void> {
  await tx.query('DROP INDEX users_email_idx');
  // Sign-in looks a person up by e-mail alone.
  await tx.query('CREATE INDEX users_email_lookup_idx ON users (lower(email))');
}
