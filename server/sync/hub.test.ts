import { describe, expect, it } from 'vitest';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { Db } from '../db/db';
import { PokeHub } from './hub';
import type { Poke } from './poke';
import type { Caller } from './scope';

const ORG = '6f1c2a52-4f0e-4b8e-9a57-0c1d2e3f4a5b';
const OTHER_ORG = '7a2d3b63-5a1f-4c9f-8b68-1d2e3f4a5b6c';
const TEAM = '00000000-0000-4000-8000-00000000000a';
const AGENT = '00000000-0000-4000-8000-000000000001';
const ADMIN = '00000000-0000-4000-8000-000000000002';
const SUPERVISOR = '00000000-0000-4000-8000-000000000003';
const OTHER_SUPERVISOR = '00000000-0000-4000-8000-000000000004';
const OTHER_TEAM = '00000000-0000-4000-8000-00000000000b';

const unused = () => Promise.reject(new Error('dispatch must not touch the database'));
// dispatch() never reaches the database: every call would fail the test.
const db: Db = {
  kind: 'pglite',
  location: 'nowhere',
  query: unused,
  transaction: unused,
  listen: unused,
  close: async () => undefined,
};

const who = (userId: string, roles: Caller['roles']): Caller => ({
  userId,
  organisationId: ORG,
  teamId: TEAM,
  roles,
  sessionId: 's',
  clientId: 'c',
});

/** A hub with an agent and an administrator listening; counts their pokes and bad payloads. */
function hubWithListeners() {
  const hub = new PokeHub(db);
  const poked = { agent: 0, admin: 0 };
  const bad: string[] = [];
  const stream = () => new ServerResponse(new IncomingMessage(new Socket()));
  hub.subscribe(who(AGENT, ['hunter']), stream(), () => poked.agent++);
  hub.subscribe(who(ADMIN, ['admin']), stream(), () => poked.admin++);
  const dispatch = (payload: string) => hub.dispatch(payload, (p) => bad.push(p));
  return { poked, bad, dispatch };
}

const NOTHING: Poke = { organisationId: ORG, teams: [], users: [], all: false };
// Fields may be overridden with wrong types, to send what a broken sender would.
const poke = (p: Record<string, unknown>): string => JSON.stringify({ ...NOTHING, ...p });

describe('PokeHub.dispatch', () => {
  it('pokes the streams a change may concern', () => {
    const h = hubWithListeners();
    h.dispatch(poke({ users: [AGENT] }));
    expect(h.poked).toEqual({ agent: 1, admin: 1 });
    h.dispatch(poke({ teams: [TEAM] }));
    expect(h.poked).toEqual({ agent: 2, admin: 2 });
    h.dispatch(poke({ all: true }));
    expect(h.poked).toEqual({ agent: 3, admin: 3 });
    // Another user's own lead: only the administrator sees it.
    h.dispatch(poke({ users: [ADMIN] }));
    expect(h.poked).toEqual({ agent: 3, admin: 4 });
    // Another organisation: nobody here.
    h.dispatch(poke({ organisationId: OTHER_ORG, all: true }));
    expect(h.poked).toEqual({ agent: 3, admin: 4 });
    expect(h.bad).toEqual([]);
  });

  it('closes the streams of ended sessions and users, and no other', () => {
    const hub = new PokeHub(db);
    const streams = new Map<string, ServerResponse>();
    const open = (name: string, caller: Caller) => {
      const res = new ServerResponse(new IncomingMessage(new Socket()));
      streams.set(name, res);
      hub.subscribe(caller, res, () => undefined);
    };
    open('agentTab1', { ...who(AGENT, ['hunter']), sessionId: 's1' });
    open('agentTab2', { ...who(AGENT, ['hunter']), sessionId: 's2' });
    open('admin', { ...who(ADMIN, ['admin']), sessionId: 's3' });
    open('supervisor', { ...who(SUPERVISOR, ['supervisor']), sessionId: 's4' });
    const bad: string[] = [];
    hub.dispatch(JSON.stringify({ endedSessions: ['s1'], endedUsers: [] }), (p) => bad.push(p));
    expect([...streams].filter(([, r]) => r.writableEnded).map(([n]) => n)).toEqual(['agentTab1']);
    expect(hub.size).toBe(3);
    hub.dispatch(JSON.stringify({ endedSessions: [], endedUsers: [SUPERVISOR] }));
    expect([...streams].filter(([, r]) => r.writableEnded).map(([n]) => n)).toEqual([
      'agentTab1',
      'supervisor',
    ]);
    expect(hub.streamsOf('s2')).toBe(1);
    expect(bad).toEqual([]);
  });

  it('tells the wallboards of the team’s supervisors and of administrators of an agent’s state, and no agent', () => {
    const hub = new PokeHub(db);
    const heard: string[] = [];
    const stream = () => new ServerResponse(new IncomingMessage(new Socket()));
    const listen = (name: string, caller: Caller) =>
      hub.subscribe(caller, stream(), (event) => heard.push(`${name}:${event}`));
    listen('agent', who(AGENT, ['hunter']));
    listen('admin', who(ADMIN, ['admin']));
    listen('supervisor', who(SUPERVISOR, ['supervisor']));
    listen('elsewhere', { ...who(OTHER_SUPERVISOR, ['supervisor']), teamId: OTHER_TEAM });
    hub.dispatch(poke({ teams: [TEAM], presence: true }));
    expect(heard).toEqual(['admin:presence', 'supervisor:presence']);
    // An ordinary change of the team is still a poke to pull, for everyone in it.
    heard.length = 0;
    hub.dispatch(poke({ teams: [TEAM] }));
    expect(heard).toEqual(['agent:poke', 'admin:poke', 'supervisor:poke']);
    // Notifications lost (the listening connection came back): every stream pulls, and every
    // wallboard reads again.
    heard.length = 0;
    hub.pokeAll();
    expect(heard).toEqual([
      'agent:poke',
      'admin:poke',
      'admin:presence',
      'supervisor:poke',
      'supervisor:presence',
      'elsewhere:poke',
      'elsewhere:presence',
    ]);
  });

  it('rejects a presence flag that is not a boolean', () => {
    const h = hubWithListeners();
    const payload = poke({ all: true, presence: 'yes' });
    h.dispatch(payload);
    expect(h.bad).toEqual([payload]);
  });

  it.each([
    ['the old one-letter shape', JSON.stringify({ o: ORG, t: [TEAM], u: [AGENT], all: true })],
    ['not JSON', '{organisationId'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['an empty object', '{}'],
    ['a number for the organisation', poke({ organisationId: 7 })],
    ['teams that are not a list', JSON.stringify({ organisationId: ORG, teams: TEAM, users: [] })],
    ['users that are not strings', poke({ users: [1] })],
    ['no all flag', JSON.stringify({ organisationId: ORG, teams: [], users: [] })],
    ['a string for the all flag', poke({ all: 'true' })],
  ])('rejects %s: reports it and pokes nobody', (_what, payload) => {
    const h = hubWithListeners();
    h.dispatch(payload);
    expect(h.bad).toEqual([payload]);
    expect(h.poked).toEqual({ agent: 0, admin: 0 });
  });
});

describe('PokeHub.dispatch: coaching news', () => {
  it('reaches only the recipient’s streams, in their organisation', () => {
    const hub = new PokeHub(db);
    const got: Record<string, string[]> = { agent: [], admin: [], sup: [] };
    const stream = () => new ServerResponse(new IncomingMessage(new Socket()));
    hub.subscribe(who(AGENT, ['hunter']), stream(), (e) => got.agent!.push(e));
    hub.subscribe(who(ADMIN, ['admin']), stream(), (e) => got.admin!.push(e));
    hub.subscribe(who(SUPERVISOR, ['supervisor']), stream(), (e) => got.sup!.push(e));
    hub.dispatch(JSON.stringify({ organisationId: ORG, coachUser: AGENT }));
    expect(got).toEqual({ agent: ['coach'], admin: [], sup: [] });
    hub.dispatch(JSON.stringify({ organisationId: OTHER_ORG, coachUser: SUPERVISOR }));
    expect(got.sup).toEqual([]);
  });
});
