// Test desks for sync scenarios: a Dexie database on fake-indexeddb signed in to the real server
// through the fault proxy, with an offline switch, plus the comparison with what the server serves.
import 'fake-indexeddb/auto';
import { DEMO_PASSWORD } from '../../../shared/demo/credentials';
import { DEMO_ORGANISATION, DEMO_USERS, DEMO_USER_IDS } from '../../../shared/demo/index';
import type { User } from '../../../shared/domain/content';
import { deskOf } from '../../../renderer/db/desk';
import type { Desk } from '../../../renderer/db/run';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../../renderer/db/schema';
import { FAULT_KEY_HEADER } from './fault-proxy';
import { createSyncDriver, type SyncDriver } from './driver';
import type { Truth } from './truth';

export type DeskName = keyof typeof DEMO_USER_IDS;

export function demoUser(name: DeskName): User {
  const u = DEMO_USERS.find((x) => x.id === DEMO_USER_IDS[name]);
  if (!u) throw new Error(`no demo user ${name}`);
  return u;
}

export type TestDesk = {
  name: DeskName;
  user: User;
  db: DeskDatabase;
  driver: SyncDriver;
  offline: boolean;
  /** The desk to run verbs on, its clock fixed at `now`. */
  desk: (now?: number) => Desk;
  close: () => Promise<void>;
};

let counter = 0;

/** A desk for `name`, signed in through `baseUrl` (the proxy), not yet synced. */
export async function openDesk(
  name: DeskName,
  baseUrl: string,
  options: { pullLimit?: number; live?: boolean; faultKey?: string } = {},
): Promise<TestDesk> {
  const user = demoUser(name);
  const db = createDeskDatabase(`desk-${name}-${process.pid}-${++counter}-${Date.now()}`);
  await db.open();
  const desk: TestDesk = {
    name,
    user,
    db,
    offline: false,
    driver: undefined as unknown as SyncDriver,
    desk: (now = Date.now()) => deskOf(db, user, DEMO_ORGANISATION, () => now),
    close: async () => {
      await desk.driver.close().catch(() => undefined);
      db.close();
    },
  };
  desk.driver = createSyncDriver({
    db,
    baseUrl,
    ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
    ...(options.live ? { live: true } : {}),
    fetch: (input, init) => {
      if (desk.offline) return Promise.reject(new TypeError('fetch failed: desk offline'));
      const headers = new Headers(init?.headers);
      headers.set(FAULT_KEY_HEADER, options.faultKey ?? name);
      return fetch(input, { ...init, headers });
    },
  });
  await desk.driver.signIn(user.email, DEMO_PASSWORD);
  return desk;
}

/** Scope rule of shared/sync/README.md: may this user see this lead? */
export function inScope(u: User, lead: { ownerId: string | null; teamId: string | null }): boolean {
  if (u.roles.includes('admin')) return true;
  if (u.roles.includes('supervisor')) return lead.teamId === u.teamId;
  return lead.ownerId === u.id || (lead.ownerId === null && lead.teamId === u.teamId);
}

/** Lead fields only desks derive are left out; the rest is compared as JSON with sorted keys. */
export function comparable(lead: object): string {
  const {
    queueOwner: _o,
    queueKey: _k,
    queueZone: _z,
    meetingDueAt: _m,
    ...rest
  } = lead as Record<string, unknown>;
  return JSON.stringify(
    Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))),
  );
}

export function leadDiff(a: object, b: object): string {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const out: string[] = [];
  for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
    if (k === 'queueOwner' || k === 'queueKey' || k === 'queueZone') continue;
    if (JSON.stringify(ra[k]) !== JSON.stringify(rb[k]))
      out.push(
        `${k}: desk ${JSON.stringify(ra[k])?.slice(0, 80)} vs server ${JSON.stringify(rb[k])?.slice(0, 80)}`,
      );
  }
  return out.join('; ');
}

/** Every way the desk differs from the server's view of its scope (empty when equal). */
export async function deskDifferences(desk: TestDesk, truth: Truth): Promise<string[]> {
  const out: string[] = [];
  const leads = await desk.db.leads.toArray();
  const ids = new Set<string>(leads.map((l) => l.id));
  for (const l of leads) {
    const server = truth.leads.get(l.id);
    if (!server) {
      out.push(
        `${desk.name}: holds lead ${l.id} outside its scope (owner ${l.ownerId}, team ${l.teamId})`,
      );
      continue;
    }
    const want = toStoredLead(server as never);
    if (comparable(l) !== comparable(want))
      out.push(`${desk.name}: lead ${l.id} differs from the server: ${leadDiff(l, want)}`);
  }
  for (const id of truth.leads.keys())
    if (!ids.has(id)) out.push(`${desk.name}: misses lead ${id}`);
  const acts = await desk.db.activities.toArray();
  const actIds = new Set<string>(acts.map((a) => a.id));
  for (const a of acts)
    if (!truth.activities.has(a.id))
      out.push(
        `${desk.name}: holds activity ${a.id} (${a.type} on lead ${a.leadId}) the server does not serve`,
      );
  for (const id of truth.activities.keys())
    if (!actIds.has(id)) out.push(`${desk.name}: misses activity ${id}`);
  return out;
}
