// A small in-memory stand-in for the sync server's HTTP API, for the engine's unit tests only
// (the integration tests in tests/integration/desk-sync*.test.ts run the real server). It keeps
// leads, activities and a change log, applies pushed effects last-write-wins, refuses conditional
// mutations whose expectation no longer holds, and can be told to fail.
import type { Change, Mutation, PushRequest, RejectionReason } from '../../../shared/sync/protocol';
import type { OrganisationProfile, User } from '../../../shared/domain/content';
import type { OrganisationId, TeamId, UserId } from '../../../shared/domain/ids';
import type { Lead } from '../../../shared/domain/lead';
import { pushRequestSchema } from '../../../shared/sync/protocol';

// Who the fake server knows. Person, team and organisation ids are UUIDs, as on the real server.
export const FAKE_ORGANISATION_ID = '01900000-0000-7000-8000-00000000f000' as OrganisationId;
export const FAKE_TEAM_ID = '01900000-0000-7000-8000-00000000f100' as TeamId;

/** The hunter who signs in (password `secret`). */
export const FAKE_USER: User = {
  id: '01900000-0000-7000-8000-00000000f001' as UserId,
  displayName: 'Ayşe',
  email: 'a@x.test',
  roles: ['hunter'],
  teamId: FAKE_TEAM_ID,
  locale: 'tr',
  dailyCallTarget: 80,
  dailyBookingTarget: 3,
};

/** A closer of the same team (the server sends them once `putUser` is called). */
export const FAKE_CLOSER: User = {
  id: '01900000-0000-7000-8000-00000000f002' as UserId,
  displayName: 'Mehmet',
  email: 'm@x.test',
  roles: ['closer'],
  teamId: FAKE_TEAM_ID,
  locale: 'tr',
  dailyCallTarget: 25,
  dailyBookingTarget: 2,
};

/** Another hunter of the team, who may take a lead from under the signed-in one. */
export const FAKE_OTHER_HUNTER_ID = '01900000-0000-7000-8000-00000000f003' as UserId;

export const FAKE_ORGANISATION: OrganisationProfile = {
  id: FAKE_ORGANISATION_ID,
  name: { en: 'Org' },
  defaultLanguage: 'en',
  currency: 'TRY',
  timezone: 'Europe/Istanbul',
  callingWindow: { startMinutes: 540, endMinutes: 1200 },
};

type Fault = { status: number; error: string; retryAfter?: number; times: number };

export class FakeSyncServer {
  leads = new Map<string, Lead>();
  log: Change[] = [];
  lastSeq = new Map<string, number>();
  pushes: PushRequest[] = [];
  pulls: (string | null)[] = [];
  refreshes = 0;
  /** Requests in flight, and the most seen at once. */
  inFlight = 0;
  maxInFlight = 0;
  /** Fails the next matching requests. */
  faults = new Map<string, Fault>();
  /** Token the server accepts; anything else is 401 tokenExpired. */
  validToken = 'access-1';
  /** A mutation the server fails on with a 500 (a bug on the server's side), every time. */
  poison: ((m: Mutation) => boolean) | null = null;
  /** Answer the next pull with `resnapshot: true` (the desk's cursor is too old). */
  resnapshotNext = false;
  /**
   * Log entries from this index on are committed but held back behind a transaction still
   * running on the server: pulls stop before them and say `heldBack`. Null: nothing held.
   */
  heldFrom: number | null = null;
  private tokenN = 1;

  putLead(lead: Lead): void {
    this.leads.set(lead.id, lead);
    this.log.push({ kind: 'lead', row: lead });
  }

  putUser(user: User): void {
    this.log.push({ kind: 'user', row: user });
  }

  tombstone(id: string): void {
    this.leads.delete(id);
    this.log.push({ kind: 'tombstone', entity: 'lead', id });
  }

  fail(path: string, fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.set(path, { times: 1, ...fault });
  }

  readonly fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    const path = new URL(input).pathname;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((r) => setTimeout(r, 1));
      const fault = this.faults.get(path);
      if (fault && fault.times > 0) {
        fault.times--;
        return json(
          fault.status,
          { error: fault.error, message: fault.error },
          fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
        );
      }
      const body = init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
      if (path === '/api/auth/sign-in') {
        const { password } = body as { password: string };
        if (password !== 'secret') return json(401, { error: 'badCredentials', message: 'no' });
        this.validToken = `access-${++this.tokenN}`;
        return json(200, this.session());
      }
      if (path === '/api/auth/sign-out') return new Response(null, { status: 204 });
      if (path === '/api/auth/refresh') {
        this.refreshes++;
        this.validToken = `access-${++this.tokenN}`;
        return json(200, this.session());
      }
      const auth = new Headers(init?.headers).get('authorization');
      if (auth !== `Bearer ${this.validToken}`) {
        return json(401, { error: 'tokenExpired', message: 'stale' });
      }
      if (path === '/api/sync/push') {
        const req = pushRequestSchema.parse(body);
        if (this.poison && req.mutations.some(this.poison))
          return json(500, { error: 'internal', message: 'Internal Server Error' });
        return json(200, this.push(req));
      }
      if (path === '/api/sync/pull') {
        const { cursor, limit } = body as { cursor: string | null; limit: number };
        this.pulls.push(cursor);
        if (this.resnapshotNext && cursor !== null) {
          this.resnapshotNext = false;
          return json(200, { changes: [], cursor: '', more: true, resnapshot: true });
        }
        const from = cursor === null ? 0 : Number(cursor);
        const end = this.heldFrom ?? this.log.length;
        const changes = this.log.slice(from, Math.min(from + limit, end));
        const next = from + changes.length;
        const more = next < end;
        const heldBack = !more && end < this.log.length;
        return json(200, {
          changes,
          cursor: String(next),
          more,
          ...(heldBack ? { heldBack } : {}),
        });
      }
      return json(404, { error: 'notFound', message: path });
    } finally {
      this.inFlight--;
    }
  };

  session() {
    return {
      accessToken: this.validToken,
      accessExpiresAt: Date.now() + 15 * 60_000,
      refreshToken: `refresh-${this.tokenN}`,
      user: FAKE_USER,
      organisation: FAKE_ORGANISATION,
    };
  }

  private push(req: PushRequest) {
    this.pushes.push(req);
    const rejected: { seq: number; reason: RejectionReason; detail: string }[] = [];
    let last = this.lastSeq.get(req.clientId) ?? 0;
    for (const m of req.mutations) {
      if (m.seq <= last) continue;
      const refusal = this.apply(m);
      if (refusal) rejected.push({ seq: m.seq, reason: refusal, detail: `refused ${m.name}` });
      last = m.seq;
    }
    this.lastSeq.set(req.clientId, last);
    return { ackedSeq: last, rejected };
  }

  private apply(m: Mutation): RejectionReason | null {
    for (const effect of m.effects.leads ?? []) {
      const lead = this.leads.get(effect.id);
      if (!lead) return 'leadNotFound';
      if (effect.expect?.stage !== undefined && effect.expect.stage !== lead.stage) {
        return 'stageChanged';
      }
      if (effect.expect?.ownerId !== undefined && effect.expect.ownerId !== lead.ownerId) {
        return 'ownerChanged';
      }
    }
    for (const effect of m.effects.leads ?? []) {
      const lead = this.leads.get(effect.id);
      if (lead) this.putLead({ ...lead, ...effect.patch });
    }
    for (const row of m.effects.activities ?? []) this.log.push({ kind: 'activity', row });
    return null;
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
