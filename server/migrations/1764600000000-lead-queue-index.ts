// An agent's snapshot pages their team's queue (unowned leads of the team) in id order: a partial
// index holds exactly those rows, so a page reads only queue leads instead of every lead of the
// team (leads_team_idx) or of the organisation (primary key). See sync/scope.ts othersInScopeSql.
import type { Queryable } from '../db/db';

export const name = '1764600000000-lead-queue-index';

export async function up(tx: Queryable): Promise<void> {
  await tx.query('CREATE INDEX leads_queue_idx ON leads (team_id, id) WHERE owner_id IS NULL');
}
