// Call recordings (issue 13): one row per recording the desk declared, the chunks received so far
// (each idempotent by recording + sequence number + hash), and the index that lets the
// supervisors' list find a recording's call activity (`data.phone.recordingId`). The audio itself
// lives in the RecordingStore (server/recordings/store.ts), never in the database.
import type { Queryable } from '../db/db';

export const name = '1765100000000-recordings';

export async function up(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE recordings (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      agent_id uuid NOT NULL,
      team_id uuid,
      lead_id text,
      direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
      call_started_at bigint NOT NULL,
      answered_at bigint NOT NULL,
      duration_ms bigint NOT NULL,
      mime text NOT NULL,
      size bigint NOT NULL,
      sha256 text NOT NULL,
      chunks integer NOT NULL,
      pauses jsonb NOT NULL DEFAULT '[]',
      announced boolean NOT NULL,
      status text NOT NULL DEFAULT 'uploading' CHECK (status IN ('uploading', 'complete')),
      -- The last completion found the chunks are not the declared file: chunks may be replaced.
      mismatch boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz
    )`);
  await tx.query(
    'CREATE INDEX recordings_org_started_idx ON recordings (organisation_id, call_started_at DESC, id DESC)',
  );
  await tx.query(
    'CREATE INDEX recordings_team_started_idx ON recordings (team_id, call_started_at DESC, id DESC)',
  );
  await tx.query(
    'CREATE INDEX recordings_agent_started_idx ON recordings (agent_id, call_started_at DESC)',
  );
  await tx.query(`
    CREATE TABLE recording_chunks (
      recording_id uuid NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
      seq integer NOT NULL,
      size integer NOT NULL,
      sha256 text NOT NULL,
      PRIMARY KEY (recording_id, seq)
    )`);
  // The organisation's recording notice per language (the bytes are in the RecordingStore).
  await tx.query(`
    CREATE TABLE recording_announcements (
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      lang text NOT NULL CHECK (lang IN ('en', 'ar', 'tr')),
      mime text NOT NULL,
      size integer NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (organisation_id, lang)
    )`);
  // The call's activity names its recording: the list joins the outcome, talk time and lead.
  await tx.query(
    `CREATE INDEX activities_recording_idx ON activities (((data->'phone'->>'recordingId')))
       WHERE data->'phone'->>'recordingId' IS NOT NULL`,
  );
}
