// A small two-organisation world for sync tests: two teams, an agent, a teammate, another team's
// agent, a supervisor, an administrator, and one administrator of another organisation; leads in
// every corner of the scope rules. Talks to the app over HTTP (inject), as a desk does.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { hashPassword } from '../auth/passwords';
import { insertLeads } from '../seed/demo';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type Change,
  type Mutation,
  type PullResponse,
  type PushResponse,
  type SyncSession,
} from '../../shared/sync/protocol';
import type { Effects } from '../../shared/mutations/effects';
import type { VERBS } from '../../shared/mutations/registry';
import { verbOf, type MutationName } from '../../shared/mutations/registry';
import { mergeReads } from '../../shared/mutations/state';
import { execute } from '../../shared/mutations/verb';
import { loadState } from '../sync/push/load';
import { actorOf } from '../sync/push/authorise';
import { activitySchema, leadSchema, type Activity, type Lead } from '../../shared/domain/lead';
import { uuidv7 } from '../../shared/domain/ids';

export const PASSWORD = 'correct horse battery';
export const ORG = '0a000000-0000-4000-8000-000000000001';
export const OTHER_ORG = '0a000000-0000-4000-8000-000000000002';
export const TEAM_A = '0b000000-0000-4000-8000-00000000000a';
export const TEAM_B = '0b000000-0000-4000-8000-00000000000b';
export const TEAM_X = '0b000000-0000-4000-8000-00000000000c';

export const U = {
  agent: '0c000000-0000-4000-8000-000000000001',
  mate: '0c000000-0000-4000-8000-000000000002',
  otherAgent: '0c000000-0000-4000-8000-000000000003',
  supervisor: '0c000000-0000-4000-8000-000000000004',
  admin: '0c000000-0000-4000-8000-000000000005',
  foreignAdmin: '0c000000-0000-4000-8000-000000000006',
  closer: '0c000000-0000-4000-8000-000000000007',
} as const;
export type Who = keyof typeof U;

export const EMAIL: Record<Who, string> = {
  agent: 'agent@a.example',
  mate: 'mate@a.example',
  otherAgent: 'other@b.example',
  supervisor: 'sup@a.example',
  admin: 'admin@org.example',
  foreignAdmin: 'admin@other.example',
  closer: 'closer@a.example',
};

const PEOPLE: { who: Who; org: string; team: string | null; roles: string[] }[] = [
  { who: 'agent', org: ORG, team: TEAM_A, roles: ['hunter'] },
  { who: 'mate', org: ORG, team: TEAM_A, roles: ['hunter'] },
  { who: 'closer', org: ORG, team: TEAM_A, roles: ['closer'] },
  { who: 'otherAgent', org: ORG, team: TEAM_B, roles: ['hunter'] },
  { who: 'supervisor', org: ORG, team: TEAM_A, roles: ['supervisor'] },
  { who: 'admin', org: ORG, team: null, roles: ['admin'] },
  { who: 'foreignAdmin', org: OTHER_ORG, team: TEAM_X, roles: ['admin'] },
];

/** Leads in every corner of the scope rules. */
export const L = {
  own: 'lead-own',
  queue: 'lead-queue',
  mates: 'lead-mates',
  otherTeam: 'lead-other-team',
  otherOrg: 'lead-other-org',
} as const;

/** The desks' clock in tests: a mutation made with seq n is dated T0 + n. */
export const T0 = 1_760_000_000_000;

export function lead(id: string, org: string, ownerId: string | null, teamId: string | null): Lead {
  return leadSchema.parse({
    id,
    organisationId: org,
    ownerId,
    teamId,
    stage: 'lead',
    name: `Name of ${id}`,
    company: 'Co',
    phoneE164: '+966501234567',
    phones: [],
    email: null,
    country: 'SA',
    timezone: 'Asia/Riyadh',
    listName: 'list',
    source: 'coldList',
    priority: 1,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: ['name'],
    notes: '',
    custom: {},
    createdAt: T0,
    updatedAt: T0,
    stageChangedAt: T0,
    nextCallKind: null,
    followUpList: 'none',
    refusals: 0,
    attempts: 0,
    bant: null,
    meeting: null,
    proposal: null,
    deal: null,
    lostReason: null,
  });
}

export function activity(leadId: string, agentId: string, note = ''): Activity {
  return activitySchema.parse({
    id: uuidv7(),
    leadId,
    agentId,
    type: 'call',
    at: T0 + 1000,
    durationSec: 30,
    disposition: 'noAnswer',
    note,
  });
}

export async function seedWorld(db: Db): Promise<void> {
  const hash = await hashPassword(PASSWORD);
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO organisations (id, name) VALUES ($1, 'Org'), ($2, 'Other org')", [
      ORG,
      OTHER_ORG,
    ]);
    await tx.query(
      `INSERT INTO teams (id, organisation_id, name) VALUES ($1, $4, 'A'), ($2, $4, 'B'), ($3, $5, 'X')`,
      [TEAM_A, TEAM_B, TEAM_X, ORG, OTHER_ORG],
    );
    for (const p of PEOPLE) {
      await tx.query(
        `INSERT INTO users (id, organisation_id, team_id, email, display_name, roles, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [U[p.who], p.org, p.team, EMAIL[p.who], p.who, p.roles, hash],
      );
    }
    await insertLeads(tx, ORG, [
      lead(L.own, ORG, U.agent, TEAM_A),
      lead(L.queue, ORG, null, TEAM_A),
      lead(L.mates, ORG, U.mate, TEAM_A),
      lead(L.otherTeam, ORG, U.otherAgent, TEAM_B),
    ]);
    await insertLeads(tx, OTHER_ORG, [lead(L.otherOrg, OTHER_ORG, null, TEAM_X)]);
  });
}

export type World = { db: Db; app: FastifyInstance };

export async function startWorld(db: Db, seed = true): Promise<World> {
  await migrate(db);
  if (seed) await seedWorld(db);
  const app = await buildApp({ db, version: 'test', staticDir: null, heartbeatMs: 200 });
  return { db, app };
}

export const protocol = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

/** The arguments a test gives a verb: its time is filled in (T0 + seq) unless given. */
export type VerbInput<N extends MutationName> =
  z.input<(typeof VERBS)[N]['args']> extends infer I
    ? I extends unknown
      ? Omit<I, 'at'> & { at?: number }
      : never
    : never;

/** A desk: one signed-in client with its own clientId and outbox seq. */
export class Desk {
  seq = 0;
  cursor: string | null = null;
  readonly clientId = randomUUID();
  /** The database behind the app, for desks that compute their effects (honest()). */
  db: Db | null = null;
  constructor(
    readonly app: FastifyInstance,
    public session: SyncSession,
  ) {}

  static async signIn(app: FastifyInstance | World, who: Who): Promise<Desk> {
    if (!('inject' in app)) {
      const desk = await Desk.signIn(app.app, who);
      desk.db = app.db;
      return desk;
    }
    const clientId = randomUUID();
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: protocol,
      payload: { email: EMAIL[who], password: PASSWORD, clientId },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in ${who}: ${res.statusCode} ${res.body}`);
    return new Desk(app, res.json<SyncSession>());
  }

  get headers() {
    return { ...protocol, authorization: `Bearer ${this.session.accessToken}` };
  }

  request(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: this.headers,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  }

  /** The verb's arguments as a desk sends them (defaults filled, time T0 + seq). */
  args<N extends MutationName>(name: N, input: VerbInput<N>, seq: number): unknown {
    return verbOf(name).args.parse({ at: T0 + seq, ...input });
  }

  /** A mutation claiming `effects` (none by default: the server stores its own result anyway). */
  mutation<N extends MutationName>(
    name: N,
    input: VerbInput<N>,
    effects: Effects = {},
    seq = ++this.seq,
  ): Mutation {
    return {
      seq,
      name,
      args: this.args(name, input, seq),
      effects,
      schemaVersion: 2,
      createdAt: T0,
    };
  }

  /**
   * The mutation an honest desk sends: the effects the verb yields on the server's current rows
   * (as a desk holding the same rows computes them). `tamper` changes them before sending.
   */
  async honest<N extends MutationName>(
    name: N,
    input: VerbInput<N>,
    tamper: (e: Effects) => Effects = (e) => e,
  ): Promise<Mutation> {
    const db = this.db;
    if (!db) throw new Error('honest() needs a desk signed in with Desk.signIn(world, who)');
    const seq = ++this.seq;
    const args = this.args(name, input, seq);
    const verb = verbOf(name);
    const user = this.session.user;
    const caller = {
      userId: user.id,
      organisationId: this.session.organisation.id,
      teamId: user.teamId,
      roles: user.roles,
      sessionId: '',
      clientId: this.clientId,
    };
    const ctx = { actor: actorOf(caller), organisation: this.session.organisation };
    const loaded = await db.transaction((tx) =>
      loadState(tx, caller.organisationId, mergeReads([verb.reads(args)])),
    );
    const r = execute(verb, loaded.state, args, ctx);
    return {
      seq,
      name,
      args,
      effects: tamper(r.ok ? r.effects : {}),
      schemaVersion: 2,
      createdAt: T0,
    };
  }

  async push(mutations: Mutation[]): Promise<PushResponse> {
    const res = await this.request('POST', '/api/sync/push', {
      clientId: this.clientId,
      mutations,
    });
    if (res.statusCode !== 200) throw new Error(`push: ${res.statusCode} ${res.body}`);
    return res.json<PushResponse>();
  }

  async pushOne<N extends MutationName>(
    name: N,
    input: VerbInput<N>,
    effects: Effects = {},
  ): Promise<PushResponse> {
    return this.push([this.mutation(name, input, effects)]);
  }

  async pullPage(limit = 1000): Promise<PullResponse> {
    const res = await this.request('POST', '/api/sync/pull', { cursor: this.cursor, limit });
    if (res.statusCode !== 200) throw new Error(`pull: ${res.statusCode} ${res.body}`);
    const page = res.json<PullResponse>();
    this.cursor = page.cursor;
    return page;
  }

  /** Pulls until nothing more waits; returns every change in order. */
  async pullAll(limit = 1000): Promise<Change[]> {
    const all: Change[] = [];
    for (let i = 0; i < 10_000; i++) {
      const page = await this.pullPage(limit);
      all.push(...page.changes);
      if (!page.more) return all;
    }
    throw new Error('pull never finished');
  }
}

export const leadIds = (changes: Change[]) =>
  changes.flatMap((c) => (c.kind === 'lead' ? [c.row.id] : [])).sort();
export const tombstoneIds = (changes: Change[]) =>
  changes.flatMap((c) => (c.kind === 'tombstone' && c.entity === 'lead' ? [c.id] : [])).sort();

export async function leadRow(db: Db, id: string): Promise<Lead | undefined> {
  const { rows } = await db.query<{ data: Lead }>('SELECT data FROM leads WHERE id = $1', [id]);
  return rows[0]?.data;
}

export async function count(db: Db, table: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}
