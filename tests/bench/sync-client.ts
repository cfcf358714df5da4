// A bare sync client for the server benchmarks, speaking shared/sync/README.md over fetch: sign
// in, push, pull, the live event stream, and synthetic leads and mutations in the wire format.
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import {
  DEMO_ORGANISATION,
  DEMO_ORGANISATION_ID,
  DEMO_TEAMS,
  DEMO_USERS,
} from '../../shared/demo/organisation';
import type { User } from '../../shared/domain/content';
import { leadIdSchema, teamIdSchema, userIdSchema } from '../../shared/domain/ids';
import { importedLead } from '../../shared/import/lead';
import { importLeads } from '../../shared/mutations/import-leads';
import { isMutationName } from '../../shared/mutations/registry';
import { setDisposition } from '../../shared/mutations/set-disposition';
import { MemoryState } from '../../shared/mutations/state';
import { execute, type Verb } from '../../shared/mutations/verb';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type Mutation,
  type PullResponse,
  type PushResponse,
  type SyncSession,
} from '../../shared/sync/protocol';
import type { Lead } from '../../shared/domain/lead';

export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfter: string | null,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 300)}`);
  }
}

export type Desk = { url: string; token: string; clientId: string; user: User };

export function demoUser(pick: (u: User) => boolean): User {
  const u = DEMO_USERS.find(pick);
  if (!u) throw new Error('no such demo user');
  return u;
}

async function call<T>(url: string, path: string, body: unknown, token: string | null): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!res.ok)
    throw new HttpStatusError(res.status, await res.text(), res.headers.get('retry-after'));
  return (await res.json()) as T;
}

/** Whether the server has the sync API at all (GET /api/sync/info). */
export async function hasSyncApi(url: string): Promise<boolean> {
  const res = await fetch(`${url}/api/sync/info`).catch(() => null);
  return res?.ok === true;
}

export async function signIn(url: string, user: User): Promise<Desk> {
  const clientId = randomUUID();
  const session = await call<SyncSession>(
    url,
    '/api/auth/sign-in',
    { email: user.email, password: DEMO_PASSWORD, clientId },
    null,
  );
  return { url, token: session.accessToken, clientId, user };
}

export function push(desk: Desk, mutations: Mutation[]): Promise<PushResponse> {
  return call(desk.url, '/api/sync/push', { clientId: desk.clientId, mutations }, desk.token);
}

export function pull(desk: Desk, cursor: string | null, limit = 1000): Promise<PullResponse> {
  return call(desk.url, '/api/sync/pull', { cursor, limit }, desk.token);
}

/** Pulls until `more` is false; returns the row count and the final cursor. */
export async function pullAll(
  desk: Desk,
  cursor: string | null,
  limit = 1000,
  onPage?: (page: PullResponse) => Promise<void> | void,
): Promise<{ rows: number; cursor: string; pages: number }> {
  let rows = 0;
  let pages = 0;
  let at = cursor;
  for (;;) {
    const page = await pull(desk, at, limit);
    rows += page.changes.length;
    pages++;
    at = page.cursor;
    await onPage?.(page);
    if (!page.more) return { rows, cursor: page.cursor, pages };
  }
}

/**
 * Opens the live event stream and calls `onPoke` for every poke; resolves once connected. The
 * returned function closes it.
 */
export async function listen(desk: Desk, onPoke: () => void): Promise<() => void> {
  const abort = new AbortController();
  const res = await fetch(`${desk.url}/api/sync/events`, {
    headers: {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      authorization: `Bearer ${desk.token}`,
    },
    signal: abort.signal,
  });
  if (!res.ok || !res.body)
    throw new HttpStatusError(res.status, await res.text(), res.headers.get('retry-after'));
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: poke$/m.test(event)) onPoke();
        }
      }
    } catch {
      // closed
    }
  })();
  return () => abort.abort();
}

/** A synthetic lead in the wire format, owned by `ownerId` in `teamId`. */
export function wireLead(
  i: number,
  ownerId: string | null,
  teamId: string | null,
  now: number,
): Lead {
  const name = `${['Ahmed', 'Fatima', 'Mehmet', 'Ayşe', 'John'][i % 5]} ${['Kaya', 'Hassan', 'Smith', 'Demir'][i % 4]} ${i}`;
  const company = `Company ${i % 5000}`;
  return {
    ...importedLead(
      leadIdSchema.parse(`bench-${String(i).padStart(8, '0')}`),
      {
        name,
        company,
        phones: [`+90532${String(i).padStart(7, '0')}`],
        email: null,
        country: 'TR',
        timezone: null,
        source: null,
        notes: '',
        custom: {},
      },
      {
        ownerId: ownerId === null ? null : userIdSchema.parse(ownerId),
        teamId: teamId === null ? null : teamIdSchema.parse(teamId),
      },
      { organisationId: DEMO_ORGANISATION_ID, listName: 'Bench', priority: 1, now },
    ),
    source: null,
  };
}

/**
 * Builds the mutations a desk would send: a verb's arguments and the effects the verb yields on
 * the rows this desk holds (kept here in memory and updated as it goes, as a desk's would be).
 */
export class VerbDesk {
  readonly state = new MemoryState();
  constructor(
    readonly user: User,
    leads: readonly Lead[] = [],
  ) {
    this.state.addUsers(DEMO_USERS);
    for (const t of DEMO_TEAMS) this.state.teamRows.set(t.id, t);
    for (const l of leads) this.state.leads.set(l.id, l);
  }

  mutation<A, R, I>(seq: number, verb: Verb<A, R, I>, input: I): Mutation {
    const args = verb.args.parse(input);
    const ctx = {
      actor: {
        id: this.user.id,
        roles: this.user.roles,
        teamId: this.user.teamId,
        organisationId: DEMO_ORGANISATION.id,
      },
      organisation: DEMO_ORGANISATION,
    };
    if (!isMutationName(verb.name)) throw new Error(`${verb.name} is not a registered verb`);
    const r = execute(verb, this.state, args, ctx);
    if (!r.ok) throw new Error(`${verb.name} refused on the bench desk: ${r.error.code}`);
    this.state.absorb(r.effects);
    return {
      seq,
      name: verb.name,
      args,
      effects: r.effects,
      schemaVersion: 2,
      createdAt: Date.now(),
    };
  }
}

/** An administrator's import of these leads, up to 1,000 per mutation. */
export function importMutations(leads: Lead[], firstSeq: number, now: number): Mutation[] {
  const admin = demoUser((u) => u.roles.includes('admin'));
  const desk = new VerbDesk(admin);
  const out: Mutation[] = [];
  for (let i = 0; i < leads.length; i += 1000) {
    const part = leads.slice(i, i + 1000);
    out.push(
      desk.mutation(firstSeq + out.length, importLeads, {
        importId: `bench-${now}`,
        listName: 'Bench',
        fileName: 'bench.csv',
        part: out.length + 1,
        priority: 1,
        at: now,
        leads: part.map((l) => ({
          id: l.id,
          ownerId: l.ownerId,
          teamId: l.teamId,
          contact: {
            name: l.name,
            company: l.company,
            phones: l.phoneE164 ? [l.phoneE164, ...l.phones] : l.phones,
            email: l.email,
            country: l.country,
            timezone: l.timezone,
            source: l.source,
            notes: l.notes,
            custom: l.custom,
          },
        })),
      }),
    );
  }
  return out;
}

/** A no-answer call on a lead, as the desk's setDisposition verb records it. */
export function dispositionMutation(
  desk: VerbDesk,
  seq: number,
  leadId: string,
  now: number,
): Mutation {
  return desk.mutation(seq, setDisposition, {
    leadId,
    disposition: 'noAnswer',
    durationSec: 30,
    at: now,
  });
}

/** Pushes mutations in batches, `concurrency` at a time is up to the caller. */
export async function pushAll(desk: Desk, mutations: Mutation[], batch = 500): Promise<void> {
  for (let i = 0; i < mutations.length; i += batch) {
    const r = await push(desk, mutations.slice(i, i + batch));
    if (r.rejected.length)
      throw new Error(`push rejected: ${JSON.stringify(r.rejected.slice(0, 3))}`);
  }
}
