// The recording notice played to customers at answer (issue 13): an administrator uploads a short
// audio file per language (en, ar, tr), every signed-in desk fetches it, and lists which languages
// have one; others may not change it; bad languages, non-audio and oversized bodies are refused
// with a clear message; each change is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL } from '../test/sync-fixture';
import { Client, recordingWorld, type RecordingWorld } from '../recordings/recording-world';
import { MAX_ANNOUNCEMENT_BYTES } from '../../shared/recordings/protocol';

describe('recording announcements', () => {
  let w: RecordingWorld;
  let admin: Client;
  let agent: Client;
  const ogg = Buffer.from('OggS fake-but-opaque audio bytes \u0000\u0001\u0002', 'latin1');

  beforeAll(async () => {
    w = await recordingWorld('pglite');
    admin = await Client.signIn(w.app, EMAIL.admin);
    agent = await Client.signIn(w.app, EMAIL.agent);
  });
  afterAll(async () => {
    await w?.close();
  });

  const put = (who: Client, lang: string, body: Buffer, type = 'audio/ogg') =>
    who.request('PUT', `/api/admin/recording-announcement/${lang}`, body, {
      'content-type': type,
    });

  it('keeps one notice per language, served to every desk of the organisation', async () => {
    expect((await agent.request('GET', '/api/recordings/announcements')).json()).toEqual({
      languages: [],
    });
    expect((await agent.request('GET', '/api/recordings/announcement/ar')).statusCode).toBe(404);

    expect((await put(admin, 'ar', ogg)).statusCode).toBe(204);
    expect((await put(admin, 'en', Buffer.from('ID3 mp3 bytes'), 'audio/mpeg')).statusCode).toBe(
      204,
    );
    expect((await agent.request('GET', '/api/recordings/announcements')).json()).toEqual({
      languages: ['ar', 'en'],
    });
    const ar = await agent.request('GET', '/api/recordings/announcement/ar');
    expect(ar.statusCode).toBe(200);
    expect(ar.headers['content-type']).toBe('audio/ogg');
    expect(ar.rawPayload.equals(ogg)).toBe(true);

    // Replaced, then removed; another organisation sees none of it.
    const newer = Buffer.from('OggS newer');
    await put(admin, 'ar', newer);
    expect((await agent.request('GET', '/api/recordings/announcement/ar')).rawPayload).toEqual(
      newer,
    );
    const removed = await admin.request('DELETE', '/api/admin/recording-announcement/en');
    expect(removed.statusCode).toBe(204);
    expect((await agent.request('GET', '/api/recordings/announcement/en')).statusCode).toBe(404);
    const foreign = await Client.signIn(w.app, EMAIL.foreignAdmin);
    expect((await foreign.request('GET', '/api/recordings/announcement/ar')).statusCode).toBe(404);

    const { rows } = await w.db.query<{ action: string; subject: string }>(
      `SELECT action, subject FROM audit_log WHERE action LIKE 'recordingAnnouncement%' ORDER BY id`,
    );
    expect(rows).toEqual([
      { action: 'recordingAnnouncementSet', subject: 'ar' },
      { action: 'recordingAnnouncementSet', subject: 'en' },
      { action: 'recordingAnnouncementSet', subject: 'ar' },
      { action: 'recordingAnnouncementRemoved', subject: 'en' },
    ]);
  });

  it('lets only administrators change it, and refuses bad input clearly', async () => {
    const supervisor = await Client.signIn(w.app, EMAIL.supervisor);
    expect((await put(agent, 'tr', ogg)).statusCode).toBe(403);
    expect((await put(supervisor, 'tr', ogg)).statusCode).toBe(403);
    expect(
      (await supervisor.request('DELETE', '/api/admin/recording-announcement/ar')).statusCode,
    ).toBe(403);
    const badLang = await put(admin, 'fr', ogg);
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json().message).toMatch(/^lang:/);
    const notAudio = await admin.request('PUT', '/api/admin/recording-announcement/tr', {
      not: 'audio',
    });
    expect(notAudio.statusCode).toBe(400);
    expect(notAudio.json().message).toMatch(/^body:/);
    const empty = await put(admin, 'tr', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const huge = await put(admin, 'tr', Buffer.alloc(MAX_ANNOUNCEMENT_BYTES + 1, 1));
    expect(huge.statusCode).toBe(413);
    expect((await agent.request('GET', '/api/recordings/announcements')).json()).toEqual({
      languages: ['ar'],
    });
  });
});
