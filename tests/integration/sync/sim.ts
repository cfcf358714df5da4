// Randomized multi-desk sync simulation: several desks (Dexie on fake-indexeddb, each its own
// database and client id) signed in as different demo users work against the real sync server
// through the fault proxy, on a schedule drawn from one seed. Then the network heals, everyone
// syncs until quiet, and the invariants are checked against what the server itself serves.
//
// Replay: the seed fixes every desk's actions, every offline spell and every fault decision (per
// desk, whatever the interleaving). Desks run one step at a time except in "burst" steps, where
// a few sync at once; those bursts let the server's interleaving vary between runs, so a failure
// found in a burst replays with the same schedule but may need a few tries.
import 'fake-indexeddb/auto';
import { DEMO_PASSWORD } from '../../../shared/demo/credentials';
import {
  DEMO_ORGANISATION,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
  ISTANBUL_TEAM_ID,
} from '../../../shared/demo/index';
import { createRandom, type Random } from '../../../shared/demo/random';
import type { User } from '../../../shared/domain/content';
import type { LeadId, TeamId, UserId } from '../../../shared/domain/ids';
import type { LeadStage } from '../../../shared/domain/lead';
import { reassignLeads } from '../../../renderer/db/assignment';
import { deskOf } from '../../../renderer/db/desk';
import { run, type Desk as VerbDesk } from '../../../renderer/db/run';
import { addNote } from '../../../shared/mutations/add-note';
import { closeWon } from '../../../shared/mutations/close-won';
import { editContact as editContactVerb } from '../../../shared/mutations/edit-contact';
import { handOff } from '../../../shared/mutations/hand-off';
import { qualify } from '../../../shared/mutations/qualify';
import { scheduleCallback } from '../../../shared/mutations/schedule-callback';
import { sendProposal } from '../../../shared/mutations/send-proposal';
import { setDisposition } from '../../../shared/mutations/set-disposition';
import type { ProductId } from '../../../shared/domain/ids';
import {
  createDeskDatabase,
  toStoredLead,
  type DeskDatabase,
  type StoredLead,
} from '../../../renderer/db/schema';
import { FAULT_KEY_HEADER, FaultProxy, type FaultRates } from './fault-proxy';
import { ServerProcess } from './server-process';
import { serverTruth, type Truth } from './truth';
import { createSyncDriver, type SyncDriver } from './driver';
import { comparable, inScope, leadDiff } from './desks';

export type DeskName = keyof typeof DEMO_USER_IDS;

/** Hunters of both teams, a closer, a supervisor and the administrator. */
export const SMALL_DESKS: DeskName[] = ['faisal', 'mona', 'emre', 'khalid', 'omar', 'sarah'];
export const LARGE_DESKS: DeskName[] = [...SMALL_DESKS, 'elif', 'burak', 'ayse', 'daniel', 'noura'];

export const DEFAULT_RATES: FaultRates = {
  dropRequest: 0.06,
  dropResponse: 0.08,
  duplicate: 0.08,
  reorder: 0.04,
  delay: 0.08,
  error5xx: 0.06,
  restartAfterCommit: 0.01,
  cutStream: 0.3,
};

export type SimConfig = {
  seed: string;
  steps: number;
  desks?: DeskName[];
  rates?: FaultRates;
  /** Restarts of the server between commit and reply at most this often (they are slow). */
  maxRestarts?: number;
  /** An existing server to use instead of starting one (its demo data must be untouched). */
  server?: ServerProcess;
  log?: (line: string) => void;
};

export type SimResult = {
  seed: string;
  violations: string[];
  stats: Record<string, number>;
  faults: Record<string, number>;
  rejections: Record<string, number>;
  restarts: number;
  /** Each step, for reading a failure: who did what, which syncs failed, what was rejected. */
  trace: string[];
};

/** One mutation a desk wrote, as recorded right after the action. */
type Written = {
  desk: DeskName;
  seq: number;
  name: string;
  activityIds: string[];
  leadIds: string[];
  /** What the entries said, for the trace. */
  summary: string;
};

type Desk = {
  name: DeskName;
  user: User;
  db: DeskDatabase;
  driver: SyncDriver;
  offline: boolean;
  random: Random;
  seenRejections: Set<number>;
};

const user = (name: DeskName): User => {
  const u = DEMO_USERS.find((x) => x.id === DEMO_USER_IDS[name]);
  if (!u) throw new Error(`no demo user ${name}`);
  return u;
};

const isRole = (u: User, role: User['roles'][number]) => u.roles.includes(role);

/** The closer of a team in the demo (hand-offs go there). */
function teamCloser(teamId: TeamId | null): UserId {
  return teamId === GULF_TEAM_ID ? DEMO_USER_IDS.khalid : DEMO_USER_IDS.burak;
}

function teamHunters(teamId: TeamId | null): UserId[] {
  return DEMO_USERS.filter((u) => u.teamId === teamId && u.roles.includes('hunter')).map(
    (u) => u.id,
  );
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runSimulation(config: SimConfig): Promise<SimResult> {
  const log = config.log ?? (() => undefined);
  const ownServer = !config.server;
  const server = config.server ?? new ServerProcess();
  const stats: Record<string, number> = {};
  const bump = (k: string, n = 1) => (stats[k] = (stats[k] ?? 0) + n);
  let phase = Date.now();
  const timed = (name: string) => {
    stats[`ms:${name}`] = Date.now() - phase;
    phase = Date.now();
  };
  if (ownServer) await server.start();
  timed('serverStart');
  try {
    return await simulate(config, server, stats, bump, timed, log);
  } finally {
    if (ownServer) await server.stop();
  }
}

async function simulate(
  config: SimConfig,
  server: ServerProcess,
  stats: Record<string, number>,
  bump: (k: string, n?: number) => void,
  timed: (name: string) => void,
  log: (line: string) => void,
): Promise<SimResult> {
  const random = createRandom(`sim:${config.seed}`);
  const violations: string[] = [];
  const written: Written[] = [];
  const trace: string[] = [];
  const desks: Desk[] = [];
  let restartsLeft = config.maxRestarts ?? 2;
  const proxy = new FaultProxy({
    target: () => ({ host: '127.0.0.1', port: server.port }),
    seed: config.seed,
    rates: {},
    restart: async () => {
      if (restartsLeft <= 0) return;
      restartsLeft--;
      log(`restart: server killed between commit and reply`);
      await server.restart();
    },
  });
  await proxy.start();
  try {
    // Desks sign in and take their first snapshot on a healthy network.
    for (const name of config.desks ?? SMALL_DESKS) {
      const u = user(name);
      const db = createDeskDatabase(
        `sim-${config.seed}-${name}-${Math.random().toString(36).slice(2)}`,
      );
      await db.open();
      const desk: Desk = {
        name,
        user: u,
        db,
        offline: false,
        random: createRandom(`desk:${config.seed}:${name}`),
        seenRejections: new Set(),
        driver: undefined as unknown as SyncDriver,
      };
      desk.driver = createSyncDriver({
        db,
        baseUrl: proxy.url,
        fetch: (input, init) => {
          if (desk.offline) return Promise.reject(new TypeError('fetch failed: desk offline'));
          const headers = new Headers(init?.headers);
          headers.set(FAULT_KEY_HEADER, name);
          return fetch(input, { ...init, headers });
        },
      });
      await desk.driver.signIn(u.email, DEMO_PASSWORD);
      await syncUntilDone(desk, 5);
      desks.push(desk);
    }
    timed('signInAndSnapshot');
    const before = await serverTruth(server.url, user('sarah').email);
    bump('leadsAtStart', before.leads.size);
    bump('activitiesAtStart', before.activities.size);

    proxy.setRates(config.rates ?? DEFAULT_RATES);
    for (let step = 0; step < config.steps; step++) {
      const roll = random.next();
      const note = (line: string) => trace.push(`${step}: ${line}`);
      if (roll < 0.55) {
        const desk = random.pick(desks);
        const w = await act(desk, bump);
        if (w) {
          written.push(w);
          note(`${desk.name}${desk.offline ? ' (offline)' : ''} ${w.summary}`);
        }
      } else if (roll < 0.8) {
        const desk = random.pick(desks);
        note(`${desk.name} sync: ${await syncQuietly(desk, bump)}`);
      } else if (roll < 0.9) {
        // Burst: a few desks sync at the same time.
        const some = desks.filter(() => random.chance(0.5));
        const results = await Promise.all(some.map((d) => syncQuietly(d, bump)));
        note(`burst: ${some.map((d, i) => `${d.name} ${results[i]}`).join(', ')}`);
        bump('bursts');
      } else {
        const desk = random.pick(desks);
        desk.offline = !desk.offline;
        note(`${desk.name} goes ${desk.offline ? 'offline' : 'online'}`);
        bump(desk.offline ? 'wentOffline' : 'cameOnline');
      }
    }

    timed('steps');
    // Heal: faults off, everyone online, sync in rounds until nothing moves.
    proxy.setRates({});
    await proxy.settled();
    if (proxy.restartError)
      violations.push(
        `the server did not come back after a restart: ${String(proxy.restartError)}`,
      );
    for (const d of desks) d.offline = false;
    await waitHealthy(server);
    let quietRounds = 0;
    for (let round = 0; round < 30 && quietRounds < 2; round++) {
      let moved = 0;
      for (const d of desks) {
        const r = await d.driver.sync();
        moved += r.pushed + r.pulled;
      }
      quietRounds = moved === 0 ? quietRounds + 1 : 0;
      bump('healRounds');
    }
    if (quietRounds < 2) violations.push('desks never went quiet after the network healed');

    timed('heal');
    await check(desks, server, written, before, violations, bump);
    timed('check');
    const rejections: Record<string, number> = {};
    for (const d of desks)
      for (const r of await d.db.rejections.toArray())
        rejections[`${r.name}:${r.reason}`] = (rejections[`${r.name}:${r.reason}`] ?? 0) + 1;
    return {
      seed: config.seed,
      violations,
      stats,
      faults: proxy.counts(),
      rejections,
      restarts: server.restarts,
      trace,
    };
  } finally {
    for (const d of desks) {
      await d.driver.close().catch(() => undefined);
      d.db.close();
    }
    await proxy.close();
  }
}

async function waitHealthy(server: ServerProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${server.url}/api/health`)).ok) return;
    } catch {
      // restarting
    }
    await sleep(100);
  }
}

async function syncUntilDone(desk: Desk, tries: number): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await desk.driver.sync();
      return;
    } catch (error) {
      if (i >= tries) throw error;
      await sleep(100);
    }
  }
}

async function syncQuietly(desk: Desk, bump: (k: string) => void): Promise<string> {
  try {
    const r = await desk.driver.sync();
    bump('syncOk');
    const rejected = await desk.db.rejections.toArray();
    const fresh = rejected.filter(
      (x) => x.at >= Date.now() - 60_000 && !desk.seenRejections.has(x.seq),
    );
    for (const x of fresh) desk.seenRejections.add(x.seq);
    return `ok pushed ${r.pushed} pulled ${r.pulled}${fresh.length ? ` REJECTED ${fresh.map((x) => `#${x.seq} ${x.name} ${x.reason}`).join(', ')}` : ''}`;
  } catch (error) {
    // A fault or an offline desk: the engine keeps everything for the next try.
    bump('syncFailed');
    return `failed (${error instanceof Error ? error.name : 'error'})`;
  }
}

// ---------------------------------------------------------------------------------------------
// What agents and supervisors do

const OPEN_HUNTER: LeadStage[] = ['lead', 'qualified'];

async function act(desk: Desk, bump: (k: string) => void): Promise<Written | null> {
  const { db, user: u, random } = desk;
  const now = Date.now();
  const ctx = deskOf(db, u, DEMO_ORGANISATION, () => now);
  const lastSeq = async () => (await db.outbox.orderBy('seq').last())?.seq ?? 0;
  const seqBefore = await lastSeq();
  const all = await db.leads.toArray();
  all.sort((a, b) => a.id.localeCompare(b.id));
  const mine = all.filter(
    (l) => l.ownerId === u.id || (l.ownerId === null && l.teamId === u.teamId),
  );
  let kind = 'none';
  if (isRole(u, 'supervisor') || isRole(u, 'admin')) {
    const roll = random.next();
    const pool = isRole(u, 'admin') ? all : all.filter((l) => l.teamId === u.teamId);
    const open = pool.filter((l) => OPEN_HUNTER.includes(l.stage));
    if (roll < 0.6 && open.length) {
      kind = 'reassignLeads';
      const picked = pickSome(random, open, random.int(1, 4));
      const teamId = isRole(u, 'admin')
        ? random.pick([GULF_TEAM_ID, ISTANBUL_TEAM_ID])
        : (u.teamId as TeamId);
      const to = random.chance(0.25)
        ? ({ kind: 'teamQueue', teamId } as const)
        : ({ kind: 'agent', userId: random.pick(teamHunters(teamId)), teamId } as const);
      await reassignLeads(
        ctx,
        picked.map((l) => l.id),
        to,
      );
    } else if (roll < 0.8 && pool.length) {
      kind = 'addNote';
      await run(ctx, addNote, {
        leadId: random.pick(pool).id,
        text: `sup note ${random.digits(4)}`,
      });
    } else if (pool.length) {
      kind = 'editContact';
      await editContact(ctx, random.pick(pool), random);
    }
  } else if (isRole(u, 'hunter')) {
    const leads = mine.filter((l) => OPEN_HUNTER.includes(l.stage));
    if (!leads.length) return null;
    const lead = random.pick(leads);
    const roll = random.next();
    if (roll < 0.35) {
      kind = 'setDisposition';
      const disposition = random.pick(['noAnswer', 'busy', 'voicemail'] as const);
      await run(ctx, setDisposition, {
        leadId: lead.id,
        disposition,
        durationSec: random.int(0, 300),
      });
    } else if (roll < 0.45) {
      kind = 'scheduleCallback';
      await run(ctx, scheduleCallback, {
        leadId: lead.id,
        callbackAt: now + random.int(1, 72) * 3_600_000,
      });
    } else if (roll < 0.52) {
      kind = 'notInterested';
      await run(ctx, setDisposition, {
        leadId: lead.id,
        disposition: 'notInterested',
        note: 'no',
      });
    } else if (roll < 0.62) {
      kind = 'qualify';
      const yes = { met: true, note: 'ok' };
      await run(ctx, qualify, {
        leadId: lead.id,
        bant: { budget: yes, authority: yes, need: yes, timeline: yes },
      });
    } else if (roll < 0.72) {
      kind = 'handOff';
      await run(ctx, handOff, {
        leadId: lead.id,
        closerId: teamCloser(u.teamId),
        meetingAt: now + random.int(1, 10) * 86_400_000,
        note: 'booked',
      });
    } else if (roll < 0.86) {
      kind = 'addNote';
      await run(ctx, addNote, { leadId: lead.id, text: `note ${random.digits(5)}` });
    } else {
      kind = 'editContact';
      await editContact(ctx, lead, random);
    }
  } else {
    // Closers (and farmers): work their own leads.
    const leads = all.filter((l) => l.ownerId === u.id);
    if (!leads.length) return null;
    const lead = random.pick(leads);
    const roll = random.next();
    if (roll < 0.4) {
      kind = 'setDisposition';
      await run(ctx, setDisposition, {
        leadId: lead.id,
        disposition: 'noAnswer',
        durationSec: 5,
      });
    } else if (roll < 0.6 && lead.stage === 'meetingScheduled') {
      kind = 'sendProposal';
      await run(ctx, sendProposal, {
        leadId: lead.id,
        productId: 'p' as ProductId,
        amount: 1000,
        currency: 'SAR',
      });
    } else if (roll < 0.7 && lead.stage === 'proposalSent') {
      kind = 'closeWon';
      await run(ctx, closeWon, {
        leadId: lead.id,
        productId: 'p' as ProductId,
        amount: 900,
        currency: 'SAR',
        farmerId: null,
      });
    } else {
      kind = 'addNote';
      await run(ctx, addNote, { leadId: lead.id, text: `closer ${random.digits(4)}` });
    }
  }
  const seqAfter = await lastSeq();
  bump(`action:${kind}`);
  if (seqAfter === seqBefore) return null;
  // Every entry the action wrote, with the activities it carries.
  const entries = await db.outbox.where('seq').above(seqBefore).toArray();
  const last = entries[entries.length - 1]!;
  return {
    desk: desk.name,
    seq: last.seq ?? 0,
    name: last.name,
    activityIds: entries.flatMap((e) => (e.effects?.activities ?? []).map((a) => a.id)),
    leadIds: entries.flatMap((e) => (e.effects?.leads ?? []).map((l) => l.id)),
    summary: entries
      .map(
        (e) =>
          `${e.name} #${e.seq} ` +
          (e.effects?.leads ?? [])
            .map((l) => {
              const p = l.patch ?? {};
              const moved =
                'ownerId' in p || 'teamId' in p
                  ? ` → ${p.ownerId ?? 'pool'}/${p.teamId ?? '-'}`
                  : '';
              const stage = p.stage ? ` stage→${p.stage}` : '';
              return `${l.id}${moved}${stage}${l.expect ? ` expect ${JSON.stringify(l.expect)}` : ''}`;
            })
            .join(', '),
      )
      .join('; '),
  };
}

function pickSome<T>(random: Random, items: readonly T[], n: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < n && copy.length)
    out.push(copy.splice(random.int(0, copy.length - 1), 1)[0]!);
  return out;
}

async function editContact(ctx: VerbDesk, lead: StoredLead, random: Random): Promise<void> {
  await run(ctx, editContactVerb, {
    leadId: lead.id as LeadId,
    name: `${lead.name.split(' #')[0]} #${random.digits(3)}`,
    company: lead.company,
    phone: lead.phoneE164 ?? '',
    email: lead.email ?? '',
    timezone: lead.timezone,
  });
}

// ---------------------------------------------------------------------------------------------
// Invariants

async function check(
  desks: Desk[],
  server: ServerProcess,
  written: Written[],
  before: Truth,
  violations: string[],
  bump: (k: string, n?: number) => void,
): Promise<void> {
  const admin = await serverTruth(server.url, user('sarah').email);
  const say = (v: string) => {
    if (violations.length < 200) violations.push(v);
  };
  for (const id of admin.duplicateActivities) say(`server lists activity ${id} more than once`);

  // Every lead has exactly one owner, or sits in a team queue.
  for (const lead of admin.leads.values()) {
    if (lead.ownerId === null && lead.teamId === null)
      say(`lead ${lead.id} has neither an owner nor a team queue`);
  }

  // Exactly once, none lost: every acknowledged activity is on the server unless its mutation
  // was rejected; none of a rejected mutation's are; and nothing else appeared.
  const expected = new Set(before.activities.keys());
  for (const d of desks) {
    const outbox = await d.db.outbox.count();
    if (outbox) say(`${d.name}: ${outbox} outbox entries never acknowledged after healing`);
    const rejected = new Set((await d.db.rejections.toArray()).map((r) => r.seq));
    for (const w of written.filter((x) => x.desk === d.name)) {
      const gone = rejected.has(w.seq);
      bump(gone ? 'mutationsRejected' : 'mutationsApplied');
      for (const id of w.activityIds) {
        if (gone && admin.activities.has(id))
          say(`${d.name}: activity ${id} of rejected ${w.name} #${w.seq} is on the server`);
        if (!gone) {
          expected.add(id);
          if (!admin.activities.has(id))
            say(`${d.name}: activity ${id} of acknowledged ${w.name} #${w.seq} is LOST`);
        }
      }
    }
  }
  for (const id of admin.activities.keys())
    if (!expected.has(id)) say(`server has activity ${id} that no desk acknowledged`);
  bump('activitiesAtEnd', admin.activities.size);

  // Every desk equals the server for its scope, and holds nothing outside it.
  for (const d of desks) {
    const truth = d.user.roles.includes('admin')
      ? admin
      : await serverTruth(server.url, d.user.email);
    // The user's own pull agrees with the scope rule applied to everything.
    for (const lead of admin.leads.values()) {
      const should = inScope(d.user, lead);
      if (should !== truth.leads.has(lead.id))
        say(`${d.name}: server scope ${should ? 'misses' : 'leaks'} lead ${lead.id}`);
    }
    const deskLeads = await d.db.leads.toArray();
    const deskIds = new Set(deskLeads.map((l) => l.id));
    for (const l of deskLeads) {
      const server = truth.leads.get(l.id);
      if (!server) {
        say(
          `${d.name}: holds lead ${l.id} outside its scope (owner ${l.ownerId}, team ${l.teamId})`,
        );
        continue;
      }
      if (comparable(l) !== comparable(toStoredLead(server as never)))
        say(
          `${d.name}: lead ${l.id} differs from the server: ${leadDiff(l, toStoredLead(server as never))}`,
        );
    }
    for (const id of truth.leads.keys())
      if (!deskIds.has(id as never)) say(`${d.name}: misses lead ${id}`);
    const acts = await d.db.activities.toArray();
    const actIds = new Set(acts.map((a) => a.id as string));
    for (const a of acts)
      if (!truth.activities.has(a.id))
        say(
          `${d.name}: holds activity ${a.id} (${a.type} on lead ${a.leadId}) the server does not serve`,
        );
    for (const id of truth.activities.keys())
      if (!actIds.has(id)) say(`${d.name}: misses activity ${id}`);
  }
}

/** The trace lines that mention the leads a violation names (all lines when it names none). */
export function relevantTrace(result: SimResult, max = 60): string[] {
  const ids = new Set<string>();
  for (const v of result.violations)
    for (const m of v.matchAll(/lead ([0-9a-f-]{36})/g)) ids.add(m[1]!);
  const lines = ids.size
    ? result.trace.filter((t) => [...ids].some((id) => t.includes(id)) || t.includes('REJECTED'))
    : result.trace;
  return lines.slice(-max);
}

/** Prints how to replay a seed. */
export function replayLine(seed: string, steps = 60, large = false): string {
  const env = `SIM_SEED=${seed}${steps === 60 ? '' : ` SIM_STEPS=${steps}`}${large ? ' SIM_LARGE=1' : ''}`;
  return `${env} npx vitest run tests/integration/sync/simulation.test.ts`;
}
