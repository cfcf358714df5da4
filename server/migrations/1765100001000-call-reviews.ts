// Call reviews and the library of good calls (issue 13): one review per recording (the scorecard's
// criteria as they were, the scores, the comments pinned to moments, the total) with the agent's
// acknowledgement, and the recordings starred as examples for training. Both go with their
// recording (retention deletes them too).
import type { Queryable } from '../db/db';

export const name = '1765100001000-call-reviews';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE call_reviews (
      recording_id uuid PRIMARY KEY REFERENCES recordings (id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      agent_id uuid NOT NULL,
      reviewer_id uuid NOT NULL,
      criteria jsonb NOT NULL,
      scores jsonb NOT NULL,
      comments jsonb NOT NULL DEFAULT '[]',
      score numeric(5, 1),
      reviewed_at bigint NOT NULL,
      acknowledged_at bigint
    )`);
  await tx.query(
    'CREATE INDEX call_reviews_agent_idx ON call_reviews (agent_id, reviewed_at DESC)',
  );
  await tx.query(
    'CREATE INDEX call_reviews_org_idx ON call_reviews (organisation_id, reviewed_at DESC)',
  );
  await tx.query(`
    CREATE TABLE call_library (
      recording_id uuid PRIMARY KEY REFERENCES recordings (id) ON DELETE CASCADE,
      starred_by uuid NOT NULL,
      starred_at bigint NOT NULL
    )`);
}
