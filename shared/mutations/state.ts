// The rows a verb reads. A verb says which it needs (`reads(args)`); the desk loads them from
// IndexedDB and the server from PostgreSQL (locking the leads) into one MemoryState, and the pure
// `apply` reads them from there, so both sides run the same rule on the same rows.
import type { ContentRow, Team, User } from '../domain/content';
import { isDoNotCallRequest, leadNumbers } from '../domain/dnc';
import type { LeadId, TeamId, UserId } from '../domain/ids';
import type { Lead } from '../domain/lead';
import type { DncEntry } from '../domain/targets';
import { patchedLead, type Effects, type Setting } from './effects';

/** What a verb needs loaded before it runs. */
export type Reads = {
  /** Leads by id (an id another organisation's lead has is marked foreign). */
  leads?: readonly LeadId[];
  /**
   * Leads reachable on these numbers (main or extra phone), with whether each asked not to be
   * called, and the do-not-call entries of all their numbers.
   */
  leadsByPhone?: readonly string[];
  /** Do-not-call entries by number. */
  dnc?: readonly string[];
  /** Every person and team of the organisation. */
  people?: boolean;
  /** People with these e-mail addresses in any organisation (e-mails are unique everywhere). */
  emails?: readonly string[];
  /** Person or team ids to check are not another organisation's. */
  foreignIds?: readonly string[];
  /** Every content row of the organisation. */
  content?: boolean;
};

/** Read access to the loaded rows. */
export type MutationState = {
  lead(id: LeadId): Lead | undefined;
  /** Loaded leads reachable on any of these numbers, each once, in id order. */
  leadsWithNumbers(numbers: readonly string[]): Lead[];
  /** A "do not call" call outcome is in the lead's history (domain/dnc askedNotToBeCalled). */
  askedOnACall(id: LeadId): boolean;
  dnc(phoneE164: string): DncEntry | undefined;
  /** Every loaded person, in id order. */
  users(): readonly User[];
  user(id: UserId): User | undefined;
  /** The person with this e-mail (lower-cased), in any organisation. */
  userByEmail(email: string): { id: UserId } | undefined;
  /** The id is a person or team of another organisation. */
  isForeign(id: string): boolean;
  teams(): readonly Team[];
  team(id: TeamId): Team | undefined;
  content(id: string): ContentRow | undefined;
  contentRows(): readonly ContentRow[];
};

/** Merges several verbs' reads (a server batch loads once). */
export function mergeReads(all: readonly Reads[]): Required<Reads> {
  const leads = new Set<LeadId>();
  const byPhone = new Set<string>();
  const dnc = new Set<string>();
  const emails = new Set<string>();
  const foreignIds = new Set<string>();
  let people = false;
  let content = false;
  for (const r of all) {
    for (const id of r.leads ?? []) leads.add(id);
    for (const p of r.leadsByPhone ?? []) byPhone.add(p);
    for (const p of r.dnc ?? []) dnc.add(p);
    for (const e of r.emails ?? []) emails.add(e.trim().toLowerCase());
    for (const id of r.foreignIds ?? []) foreignIds.add(id);
    people ||= r.people === true;
    content ||= r.content === true;
  }
  return {
    leads: [...leads],
    leadsByPhone: [...byPhone],
    dnc: [...dnc],
    people,
    emails: [...emails],
    foreignIds: [...foreignIds],
    content,
  };
}

// Rows answer in id order, not in the order a loader found them (IndexedDB by key, PostgreSQL
// by heap position), so a rule that takes "the first" (pickFarmer) or lists leads yields the
// same on the desk and on the server.
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The loaded rows in memory. `absorb` folds accepted effects in, so the next mutation of a batch
 * (or of a test's sequence) sees them.
 */
export class MemoryState implements MutationState {
  readonly leads = new Map<string, Lead>();
  readonly asked = new Set<string>();
  readonly dncEntries = new Map<string, DncEntry>();
  readonly people = new Map<string, User>();
  readonly teamRows = new Map<string, Team>();
  readonly emails = new Map<string, { id: UserId }>();
  readonly contentById = new Map<string, ContentRow>();
  readonly settings = new Map<string, Setting>();
  readonly foreign = new Set<string>();

  lead(id: LeadId): Lead | undefined {
    return this.leads.get(id);
  }

  leadsWithNumbers(numbers: readonly string[]): Lead[] {
    const wanted = new Set(numbers);
    const out: Lead[] = [];
    for (const lead of this.leads.values()) {
      if (leadNumbers(lead).some((n) => wanted.has(n))) out.push(lead);
    }
    return out.sort(byId);
  }

  askedOnACall(id: LeadId): boolean {
    return this.asked.has(id);
  }

  dnc(phoneE164: string): DncEntry | undefined {
    return this.dncEntries.get(phoneE164);
  }

  users(): readonly User[] {
    return [...this.people.values()].sort(byId);
  }

  user(id: UserId): User | undefined {
    return this.people.get(id);
  }

  userByEmail(email: string): { id: UserId } | undefined {
    return this.emails.get(email.trim().toLowerCase());
  }

  isForeign(id: string): boolean {
    return this.foreign.has(id);
  }

  teams(): readonly Team[] {
    return [...this.teamRows.values()];
  }

  team(id: TeamId): Team | undefined {
    return this.teamRows.get(id);
  }

  content(id: string): ContentRow | undefined {
    return this.contentById.get(id);
  }

  contentRows(): readonly ContentRow[] {
    return [...this.contentById.values()];
  }

  addUsers(users: Iterable<User>): void {
    for (const u of users) {
      this.people.set(u.id, u);
      this.emails.set(u.email.trim().toLowerCase(), { id: u.id });
    }
  }

  /** Folds accepted effects into the loaded rows. */
  absorb(effects: Effects): void {
    for (const e of effects.leads ?? []) {
      const next = patchedLead(this.leads.get(e.id), e);
      if (next) this.leads.set(e.id, next);
    }
    for (const a of effects.activities ?? []) if (isDoNotCallRequest(a)) this.asked.add(a.leadId);
    for (const d of effects.dnc?.put ?? []) this.dncEntries.set(d.phoneE164, d);
    for (const p of effects.dnc?.remove ?? []) this.dncEntries.delete(p);
    for (const c of effects.content?.put ?? []) this.contentById.set(c.id, c);
    for (const id of effects.content?.remove ?? []) this.contentById.delete(id);
    this.addUsers(effects.users ?? []);
    for (const t of effects.teams ?? []) this.teamRows.set(t.id, t);
    for (const s of effects.settings ?? []) this.settings.set(s.key, s);
  }
}
