// The server generation on the wire (db/generation.ts): pull answers carry it; a push or pull made
// for another generation — the database was restored under the desk — gets 409 generationChanged
// with the current generation and the desk's last seq the database holds, and changes nothing.
import { describe, expect, it } from 'vitest';
import { replaceGeneration } from '../db/generation';
import { DB_KINDS } from '../test/databases';
import { Desk, L } from '../test/sync-fixture';
import { worldPerSuite } from '../test/world-per-suite';

describe.each(DB_KINDS)('server generation on %s', (kind) => {
  const current = worldPerSuite(kind);

  const activities = async () =>
    Number(
      (await current().db.query<{ n: string }>('SELECT count(*) AS n FROM activities')).rows[0]?.n,
    );

  it('is in every pull answer; a push or pull for an older one is a 409 that writes nothing', async () => {
    const desk = await Desk.signIn(current(), 'agent');
    const first = await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 10 });
    expect(first.statusCode).toBe(200);
    const generation = first.json<{ generation?: string }>().generation;
    expect(generation).toMatch(/^[0-9a-f-]{36}$/);

    const ok = await desk.request('POST', '/api/sync/push', {
      clientId: desk.clientId,
      generation,
      mutations: [desk.mutation('addNote', { leadId: L.own, text: 'before the restore' })],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ackedSeq: 1 });

    // A restore gives the database a new generation.
    const next = await current().db.transaction(replaceGeneration);
    expect(next).not.toBe(generation);

    const before = await activities();
    const refused = await desk.request('POST', '/api/sync/push', {
      clientId: desk.clientId,
      generation,
      mutations: [desk.mutation('addNote', { leadId: L.own, text: 'after the restore' })],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      error: 'generationChanged',
      message: expect.any(String),
      generation: next,
      ackedSeq: 1,
    });
    expect(await activities()).toBe(before);

    // A pull for the old generation names the push client's last seq too (0 for an unknown one).
    const pulled = await desk.request('POST', '/api/sync/pull', {
      cursor: first.json<{ cursor: string }>().cursor,
      limit: 10,
      generation,
      clientId: desk.clientId,
    });
    expect(pulled.statusCode).toBe(409);
    expect(pulled.json()).toMatchObject({ generation: next, ackedSeq: 1 });
    const stranger = await desk.request('POST', '/api/sync/pull', {
      cursor: null,
      limit: 10,
      generation,
    });
    expect(stranger.json()).toMatchObject({ generation: next, ackedSeq: 0 });

    // The new generation is served, and a request without one (an older desk) is not checked.
    const fresh = await desk.request('POST', '/api/sync/pull', { cursor: null, limit: 10 });
    expect(fresh.json()).toMatchObject({ generation: next });
    const old = await desk.request('POST', '/api/sync/push', {
      clientId: desk.clientId,
      mutations: [desk.mutation('addNote', { leadId: L.own, text: 'an older desk' })],
    });
    expect(old.statusCode).toBe(200);
    expect(await activities()).toBe(before + 1);
  });
});
