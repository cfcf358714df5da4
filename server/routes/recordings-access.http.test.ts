// Who listens to call recordings (issue 13): the agent's supervisors and the organisation's
// administrators list them (with the call's outcome, talk time and list), ask for a short-lived
// signed link to play or download one — each grant audited — and the link serves the bytes with
// range requests; another team's supervisor and agents get 403, and so does a forged or expired
// link. The deletion job removes an old recording (row and file) and audits it; a young one
// stays; an upload left unfinished for a week goes too.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../test/databases';
import { EMAIL, ORG, TEAM_A, U, lead } from '../test/sync-fixture';
import { insertLeads } from '../seed/demo';
import {
  Client,
  OTHER_SUPERVISOR,
  SECRET,
  recordingOf,
  recordingWorld,
  upload,
  type RecordingWorld,
} from '../recordings/recording-world';
import { signGrant } from './recordings';
import { pruneRecordings } from '../recordings/retention';
import type { RecordingItem, RecordingPage } from '../../shared/recordings/protocol';

const DAY = 86_400_000;
/** Recordings' call times are around the real clock: the database dates uploads by it. */
const NOW = Math.floor(Date.now() / 1000) * 1000;
const LEAD = '01890000-0000-7000-8000-00000000000a';

describe.each(DB_KINDS)('listening to recordings on %s', (kind) => {
  let w: RecordingWorld;
  let agent: Client;
  let supervisor: Client;
  let otherSupervisor: Client;
  let admin: Client;
  let foreignAdmin: Client;
  const main = recordingOf(100_000, 30_000, {
    leadId: LEAD,
    callStartedAt: NOW - 2 * DAY,
    answeredAt: NOW - 2 * DAY + 4_000,
    pauses: [{ atMs: 10_000, forMs: 5_000 }],
    announced: true,
  });

  beforeAll(async () => {
    w = await recordingWorld(kind);
    const l = lead(LEAD, ORG, U.agent, TEAM_A);
    await insertLeads(w.db, ORG, [{ ...l, name: 'Rawaa Trading', listName: 'Riyadh fair' }]);
    agent = await Client.signIn(w.app, EMAIL.agent);
    supervisor = await Client.signIn(w.app, EMAIL.supervisor);
    otherSupervisor = await Client.signIn(w.app, OTHER_SUPERVISOR.email);
    admin = await Client.signIn(w.app, EMAIL.admin);
    foreignAdmin = await Client.signIn(w.app, EMAIL.foreignAdmin);
    await upload(agent, main);
    // The call's activity names its recording (as the desk's call log does).
    await w.db.query(
      `INSERT INTO activities (id, organisation_id, lead_id, agent_id, at, data)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        randomUUID(),
        ORG,
        LEAD,
        U.agent,
        NOW - 2 * DAY,
        JSON.stringify({
          type: 'call',
          disposition: 'interested',
          phone: { direction: 'outbound', talkMs: 95_000, recordingId: main.id },
        }),
      ],
    );
  });
  afterAll(async () => {
    await w?.close();
  });

  const auditRows = async (action: string, subject: string) =>
    (
      await w.db.query<{ actor_id: string | null; detail: Record<string, unknown> }>(
        `SELECT actor_id::text AS actor_id, detail FROM audit_log
          WHERE action = $1 AND subject = $2 ORDER BY id`,
        [action, subject],
      )
    ).rows;

  const grant = async (who: Client, id: string, purpose: 'play' | 'download') => {
    const res = await who.request('POST', `/api/recordings/${id}/access`, { purpose });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ url: string; expiresAt: number }>();
  };
  // The link as an <audio> element asks for it: no token, no protocol header.
  const fetchAudio = (url: string, range?: string) =>
    w.app.inject({ method: 'GET', url, headers: range ? { range } : {} });

  it('lists the team’s recordings for its supervisor and an administrator, with the call’s outcome, talk time and list', async () => {
    for (const who of [supervisor, admin]) {
      const res = await who.request('GET', '/api/recordings');
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<RecordingPage>();
      expect(page.items.map((i) => i.id)).toContain(main.id);
      expect(page.items.find((i) => i.id === main.id)).toEqual({
        id: main.id,
        agentId: U.agent,
        agentName: 'agent',
        teamId: TEAM_A,
        leadId: LEAD,
        leadName: 'Rawaa Trading',
        listName: 'Riyadh fair',
        direction: 'outbound',
        callStartedAt: NOW - 2 * DAY,
        durationMs: 60_000,
        talkMs: 95_000,
        outcome: 'interested',
        pauses: [{ atMs: 10_000, forMs: 5_000 }],
        announced: true,
        status: 'complete',
        mime: 'audio/webm',
        size: 100_000,
      } satisfies RecordingItem);
    }
    const one = await supervisor.request('GET', `/api/recordings/${main.id}`);
    expect(one.json()).toMatchObject({ id: main.id, outcome: 'interested' });
  });

  it('refuses another team’s supervisor and agents (403), and another organisation (404)', async () => {
    for (const who of [otherSupervisor, agent]) {
      const list = await who.request('GET', '/api/recordings');
      const item = await who.request('GET', `/api/recordings/${main.id}`);
      const access = await who.request('POST', `/api/recordings/${main.id}/access`, {
        purpose: 'play',
      });
      if (who === otherSupervisor) {
        // A supervisor lists only their own team's recordings.
        expect(list.statusCode).toBe(200);
        expect(list.json<RecordingPage>().items).toEqual([]);
      } else expect(list.statusCode).toBe(403);
      expect(item.statusCode).toBe(403);
      expect(access.statusCode).toBe(403);
    }
    const foreign = await foreignAdmin.request('GET', `/api/recordings/${main.id}`);
    expect(foreign.statusCode).toBe(404);
    const foreignList = await foreignAdmin.request('GET', '/api/recordings');
    expect(foreignList.json<RecordingPage>().items).toEqual([]);
    expect(await auditRows('recordingPlayed', main.id)).toEqual([]);
  });

  it('filters by agent, team, time, outcome, talk time and list, and pages newest first', async () => {
    const older = recordingOf(1_000, 1_000, {
      callStartedAt: NOW - 5 * DAY,
      answeredAt: NOW - 5 * DAY,
    });
    const newer = recordingOf(1_000, 1_000, { callStartedAt: NOW - DAY, answeredAt: NOW - DAY });
    await upload(agent, older);
    await upload(agent, newer);
    const mate = await Client.signIn(w.app, EMAIL.mate);
    const mates = recordingOf(1_000, 1_000, {
      callStartedAt: NOW - 3 * DAY,
      answeredAt: NOW - 3 * DAY,
    });
    await upload(mate, mates);
    const ids = async (query: string) => {
      const res = await supervisor.request('GET', `/api/recordings${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<RecordingPage>().items.map((i) => i.id);
    };
    expect(await ids('')).toEqual([newer.id, main.id, mates.id, older.id]);
    expect(await ids(`?agentId=${U.mate}`)).toEqual([mates.id]);
    expect(await ids(`?teamId=${TEAM_A}&from=${NOW - 3 * DAY}&to=${NOW - DAY}`)).toEqual([
      main.id,
      mates.id,
    ]);
    expect(await ids('?outcome=interested')).toEqual([main.id]);
    expect(await ids('?minTalkSec=90')).toEqual([main.id]);
    expect(await ids('?maxTalkSec=90')).toEqual([newer.id, mates.id, older.id]);
    expect(await ids('?list=Riyadh%20fair')).toEqual([main.id]);
    expect(await ids('?unreviewed=1')).toHaveLength(4);

    const first = await supervisor.request('GET', '/api/recordings?limit=3');
    const page = first.json<RecordingPage>();
    expect(page.items.map((i) => i.id)).toEqual([newer.id, main.id, mates.id]);
    expect(page.next).not.toBeNull();
    const rest = await supervisor.request(
      'GET',
      `/api/recordings?limit=3&cursor=${page.next ?? ''}`,
    );
    expect(rest.json()).toEqual({ items: [expect.objectContaining({ id: older.id })], next: null });

    const bad = await supervisor.request('GET', '/api/recordings?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^from:/);
    const badCursor = await supervisor.request('GET', '/api/recordings?cursor=nonsense');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().message).toMatch(/^cursor:/);
  });

  it('plays through a signed link with range requests, and audits every grant', async () => {
    const { url, expiresAt } = await grant(supervisor, main.id, 'play');
    expect(expiresAt).toBeGreaterThan(Date.now());
    const whole = await fetchAudio(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-type']).toBe('audio/webm');
    expect(whole.headers['content-disposition']).toBeUndefined();
    expect(whole.rawPayload.equals(main.data)).toBe(true);

    const head = await fetchAudio(url, 'bytes=0-99');
    expect(head.statusCode).toBe(206);
    expect(head.headers['content-range']).toBe('bytes 0-99/100000');
    expect(head.rawPayload.equals(main.data.subarray(0, 100))).toBe(true);
    // A seek into the middle of a long call, across chunk boundaries of the upload.
    const middle = await fetchAudio(url, 'bytes=29990-60009');
    expect(middle.statusCode).toBe(206);
    expect(middle.headers['content-length']).toBe('30020');
    expect(middle.rawPayload.equals(main.data.subarray(29_990, 60_010))).toBe(true);
    const tail = await fetchAudio(url, 'bytes=-500');
    expect(tail.headers['content-range']).toBe('bytes 99500-99999/100000');
    expect(tail.rawPayload.equals(main.data.subarray(99_500))).toBe(true);
    const open = await fetchAudio(url, 'bytes=99000-');
    expect(open.rawPayload.equals(main.data.subarray(99_000))).toBe(true);
    const beyond = await fetchAudio(url, 'bytes=100000-100100');
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe('bytes */100000');

    const download = await grant(admin, main.id, 'download');
    const file = await fetchAudio(download.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="recording-${main.id}.webm"`,
    );
    expect(file.rawPayload.equals(main.data)).toBe(true);

    // One audit row per grant (not per range request).
    expect(await auditRows('recordingPlayed', main.id)).toEqual([
      { actor_id: U.supervisor, detail: { agentId: U.agent, callStartedAt: NOW - 2 * DAY } },
    ]);
    expect(await auditRows('recordingDownloaded', main.id)).toEqual([
      { actor_id: U.admin, detail: { agentId: U.agent, callStartedAt: NOW - 2 * DAY } },
    ]);
  });

  it('refuses a forged, expired, borrowed or someone else’s link with 403', async () => {
    const { url } = await grant(supervisor, main.id, 'play');
    const token = decodeURIComponent(new URL(url, 'http://x').searchParams.get('grant') ?? '');
    const [payload, mac] = token.split('.');
    const link = (t: string, id = main.id) =>
      `/api/recordings/${id}/audio?grant=${encodeURIComponent(t)}`;
    // A payload rewritten to another purpose (the MAC no longer matches).
    const rewritten = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        p: 'download',
      }),
    ).toString('base64url');
    const expired = signGrant(SECRET, {
      r: main.id,
      u: U.supervisor,
      p: 'play',
      e: Date.now() - 1,
    });
    const otherKey = signGrant(Buffer.alloc(32, 9), {
      r: main.id,
      u: U.supervisor,
      p: 'play',
      e: Date.now() + 60_000,
    });
    // Signed properly, but for an agent who may not listen.
    const forAgent = signGrant(SECRET, {
      r: main.id,
      u: U.agent,
      p: 'play',
      e: Date.now() + 60_000,
    });
    const other = recordingOf(1_000, 1_000);
    await upload(agent, other);
    for (const bad of [
      link(`${rewritten}.${mac}`),
      link(expired),
      link(otherKey),
      link(forAgent),
      link(token, other.id),
      link('nonsense'),
      `/api/recordings/${main.id}/audio`,
    ]) {
      const res = await fetchAudio(bad);
      expect(res.statusCode, bad).toBe(403);
      expect(res.rawPayload.includes(main.data.subarray(0, 64))).toBe(false);
    }
    // Another team's supervisor cannot borrow a link for a recording of theirs either.
    const borrowed = signGrant(SECRET, {
      r: main.id,
      u: OTHER_SUPERVISOR.id,
      p: 'play',
      e: Date.now() + 60_000,
    });
    expect((await fetchAudio(link(borrowed))).statusCode).toBe(403);
    expect((await fetchAudio(link(token))).statusCode).toBe(200);
  });

  it('answers 409 for a recording still uploading, and 400 for a malformed id', async () => {
    const partial = recordingOf(2_000, 1_000);
    await agent.request('PUT', `/api/recordings/${partial.id}`, partial.declaration);
    const res = await supervisor.request('POST', `/api/recordings/${partial.id}/access`, {
      purpose: 'play',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'notUploaded' });
    const badId = await supervisor.request('GET', '/api/recordings/123');
    expect(badId.statusCode).toBe(400);
    expect((await fetchAudio('/api/recordings/x/audio?grant=y')).statusCode).toBe(400);
  });

  it('deletes recordings past the retention (file, then row) with an audit row each; young ones stay', async () => {
    const old = recordingOf(1_000, 1_000, {
      callStartedAt: NOW - 120 * DAY,
      answeredAt: NOW - 120 * DAY,
    });
    await upload(agent, old);
    const stuck = recordingOf(2_000, 1_000);
    await agent.request('PUT', `/api/recordings/${stuck.id}`, stuck.declaration);
    await agent.putChunk(stuck.id, 0, stuck.chunks[0]!);
    const oldFile = join(w.dir, ORG, `${old.id}.audio`);
    expect(existsSync(oldFile)).toBe(true);

    // Default retention: 90 days; the job runs ten days from now.
    const first = await pruneRecordings(w.db, w.store, NOW + 10 * DAY);
    expect(first.retention).toBeGreaterThanOrEqual(1);
    expect(existsSync(oldFile)).toBe(false);
    const left = await w.db.query<{ id: string }>('SELECT id::text AS id FROM recordings');
    expect(left.rows.map((r) => r.id)).not.toContain(old.id);
    expect(left.rows.map((r) => r.id)).toContain(main.id);
    expect(await auditRows('recordingDeleted', old.id)).toEqual([
      {
        actor_id: null,
        detail: { agentId: U.agent, callStartedAt: NOW - 120 * DAY, reason: 'retention' },
      },
    ]);
    // Unfinished uploads were older than a week at that clock: gone, chunks and all (this one
    // and the one the 409 test left).
    expect(first.incomplete).toBe(2);
    expect(await w.store.files(ORG)).not.toContain(`${stuck.id}.parts/0`);
    expect(await auditRows('recordingDeleted', stuck.id)).toMatchObject([
      { detail: { reason: 'incomplete' } },
    ]);

    // The organisation keeps recordings for a day: the two-day-old one goes, a newer one stays.
    await w.db.query(
      `INSERT INTO settings (organisation_id, key, data) VALUES ($1, 'recording', $2::jsonb)`,
      [
        ORG,
        JSON.stringify({ mode: 'on', allowPause: true, retentionDays: 1, coachingNotice: true }),
      ],
    );
    const fresh = recordingOf(1_000, 1_000, { callStartedAt: NOW, answeredAt: NOW });
    await upload(agent, fresh);
    await pruneRecordings(w.db, w.store, NOW + 1_000);
    const ids = (
      await w.db.query<{ id: string }>('SELECT id::text AS id FROM recordings')
    ).rows.map((r) => r.id);
    expect(ids).toContain(fresh.id);
    expect(ids).not.toContain(main.id);
    expect(existsSync(join(w.dir, ORG, `${main.id}.audio`))).toBe(false);
    expect(existsSync(join(w.dir, ORG, `${fresh.id}.audio`))).toBe(true);

    // Kept for ever: nothing goes, however old.
    await w.db.query(
      `UPDATE settings SET data = jsonb_set(data, '{retentionDays}', 'null') WHERE key = 'recording'`,
    );
    expect(await pruneRecordings(w.db, w.store, NOW + 3650 * DAY)).toEqual({
      retention: 0,
      incomplete: 0,
    });
    expect(existsSync(join(w.dir, ORG, `${fresh.id}.audio`))).toBe(true);
  });
});
