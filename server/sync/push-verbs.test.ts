// The verb × role matrix of push: for every verb of the registry, an honest mutation from a role
// that may run it is stored as the verb says; every way it can be refused (role, scope, a missing
// lead, a stage or owner that moved meanwhile, bad arguments, effects claimed beyond what the verb
// yields) is refused with its reason, changes nothing, and the rest of the batch still applies.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import {
  Desk,
  L,
  lead,
  leadRow,
  ORG,
  OTHER_ORG,
  startWorld,
  T0,
  TEAM_A,
  TEAM_B,
  TEAM_X,
  U,
  type VerbInput,
  type Who,
  type World,
} from '../test/sync-fixture';
import {
  activitiesOf,
  atOf,
  freshPhone,
  rawMutation,
  seedActivities,
  seedLead,
  storedRows,
} from '../test/sync-rows';
import type { z } from 'zod';
import { contentRowSchema, type UserRole } from '../../shared/domain/content';
import { leadIdSchema, teamIdSchema, userIdSchema, uuidv7 } from '../../shared/domain/ids';
import type { Lead } from '../../shared/domain/lead';
import { DEFAULT_ALERT_RULES } from '../../shared/domain/insight/alerts';
import { DEFAULT_RECORDING_SETTINGS } from '../../shared/recordings/protocol';
import { rulesFromWindow, withWeekend } from '../../shared/domain/calling-rules';
import { isWithinCallingWindow, localTime } from '../../shared/domain/calling-window';
import type { Effects, LeadPatch } from '../../shared/mutations/effects';
import { MUTATION_NAMES, verbOf, type MutationName } from '../../shared/mutations/registry';
import { mayRun } from '../../shared/mutations/verb';
import { NEW_CALLER } from '../../shared/mutations/testing/world';
import type { Mutation, RejectionReason } from '../../shared/sync/protocol';

// ---------------------------------------------------------------------------------------------
// The cases

type Ctx = {
  db: Db;
  world: World;
  /** One signed-in desk per person. */
  desk: Record<Who, Desk>;
  /** Another desk of the same person (a second device), for changes made meanwhile. */
  second: (who: Who) => Promise<Desk>;
};

type Allowed<N extends MutationName> = {
  label: string;
  who: Who;
  /** Seeds what the case needs; gives the verb's input and the check of the stored rows after. */
  prepare: (c: Ctx) => Promise<{ input: VerbInput<N>; check: (m: Mutation) => Promise<void> }>;
};

type Attempt<N extends MutationName> =
  | {
      input: VerbInput<N>;
      /** What a dishonest desk changes in the effects it claims. */
      tamper?: (e: Effects) => Effects;
      /** Another desk's change after this desk computed its effects, before it pushes them. */
      meanwhile?: () => Promise<unknown>;
    }
  /** Arguments the verb's schema refuses, sent as they are. */
  | { rawArgs: Record<string, unknown> };

type Refused<N extends MutationName> = {
  label: string;
  who: Who;
  reason: RejectionReason;
  prepare: (c: Ctx) => Promise<Attempt<N>>;
};

/** The refusals a verb can meet, by what it reaches (see required()). */
const REQUIREMENTS = [
  'forbidden',
  'outOfScope',
  'leadNotFound',
  'stageOrOwner',
  'invalid',
] as const;
type Requirement = (typeof REQUIREMENTS)[number];

type VerbCases<N extends MutationName> = {
  allowed: Allowed<N>[];
  refused: Refused<N>[];
  /** Refusals this verb cannot meet, and why. */
  cannot?: Partial<Record<Requirement, string>>;
};

const DAY = 86_400_000;
const LATER = T0 + 30 * DAY;
const NO_LEAD = 'lead-that-never-was';
const yes = { met: true, note: '' };
const ALL_MET = { budget: yes, authority: yes, need: yes, timeline: yes };
/** What the line says of a call that rang out. */
const RANG_OUT = {
  direction: 'outbound',
  result: 'noAnswer',
  sipStatus: 487,
  ringMs: 30_000,
  talkMs: 0,
  hangupBy: 'system',
} as const;

const uid = (who: Who) => userIdSchema.parse(U[who]);
const tid = (team: string) => teamIdSchema.parse(team);
const queueOf = (teamId: string) => ({ ownerId: null, teamId });
const ownedBy = (who: Who, teamId: string = TEAM_A) => ({ ownerId: U[who], teamId });
const meeting = { at: LATER, closerId: U.closer, bookedBy: U.agent, bookedAt: T0, note: '' };

async function stored(c: Ctx, id: string): Promise<Lead> {
  const row = await leadRow(c.db, id);
  if (!row) throw new Error(`no lead ${id}`);
  return row;
}

/** The claimed effects with more fields on the first lead's patch. */
const patchFirst =
  (extra: LeadPatch) =>
  (e: Effects): Effects => ({
    ...e,
    leads: (e.leads ?? []).map((l, i) => (i === 0 ? { ...l, patch: { ...l.patch, ...extra } } : l)),
  });

type ContentInput = z.input<typeof contentRowSchema>;

const objection = (id: string, title: string): ContentInput => ({
  id,
  kind: 'objection',
  data: {
    id,
    category: 'price',
    title: { en: title },
    objection: { en: 'It costs too much' },
    responses: { en: ['Compare it with what the delay costs'] },
  },
});

const product = (id: string): ContentInput => ({
  id,
  kind: 'product',
  data: {
    id,
    name: { en: 'Cloud plan' },
    summary: { en: 'Everything in one place' },
    price: 100,
    currency: 'SAR',
    billing: 'monthly',
    fab: [],
    crossSell: [],
  },
});

const scriptSelling = (id: string, productId: string): ContentInput => ({
  id,
  kind: 'script',
  data: {
    id,
    role: 'hunter',
    name: { en: 'Opening' },
    productId,
    steps: [
      {
        id: 'start',
        phase: 'greeting',
        title: { en: 'Hello' },
        lines: { en: ['Hello {lead.name}'] },
        branches: [],
      },
    ],
  },
});

async function contentRow(c: Ctx, id: string): Promise<{ kind: string; data: unknown } | null> {
  const { rows } = await c.db.query<{ kind: string; data: unknown }>(
    'SELECT kind, data FROM content WHERE organisation_id = $1 AND id = $2',
    [ORG, id],
  );
  return rows[0] ?? null;
}

async function dncRow(c: Ctx, phone: string, org = ORG): Promise<unknown> {
  const { rows } = await c.db.query<{ data: unknown }>(
    'SELECT data FROM dnc WHERE organisation_id = $1 AND phone_e164 = $2',
    [org, phone],
  );
  return rows[0]?.data ?? null;
}

/** Pushes and expects acceptance (setting up what a case needs, through the API). */
async function pushOk<N extends MutationName>(
  desk: Desk,
  name: N,
  input: VerbInput<N>,
): Promise<void> {
  const r = await desk.push([await desk.honest(name, input)]);
  expect(r.rejected).toEqual([]);
}

const HUNTER: UserRole[] = ['hunter'];

/** The organisation's calling window in the sync fixture (the default, 09:00–20:00). */
const WINDOW = { startMinutes: 540, endMinutes: 1200 };
/** Calling rules of a Gulf floor: Friday and Saturday closed, 09:00–20:00 otherwise. */
const gulfRules = () => ({
  ...rulesFromWindow(WINDOW),
  weekly: withWeekend(rulesFromWindow(WINDOW).weekly, 'friSat', WINDOW),
});

/** A person who does not exist yet, in team A. */
const newUser = (email: string, roles: UserRole[] = HUNTER) => ({
  id: randomUUID(),
  displayName: 'New Person',
  email,
  roles,
  teamId: TEAM_A,
  locale: 'en' as const,
  dailyCallTarget: 0,
  dailyBookingTarget: 0,
});

const CASES: { [N in MutationName]: VerbCases<N> } = {
  setDisposition: {
    allowed: [
      {
        label:
          "a hunter's no answer on their lead: one more attempt, a retry planned, the call kept",
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, disposition: 'noAnswer', note: 'rang out', durationSec: 25 },
            async check(m) {
              const at = atOf(m);
              const row = await stored(c, l.id);
              expect(row).toMatchObject({
                ownerId: U.agent,
                stage: 'lead',
                attempts: 1,
                nextCallKind: 'retry',
                notes: 'rang out',
                updatedAt: at,
              });
              expect(row.nextCallAt).toBeGreaterThan(at);
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'call',
                  disposition: 'noAnswer',
                  agentId: U.agent,
                  durationSec: 25,
                  at,
                }),
              ]);
            },
          };
        },
      },
      {
        label: 'a call on the team queue makes the lead the caller’s own',
        who: 'mate',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, disposition: 'busy' },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({ ownerId: U.mate, attempts: 1 });
            },
          };
        },
      },
      {
        label: "a closer's do-not-call: the lead is lost for that reason and blocked",
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'));
          return {
            input: { leadId: l.id, disposition: 'doNotCall' },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({
                stage: 'lost',
                lostReason: 'doNotCall',
                doNotCall: true,
                nextCallAt: null,
              });
              const history = await activitiesOf(c.db, l.id);
              expect(history.map((a) => [a.type, a.disposition, a.stageTo])).toEqual([
                ['call', 'doNotCall', undefined],
                ['stageChange', null, 'lost'],
              ]);
            },
          };
        },
      },
      {
        label:
          'a last refusal to a named competitor: the cards opened on the call, the competitor on the loss',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'), { refusals: 3 });
          return {
            input: {
              leadId: l.id,
              disposition: 'notInterested',
              objection: 'competitor',
              lostReason: 'competitor',
              competitor: ' AquaPure ',
              cardsOpened: ['obj-price', 'obj-competitor'],
            },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({
                stage: 'lost',
                lostReason: 'competitor',
              });
              const history = await activitiesOf(c.db, l.id);
              expect(
                history.map((a) => [a.type, a.cardsOpened, a.lostReason, a.competitor]),
              ).toEqual([
                ['call', ['obj-price', 'obj-competitor'], undefined, undefined],
                ['stageChange', undefined, 'competitor', 'AquaPure'],
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a competitor named on an outcome that loses nobody',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            disposition: 'busy',
            competitor: 'AquaPure',
          },
        }),
      },
      {
        label: 'the same objection card twice',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          rawArgs: {
            id: uuidv7(),
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            disposition: 'busy',
            cardsOpened: ['obj-price', 'obj-price'],
            at: T0,
          },
        }),
      },
      {
        label: "another team's lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id,
            disposition: 'noAnswer',
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, disposition: 'noAnswer' } }),
      },
      {
        label: 'a sale is a verb of its own, not a disposition',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          rawArgs: {
            id: uuidv7(),
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            disposition: 'sale',
            at: T0,
          },
        }),
      },
      {
        label: "a key that is not the hunter's (retained)",
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, disposition: 'retained' },
        }),
      },
      {
        label: 'wrong number on a lead another device qualified meanwhile',
        who: 'agent',
        reason: 'stageChanged',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, disposition: 'wrongNumber' },
            meanwhile: async () =>
              pushOk(await c.second('agent'), 'qualify', { leadId: l.id, bant: ALL_MET }),
          };
        },
      },
      {
        // Now the teammate's own and out of the agent's scope: the owner it relied on is gone.
        label: 'a queue lead a teammate took meanwhile',
        who: 'agent',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, disposition: 'noAnswer' },
            meanwhile: () =>
              pushOk(c.desk.mate, 'setDisposition', { leadId: l.id, disposition: 'busy' }),
          };
        },
      },
      {
        label: "a queue lead the agent's other device took meanwhile",
        who: 'agent',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, disposition: 'noAnswer' },
            meanwhile: async () =>
              pushOk(await c.second('agent'), 'setDisposition', {
                leadId: l.id,
                disposition: 'busy',
              }),
          };
        },
      },
      {
        label: "tampered: a hunter's no answer claiming the lead is won",
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, disposition: 'noAnswer' },
          tamper: patchFirst({ stage: 'won' }),
        }),
      },
      {
        label: 'tampered: claiming the lead for another agent',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, queueOf(TEAM_A))).id, disposition: 'noAnswer' },
          tamper: patchFirst({ ownerId: uid('mate') }),
        }),
      },
      {
        label: 'tampered: moving the lead to another team',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, disposition: 'busy' },
          tamper: patchFirst({ teamId: tid(TEAM_B) }),
        }),
      },
      {
        // Lost is a stage a call may reach: the claim is within reach, the server's rows disagree.
        label: 'claimed: a no answer the desk thought had lost the lead',
        who: 'agent',
        reason: 'stageChanged',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, disposition: 'noAnswer' },
          tamper: patchFirst({ stage: 'lost', lostReason: 'unreachable' }),
        }),
      },
      {
        label: "tampered: the call logged in another agent's name",
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, disposition: 'noAnswer' },
          tamper: (e) => ({
            ...e,
            activities: (e.activities ?? []).map((a) => ({ ...a, agentId: uid('mate') })),
          }),
        }),
      },
      {
        label: 'tampered: a call claimed on a lead the verb did not touch',
        who: 'agent',
        reason: 'forbidden',
        async prepare(c) {
          const other = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, disposition: 'noAnswer' },
            tamper: (e) => ({
              ...e,
              activities: (e.activities ?? []).map((a) => ({ ...a, leadId: other.id })),
            }),
          };
        },
      },
    ],
  },

  logCallAttempt: {
    allowed: [
      {
        label:
          "the phone's own log of a no answer: one more attempt, a retry, the line's facts kept",
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          const phone = { ...RANG_OUT };
          return {
            input: { leadId: l.id, phone },
            async check(m) {
              expect(await stored(c, l.id)).toMatchObject({ attempts: 1, nextCallKind: 'retry' });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'call',
                  disposition: 'noAnswer',
                  durationSec: 0,
                  phone,
                  at: atOf(m),
                }),
              ]);
            },
          };
        },
      },
      {
        label: 'a call the PBX failed is kept, and the lead is left as it was',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, phone: { ...RANG_OUT, result: 'failed', sipStatus: 503 } },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({ ownerId: null, attempts: 0 });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({ type: 'call', disposition: null }),
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id,
            phone: RANG_OUT,
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, phone: RANG_OUT } }),
      },
      {
        label: 'an answered call (its outcome key logs it)',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            phone: { ...RANG_OUT, result: 'answered', sipStatus: 200, talkMs: 9000 },
          },
        }),
      },
      {
        label: 'a queue lead a teammate took meanwhile',
        who: 'agent',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, phone: RANG_OUT },
            meanwhile: () =>
              pushOk(c.desk.mate, 'setDisposition', { leadId: l.id, disposition: 'busy' }),
          };
        },
      },
      {
        label: 'tampered: a no answer claiming the lead is won',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, phone: RANG_OUT },
          tamper: patchFirst({ stage: 'won' }),
        }),
      },
    ],
  },

  scheduleCallback: {
    allowed: [
      {
        label: 'the call-back time becomes the next call, the call is kept',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, callbackAt: LATER, note: 'after the holiday' },
            async check(m) {
              expect(await stored(c, l.id)).toMatchObject({
                nextCallAt: LATER,
                nextCallKind: 'callback',
                touches: 1,
                attempts: 0,
                notes: 'after the holiday',
              });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({ type: 'call', disposition: 'callBack', at: atOf(m) }),
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "a teammate's own lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('mate'))).id, callbackAt: LATER },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, callbackAt: LATER } }),
      },
      {
        label: 'a call-back time in the past',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, callbackAt: T0 - DAY },
        }),
      },
      {
        label: 'a call-back time that is not a time',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          rawArgs: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            callbackAt: 'tomorrow',
            at: T0,
          },
        }),
      },
      {
        // Now the teammate's own and out of the agent's scope: the owner it relied on is gone.
        label: 'a queue lead a teammate took meanwhile',
        who: 'agent',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, callbackAt: LATER },
            meanwhile: () =>
              pushOk(c.desk.mate, 'setDisposition', { leadId: l.id, disposition: 'busy' }),
          };
        },
      },
      {
        label: "a queue lead the agent's other device took meanwhile",
        who: 'agent',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, callbackAt: LATER },
            meanwhile: async () =>
              pushOk(await c.second('agent'), 'setDisposition', {
                leadId: l.id,
                disposition: 'busy',
              }),
          };
        },
      },
      {
        label: 'tampered: a call-back claiming a stage it cannot set',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, callbackAt: LATER },
          tamper: patchFirst({ stage: 'qualified' }),
        }),
      },
    ],
  },

  handOff: {
    allowed: [
      {
        label: 'the meeting is booked and the lead goes to the closer, with the call kept',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, closerId: U.closer, meetingAt: LATER, note: 'bring the deck' },
            async check(m) {
              const at = atOf(m);
              expect(await stored(c, l.id)).toMatchObject({
                ownerId: U.closer,
                teamId: TEAM_A,
                stage: 'meetingScheduled',
                meeting: {
                  at: LATER,
                  closerId: U.closer,
                  bookedBy: U.agent,
                  bookedAt: at,
                  note: 'bring the deck',
                },
              });
              const history = await activitiesOf(c.db, l.id);
              expect(history.map((a) => [a.type, a.disposition, a.stageTo, a.agentId])).toEqual([
                ['call', 'meetingBooked', undefined, U.agent],
                ['stageChange', null, 'meetingScheduled', U.agent],
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id,
            closerId: U.closer,
            meetingAt: LATER,
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, closerId: U.closer, meetingAt: LATER } }),
      },
      {
        label: 'a "closer" who is a hunter',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            closerId: U.mate,
            meetingAt: LATER,
          },
        }),
      },
      {
        label: "a closer of another organisation (its administrator's id)",
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            closerId: U.foreignAdmin,
            meetingAt: LATER,
          },
        }),
      },
      {
        label: 'a meeting in the past',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            closerId: U.closer,
            meetingAt: T0 - DAY,
          },
        }),
      },
      {
        label: 'a lead another device closed as a wrong number meanwhile',
        who: 'agent',
        reason: 'stageChanged',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, closerId: U.closer, meetingAt: LATER },
            meanwhile: async () =>
              pushOk(await c.second('agent'), 'setDisposition', {
                leadId: l.id,
                disposition: 'wrongNumber',
              }),
          };
        },
      },
      {
        label: 'a lead the supervisor gave to a teammate meanwhile',
        who: 'agent',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, closerId: U.closer, meetingAt: LATER },
            meanwhile: () =>
              pushOk(c.desk.supervisor, 'reassignLeads', {
                batch: 'meanwhile',
                to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
                leadIds: [l.id],
              }),
          };
        },
      },
      {
        label: "a queue lead the hunter's other device took meanwhile",
        who: 'agent',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { leadId: l.id, closerId: U.closer, meetingAt: LATER },
            meanwhile: async () =>
              pushOk(await c.second('agent'), 'setDisposition', {
                leadId: l.id,
                disposition: 'busy',
              }),
          };
        },
      },
      {
        // A hand-off may make anyone the owner: a claim the server's rows contradict is a conflict.
        label: 'claimed: the lead handed to a teammate instead of the closer',
        who: 'agent',
        reason: 'ownerChanged',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            closerId: U.closer,
            meetingAt: LATER,
          },
          tamper: patchFirst({ ownerId: uid('mate') }),
        }),
      },
    ],
  },

  qualify: {
    allowed: [
      {
        label: 'four yes answers qualify a fresh lead',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, bant: ALL_MET },
            async check(m) {
              const at = atOf(m);
              expect(await stored(c, l.id)).toMatchObject({
                stage: 'qualified',
                stageChangedAt: at,
                bant: ALL_MET,
              });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({ type: 'stageChange', stageTo: 'qualified', at }),
              ]);
            },
          };
        },
      },
      {
        label: "a closer's partial answers are kept, the stage stays",
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'));
          const bant = { ...ALL_MET, budget: { met: false, note: 'next year' } };
          return {
            input: { leadId: l.id, bant },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({ stage: 'lead', bant });
              expect(await activitiesOf(c.db, l.id)).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id,
            bant: ALL_MET,
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, bant: ALL_MET } }),
      },
      {
        label: 'answers without the timeline',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          rawArgs: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            bant: { budget: yes, authority: yes, need: yes },
            at: T0,
          },
        }),
      },
      {
        label: 'a lead another device closed as a wrong number meanwhile',
        who: 'agent',
        reason: 'stageChanged',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { leadId: l.id, bant: ALL_MET },
            meanwhile: async () =>
              pushOk(await c.second('agent'), 'setDisposition', {
                leadId: l.id,
                disposition: 'wrongNumber',
              }),
          };
        },
      },
    ],
  },

  recordMeetingOutcome: {
    allowed: [
      {
        label: 'a held meeting is stored on the lead and logged with the hunter who booked it',
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), {
            stage: 'meetingScheduled',
            meeting: { ...meeting, at: T0 - DAY },
          });
          return {
            input: { leadId: l.id, outcome: 'held' },
            async check(m) {
              const at = atOf(m);
              expect((await stored(c, l.id)).meeting).toEqual({
                ...meeting,
                at: T0 - DAY,
                outcome: 'held',
                outcomeAt: at,
              });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'meeting',
                  disposition: 'held',
                  bookedBy: U.agent,
                  agentId: U.closer,
                }),
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a hunter recording the meeting they booked',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting })
            ).id,
            outcome: 'held',
          },
        }),
      },
      {
        label: 'a reschedule into the past',
        who: 'closer',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting })
            ).id,
            outcome: 'rescheduled',
            meetingAt: 1,
          },
        }),
      },
      {
        label: "another team's meeting",
        who: 'closer',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('otherAgent', TEAM_B), {
                stage: 'meetingScheduled',
                meeting: { ...meeting, at: T0 - DAY },
              })
            ).id,
            outcome: 'held',
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'closer',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, outcome: 'noShow' } }),
      },
      {
        label: 'tampered: a held meeting claiming the lead is won',
        who: 'closer',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('closer'), {
                stage: 'meetingScheduled',
                meeting: { ...meeting, at: T0 - DAY },
              })
            ).id,
            outcome: 'held',
          },
          tamper: patchFirst({ stage: 'won' }),
        }),
      },
    ],
  },

  sendProposal: {
    allowed: [
      {
        label: 'the proposal is stored and the follow-up call planned',
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting });
          return {
            input: { leadId: l.id, productId: 'plan-1', amount: 1200, currency: 'SAR' },
            async check(m) {
              const at = atOf(m);
              const row = await stored(c, l.id);
              expect(row).toMatchObject({
                stage: 'proposalSent',
                proposal: { productId: 'plan-1', amount: 1200, currency: 'SAR', at },
                nextCallKind: 'followUp',
              });
              expect(row.nextCallAt).toBeGreaterThan(at);
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'stageChange',
                  stageTo: 'proposalSent',
                  amount: 1200,
                  currency: 'SAR',
                  agentId: U.closer,
                }),
              ]);
            },
          };
        },
      },
      {
        label: 'a proposal sent as a quote keeps the quote on the proposal and its activity',
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting });
          const quote = {
            number: 'Q-20251009-00A1B2',
            listPrice: 1200,
            discountKind: 'percent' as const,
            discountValue: 10,
            validUntil: T0 + 14 * 86_400_000,
            language: 'ar' as const,
          };
          return {
            input: { leadId: l.id, productId: 'plan-1', amount: 1080, currency: 'SAR', quote },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({
                stage: 'proposalSent',
                proposal: { amount: 1080, quote },
              });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({ type: 'stageChange', amount: 1080, quote }),
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'closer',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('otherAgent', TEAM_B), {
                stage: 'meetingScheduled',
                meeting,
              })
            ).id,
            productId: 'plan-1',
            amount: 1200,
            currency: 'SAR',
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'closer',
        reason: 'leadNotFound',
        prepare: async () => ({
          input: { leadId: NO_LEAD, productId: 'plan-1', amount: 1200, currency: 'SAR' },
        }),
      },
      {
        label: 'an amount of zero',
        who: 'closer',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled' })).id,
            productId: 'plan-1',
            amount: 0,
            currency: 'SAR',
          },
        }),
      },
      {
        label: 'a currency that is not a code',
        who: 'closer',
        reason: 'invalid',
        prepare: async (c) => ({
          rawArgs: {
            leadId: (await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled' })).id,
            productId: 'plan-1',
            amount: 10,
            currency: 'riyal',
            at: T0,
          },
        }),
      },
      {
        label: 'a lead nobody met yet (stage lead)',
        who: 'closer',
        reason: 'stageChanged',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('closer'))).id,
            productId: 'plan-1',
            amount: 1200,
            currency: 'SAR',
          },
        }),
      },
      {
        // The desk relied on the stage only: of a lead now out of scope, nothing more is said.
        label: 'a meeting the administrator moved to another team meanwhile',
        who: 'closer',
        reason: 'outOfScope',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting });
          return {
            input: { leadId: l.id, productId: 'plan-1', amount: 1200, currency: 'SAR' },
            meanwhile: () =>
              pushOk(c.desk.admin, 'reassignLeads', {
                batch: 'meanwhile',
                to: { kind: 'teamQueue', teamId: TEAM_B },
                leadIds: [l.id],
              }),
          };
        },
      },
      {
        label: 'a meeting another device closed as lost meanwhile',
        who: 'closer',
        reason: 'stageChanged',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting });
          return {
            input: { leadId: l.id, productId: 'plan-1', amount: 1200, currency: 'SAR' },
            meanwhile: async () =>
              pushOk(await c.second('closer'), 'closeLost', { leadId: l.id, reason: 'price' }),
          };
        },
      },
    ],
  },

  closeWon: {
    allowed: [
      {
        label: "the closer's won deal: stage, deal and the first check-in",
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), { stage: 'proposalSent', meeting });
          return {
            input: { leadId: l.id, productId: 'plan-1', amount: 1500, currency: 'SAR' },
            async check(m) {
              const at = atOf(m);
              const row = await stored(c, l.id);
              // No farmer in the organisation: the customer stays with the closer.
              expect(row).toMatchObject({
                ownerId: U.closer,
                stage: 'won',
                stageChangedAt: at,
                deal: { productId: 'plan-1', amount: 1500, currency: 'SAR', at },
                nextCallKind: 'checkIn',
              });
              expect(row.nextCallAt).toBeGreaterThan(at);
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({ type: 'stageChange', stageTo: 'won', amount: 1500 }),
              ]);
            },
          };
        },
      },
      {
        label: "the hunter's sale on the call: the call and the win are both logged",
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: {
              leadId: l.id,
              productId: 'plan-1',
              amount: 300,
              currency: 'SAR',
              call: { durationSec: 300, note: 'signed on the phone' },
            },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({
                stage: 'won',
                deal: { amount: 300 },
                notes: 'signed on the phone',
              });
              const history = await activitiesOf(c.db, l.id);
              expect(history.map((a) => [a.type, a.disposition, a.stageTo])).toEqual([
                ['call', 'sale', undefined],
                ['stageChange', null, 'won'],
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'closer',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B), { stage: 'proposalSent' }))
              .id,
            productId: 'plan-1',
            amount: 1500,
            currency: 'SAR',
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'closer',
        reason: 'leadNotFound',
        prepare: async () => ({
          input: { leadId: NO_LEAD, productId: 'plan-1', amount: 1500, currency: 'SAR' },
        }),
      },
      {
        label: 'a "farmer" who is a hunter',
        who: 'closer',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('closer'), { stage: 'proposalSent' })).id,
            productId: 'plan-1',
            amount: 1500,
            currency: 'SAR',
            farmerId: U.mate,
          },
        }),
      },
      {
        label: 'a negative amount',
        who: 'closer',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('closer'), { stage: 'proposalSent' })).id,
            productId: 'plan-1',
            amount: -5,
            currency: 'SAR',
          },
        }),
      },
      {
        label: 'a lead already lost',
        who: 'closer',
        reason: 'stageChanged',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('closer'), { stage: 'lost', lostReason: 'price' })
            ).id,
            productId: 'plan-1',
            amount: 1500,
            currency: 'SAR',
          },
        }),
      },
      {
        // A win may hand the customer to a farmer: another owner claimed is a conflict.
        label: 'claimed: the customer handed to a teammate the server did not pick',
        who: 'closer',
        reason: 'ownerChanged',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('closer'), { stage: 'proposalSent' })).id,
            productId: 'plan-1',
            amount: 1500,
            currency: 'SAR',
          },
          tamper: patchFirst({ ownerId: uid('agent') }),
        }),
      },
    ],
  },

  closeLost: {
    allowed: [
      {
        label: 'the deal is lost with its reason, nothing more is planned',
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), {
            stage: 'meetingScheduled',
            meeting,
            nextCallAt: LATER,
            nextCallKind: 'followUp',
          });
          return {
            input: { leadId: l.id, reason: 'price', note: ' too dear ' },
            async check(m) {
              expect(await stored(c, l.id)).toMatchObject({
                stage: 'lost',
                lostReason: 'price',
                stageChangedAt: atOf(m),
                nextCallAt: null,
                nextCallKind: null,
              });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'stageChange',
                  stageTo: 'lost',
                  note: 'too dear',
                  lostReason: 'price',
                }),
              ]);
            },
          };
        },
      },
      {
        label: 'the deal is lost to a competitor the closer named',
        who: 'closer',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting });
          return {
            input: { leadId: l.id, reason: 'competitor', competitor: '  AquaPure ' },
            async check() {
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'stageChange',
                  stageTo: 'lost',
                  lostReason: 'competitor',
                  competitor: 'AquaPure',
                }),
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a competitor named for another reason',
        who: 'closer',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled' })).id,
            reason: 'price',
            competitor: 'AquaPure',
          },
        }),
      },
      {
        label: "another team's lead",
        who: 'closer',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('otherAgent', TEAM_B), { stage: 'meetingScheduled' })
            ).id,
            reason: 'price',
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'closer',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, reason: 'price' } }),
      },
      {
        label: 'a reason that is not on the list',
        who: 'closer',
        reason: 'invalid',
        prepare: async (c) => ({
          rawArgs: {
            leadId: (await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled' })).id,
            reason: 'bored',
            at: T0,
          },
        }),
      },
      {
        label: 'a lead already lost',
        who: 'closer',
        reason: 'stageChanged',
        prepare: async (c) => ({
          input: {
            leadId: (
              await seedLead(c.db, ownedBy('closer'), { stage: 'lost', lostReason: 'noNeed' })
            ).id,
            reason: 'price',
          },
        }),
      },
      {
        label: 'a meeting another device turned into a proposal meanwhile',
        who: 'closer',
        reason: 'stageChanged',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('closer'), { stage: 'meetingScheduled', meeting });
          return {
            input: { leadId: l.id, reason: 'price' },
            meanwhile: async () =>
              pushOk(await c.second('closer'), 'sendProposal', {
                leadId: l.id,
                productId: 'plan-1',
                amount: 99,
                currency: 'SAR',
              }),
          };
        },
      },
    ],
  },

  editContact: {
    allowed: [
      {
        label: 'name, company, number (as typed), e-mail and timezone are corrected',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: {
              leadId: l.id,
              name: ' Leyla Kaya ',
              company: 'Kaya Tekstil',
              phone: '055 123 4567',
              defaultCountry: 'SA',
              email: 'leyla@kaya.example',
              timezone: 'Asia/Riyadh',
            },
            async check(m) {
              expect(await stored(c, l.id)).toMatchObject({
                name: 'Leyla Kaya',
                company: 'Kaya Tekstil',
                phoneE164: '+966551234567',
                email: 'leyla@kaya.example',
                timezone: 'Asia/Riyadh',
                doNotCall: false,
                updatedAt: atOf(m),
              });
              expect((await stored(c, l.id)).searchKeys).toEqual(
                expect.arrayContaining(['leyla', 'kaya']),
              );
            },
          };
        },
      },
      {
        label:
          'the postal address and interests are noted, tidied; an edit without them keeps them',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          await pushOk(c.desk.agent, 'editContact', {
            leadId: l.id,
            name: l.name,
            company: l.company,
            phone: '',
            email: '',
            timezone: null,
            address: ' Olaya St. 12\nRiyadh ',
            interests: ['Solar', ' solar ', 'Filters'],
          });
          return {
            // An older desk's edit: no address, no interests.
            input: {
              leadId: l.id,
              name: 'Leyla Kaya',
              company: l.company,
              phone: '',
              email: '',
              timezone: null,
            },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({
                name: 'Leyla Kaya',
                address: 'Olaya St. 12\nRiyadh',
                interests: ['Solar', 'Filters'],
              });
            },
          };
        },
      },
      {
        label: 'a number on the do-not-call list blocks the lead at once',
        who: 'supervisor',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A));
          const listed = freshPhone();
          await pushOk(c.desk.admin, 'putDnc', { source: 'internal', phoneE164: listed });
          return {
            input: {
              leadId: l.id,
              name: l.name,
              company: l.company,
              phone: listed,
              email: '',
              timezone: null,
            },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({ phoneE164: listed, doNotCall: true });
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id,
            name: 'X',
            company: '',
            phone: '',
            email: '',
            timezone: null,
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({
          input: { leadId: NO_LEAD, name: 'X', company: '', phone: '', email: '', timezone: null },
        }),
      },
      {
        label: 'a number that cannot exist',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            name: 'X',
            company: '',
            phone: '12',
            email: '',
            timezone: null,
          },
        }),
      },
      {
        label: 'an empty name',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            name: '  ',
            company: '',
            phone: '',
            email: '',
            timezone: null,
          },
        }),
      },
      {
        label: 'tampered: an edit claiming the stage',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            name: 'Still a name',
            company: '',
            phone: '',
            email: '',
            timezone: null,
          },
          tamper: patchFirst({ stage: 'won' }),
        }),
      },
    ],
    cannot: {
      stageOrOwner: 'it moves neither stage nor owner',
    },
  },

  addNote: {
    allowed: [
      {
        label: "a note joins the lead's notes and history",
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'), { notes: 'old line' });
          return {
            input: { leadId: l.id, text: ' asked for a brochure ' },
            async check(m) {
              expect(await stored(c, l.id)).toMatchObject({
                notes: 'old line\nasked for a brochure',
                updatedAt: atOf(m),
              });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'note',
                  note: 'asked for a brochure',
                  agentId: U.agent,
                }),
              ]);
            },
          };
        },
      },
      {
        label: "an administrator's note on any team's lead",
        who: 'admin',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('otherAgent', TEAM_B));
          return {
            input: { leadId: l.id, text: 'checked by the office' },
            async check() {
              expect((await stored(c, l.id)).notes).toBe('checked by the office');
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id, text: 'x' },
        }),
      },
      {
        label: "another organisation's lead is not there at all",
        who: 'admin',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: L.otherOrg, text: 'x' } }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, text: 'x' } }),
      },
      {
        label: 'an empty note',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, text: '   ' },
        }),
      },
      {
        label: 'tampered: a note whose effects create a lead',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, ownedBy('agent'))).id, text: 'hello' },
          tamper: (e) => ({
            ...e,
            leads: [
              ...(e.leads ?? []),
              {
                id: leadIdSchema.parse('lead-smuggled'),
                create: lead('lead-smuggled', ORG, U.agent, TEAM_A),
              },
            ],
          }),
        }),
      },
      {
        label: 'tampered: a note carrying content',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { leadId: (await seedLead(c.db, queueOf(TEAM_A))).id, text: 'hello' },
          tamper: (e) => ({
            ...e,
            content: { put: [contentRowSchema.parse(objection('smuggled', 'Smuggled'))] },
          }),
        }),
      },
    ],
    cannot: {
      stageOrOwner: 'it moves neither stage nor owner',
    },
  },

  addLead: {
    allowed: [
      {
        label: "a caller the desk did not know becomes the agent's own lead on the inbound list",
        who: 'agent',
        async prepare(c) {
          const id = `in-${randomUUID()}`;
          return {
            input: { id, contact: NEW_CALLER },
            async check(m) {
              expect(await stored(c, id)).toMatchObject({
                organisationId: ORG,
                name: 'Caller From The Advert',
                phoneE164: '+966505550101',
                ownerId: U.agent,
                teamId: TEAM_A,
                stage: 'lead',
                listName: 'Inbound calls',
                createdAt: atOf(m),
              });
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a supervisor (agents take calls)',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async () => ({ input: { id: `in-${randomUUID()}`, contact: NEW_CALLER } }),
      },
      {
        label: 'neither a phone nor an e-mail',
        who: 'agent',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: { id: `in-${randomUUID()}`, contact: { ...NEW_CALLER, phones: [] }, at: T0 },
        }),
      },
      {
        label: 'an id the server already has',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: { id: (await seedLead(c.db, ownedBy('agent'))).id, contact: NEW_CALLER },
        }),
      },
      {
        label: 'tampered: the new lead claimed for another agent',
        who: 'agent',
        reason: 'forbidden',
        prepare: async () => ({
          input: { id: `in-${randomUUID()}`, contact: NEW_CALLER },
          tamper: (e) => ({
            ...e,
            leads: (e.leads ?? []).map((l) =>
              l.create ? { ...l, create: { ...l.create, ownerId: uid('mate') } } : l,
            ),
          }),
        }),
      },
    ],
  },

  addReferral: {
    allowed: [
      {
        label:
          "a customer's referral becomes a lead in the team's queue, credited to the customer and the agent, noted on the customer",
        who: 'agent',
        async prepare(c) {
          const customer = await seedLead(c.db, ownedBy('agent'), { stage: 'retention' });
          const id = `ref-${randomUUID()}`;
          return {
            input: { customerId: customer.id, leadId: id, contact: NEW_CALLER, note: 'cousin' },
            async check(m) {
              expect(await stored(c, id)).toMatchObject({
                ownerId: null,
                teamId: TEAM_A,
                stage: 'lead',
                listName: 'Referrals',
                source: 'Referrals',
                notes: 'cousin',
                referredBy: { leadId: customer.id, name: customer.name, agentId: U.agent },
                createdAt: atOf(m),
              });
              expect(await activitiesOf(c.db, customer.id)).toEqual([
                expect.objectContaining({ type: 'note', referralLeadId: id, note: 'cousin' }),
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a supervisor (agents take referrals on their calls)',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            customerId: (await seedLead(c.db, ownedBy('supervisor'), { stage: 'won' })).id,
            leadId: `ref-${randomUUID()}`,
            contact: NEW_CALLER,
          },
        }),
      },
      {
        label: "another team's customer",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            customerId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B), { stage: 'won' })).id,
            leadId: `ref-${randomUUID()}`,
            contact: NEW_CALLER,
          },
        }),
      },
      {
        label: 'a customer that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({
          input: { customerId: NO_LEAD, leadId: `ref-${randomUUID()}`, contact: NEW_CALLER },
        }),
      },
      {
        label: 'a lead that has not bought is not a customer',
        who: 'agent',
        reason: 'stageChanged',
        prepare: async (c) => ({
          input: {
            customerId: (await seedLead(c.db, ownedBy('agent'))).id,
            leadId: `ref-${randomUUID()}`,
            contact: NEW_CALLER,
          },
        }),
      },
      {
        label: 'neither a phone nor an e-mail',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          rawArgs: {
            customerId: (await seedLead(c.db, ownedBy('agent'), { stage: 'won' })).id,
            leadId: `ref-${randomUUID()}`,
            contact: { ...NEW_CALLER, phones: [] },
            at: T0,
          },
        }),
      },
    ],
  },

  importLeads: {
    allowed: [
      {
        label: "new leads land in the supervisor's team queue and with an agent",
        who: 'supervisor',
        async prepare(c) {
          const ids = [`imp-${randomUUID()}`, `imp-${randomUUID()}`] as const;
          const contact = (name: string) => ({
            name,
            company: 'Imported Co',
            phones: [freshPhone()],
            email: null,
            country: 'SA',
            timezone: null,
            source: 'fair',
            notes: '',
            custom: {},
          });
          return {
            input: {
              importId: 'imp-1',
              listName: 'Fair 2025',
              fileName: 'fair.csv',
              part: 1,
              priority: 5,
              leads: [
                { id: ids[0], contact: contact('Queue Lead'), ownerId: null, teamId: TEAM_A },
                { id: ids[1], contact: contact('Agent Lead'), ownerId: U.agent, teamId: TEAM_A },
              ],
            },
            async check() {
              expect(await stored(c, ids[0])).toMatchObject({
                organisationId: ORG,
                name: 'Queue Lead',
                ownerId: null,
                teamId: TEAM_A,
                stage: 'lead',
                listName: 'Fair 2025',
                priority: 5,
              });
              expect(await stored(c, ids[1])).toMatchObject({ ownerId: U.agent, teamId: TEAM_A });
            },
          };
        },
      },
      {
        label: 'an id the server already has is left as it is; the new one is created',
        who: 'admin',
        async prepare(c) {
          const existing = await seedLead(c.db, queueOf(TEAM_B));
          const fresh = `imp-${randomUUID()}`;
          const row = (id: string) => ({
            id,
            contact: {
              name: 'Re-imported',
              company: '',
              phones: [],
              email: null,
              country: null,
              timezone: null,
              source: null,
              notes: '',
              custom: {},
            },
            ownerId: null,
            teamId: TEAM_B,
          });
          return {
            input: {
              importId: 'imp-2',
              listName: 'Again',
              fileName: 'again.csv',
              part: 1,
              priority: 1,
              leads: [row(existing.id), row(fresh)],
            },
            async check() {
              expect(await stored(c, existing.id)).toEqual(existing);
              expect((await stored(c, fresh)).name).toBe('Re-imported');
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "into another team's queue",
        who: 'supervisor',
        reason: 'outOfScope',
        prepare: async () => ({ input: importOne({ ownerId: null, teamId: TEAM_B }) }),
      },
      {
        label: 'to an owner who is not an agent',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({ input: importOne({ ownerId: U.supervisor, teamId: TEAM_A }) }),
      },
      {
        label: "an id another organisation's lead has",
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: importOne({ ownerId: null, teamId: TEAM_A }, L.otherOrg),
        }),
      },
      {
        label: "into another organisation's team",
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({ input: importOne({ ownerId: null, teamId: TEAM_X }) }),
      },
      {
        label: 'an empty part',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            importId: 'x',
            listName: 'x',
            fileName: 'x',
            part: 1,
            priority: 1,
            leads: [],
            at: T0,
          },
        }),
      },
    ],
  },

  reassignLeads: {
    allowed: [
      {
        label: "the supervisor moves an agent's lead to a teammate (audited with the move)",
        who: 'supervisor',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: {
              batch: 'b1',
              to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
              leadIds: [l.id, NO_LEAD],
            },
            async check() {
              expect(await stored(c, l.id)).toMatchObject({ ownerId: U.mate, teamId: TEAM_A });
              const { rows } = await c.db.query<{ detail: { moves: unknown[] } }>(
                "SELECT detail FROM audit_log WHERE action = 'reassignLeads' AND subject = $1",
                [l.id],
              );
              expect(rows.map((r) => r.detail.moves)).toEqual([
                [{ id: l.id, from: [U.agent, TEAM_A], to: [U.mate, TEAM_A] }],
              ]);
            },
          };
        },
      },
      {
        label: "the administrator moves a lead to another team's queue",
        who: 'admin',
        async prepare(c) {
          const queued = await seedLead(c.db, queueOf(TEAM_A));
          return {
            input: { batch: 'b2', to: { kind: 'teamQueue', teamId: TEAM_B }, leadIds: [queued.id] },
            async check() {
              expect(await stored(c, queued.id)).toMatchObject({ ownerId: null, teamId: TEAM_B });
            },
          };
        },
      },
      {
        label: 'a booked meeting moves with its lead to the new closer',
        who: 'supervisor',
        async prepare(c) {
          const closer = newUser(`closer.${randomUUID()}@a.example`, ['closer']);
          await pushOk(c.desk.admin, 'putUser', { user: closer, isNew: true });
          const booked = await seedLead(c.db, ownedBy('closer'), {
            stage: 'meetingScheduled',
            meeting,
          });
          return {
            input: {
              batch: 'b3',
              to: { kind: 'agent', userId: closer.id, teamId: TEAM_A },
              leadIds: [booked.id],
            },
            async check() {
              expect(await stored(c, booked.id)).toMatchObject({
                ownerId: closer.id,
                stage: 'meetingScheduled',
                meeting: { ...meeting, closerId: closer.id },
              });
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'supervisor',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            batch: 'x',
            to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
            leadIds: [(await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id],
          },
        }),
      },
      {
        label: 'out of the team the supervisor leads',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            batch: 'x',
            to: { kind: 'teamQueue', teamId: TEAM_B },
            leadIds: [(await seedLead(c.db, queueOf(TEAM_A))).id],
          },
        }),
      },
      {
        label: 'a lead someone else moved meanwhile',
        who: 'supervisor',
        reason: 'ownerChanged',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'));
          return {
            input: { batch: 'x', to: { kind: 'teamQueue', teamId: TEAM_A }, leadIds: [l.id] },
            meanwhile: () =>
              pushOk(c.desk.admin, 'reassignLeads', {
                batch: 'meanwhile',
                to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
                leadIds: [l.id],
              }),
          };
        },
      },
      {
        label: 'to someone who does not work leads',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            batch: 'x',
            to: { kind: 'agent', userId: U.supervisor, teamId: TEAM_A },
            leadIds: [(await seedLead(c.db, queueOf(TEAM_A))).id],
          },
        }),
      },
      {
        label: "to another organisation's team",
        who: 'admin',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            batch: 'x',
            to: { kind: 'teamQueue', teamId: TEAM_X },
            leadIds: [(await seedLead(c.db, queueOf(TEAM_A))).id],
          },
        }),
      },
      {
        label: 'no leads',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: { batch: 'x', to: { kind: 'teamQueue', teamId: TEAM_A }, leadIds: [], at: T0 },
        }),
      },
      {
        label: 'tampered: a move claiming a lead it does not move',
        who: 'supervisor',
        reason: 'forbidden',
        async prepare(c) {
          const moved = await seedLead(c.db, ownedBy('agent'));
          const other = await seedLead(c.db, ownedBy('agent'));
          return {
            input: {
              batch: 'x',
              to: { kind: 'agent', userId: U.mate, teamId: TEAM_A },
              leadIds: [moved.id],
            },
            tamper: (e) => ({
              ...e,
              leads: [
                ...(e.leads ?? []),
                {
                  id: other.id,
                  patch: { ownerId: uid('mate') },
                  expect: { ownerId: uid('agent') },
                },
              ],
            }),
          };
        },
      },
    ],
    cannot: {
      leadNotFound:
        'a lead that is not there is counted as missing and the others still move (allowed case 1)',
    },
  },

  putDnc: {
    allowed: [
      {
        label:
          "a team-A supervisor's number blocks its leads in every team, not another organisation's",
        who: 'supervisor',
        async prepare(c) {
          const phone = freshPhone();
          const a = await seedLead(c.db, ownedBy('agent'), { phoneE164: phone });
          const b = await seedLead(c.db, ownedBy('otherAgent', TEAM_B), {
            phoneE164: null,
            phones: [phone],
          });
          const foreign = await seedLead(c.db, queueOf(TEAM_X), { phoneE164: phone }, OTHER_ORG);
          return {
            input: { source: 'internal', phoneE164: phone, note: ' asked twice ' },
            async check(m) {
              expect(await dncRow(c, phone)).toEqual({
                phoneE164: phone,
                source: 'internal',
                addedAt: atOf(m),
                addedBy: U.supervisor,
                note: 'asked twice',
              });
              expect((await stored(c, a.id)).doNotCall).toBe(true);
              expect((await stored(c, b.id)).doNotCall).toBe(true);
              expect((await stored(c, foreign.id)).doNotCall).toBe(false);
              expect(await dncRow(c, phone, OTHER_ORG)).toBeNull();
            },
          };
        },
      },
      {
        label:
          'a chunk of the national file; an internal entry keeps its note and becomes national too',
        who: 'admin',
        async prepare(c) {
          const [p1, p2] = [freshPhone(), freshPhone()];
          await pushOk(c.desk.supervisor, 'putDnc', {
            source: 'internal',
            phoneE164: p2,
            note: 'ours',
          });
          const l = await seedLead(c.db, queueOf(TEAM_B), { phoneE164: p1 });
          return {
            input: { source: 'national', numbers: [p1, p2] },
            async check() {
              expect(await dncRow(c, p1)).toMatchObject({ source: 'national', addedBy: U.admin });
              expect(await dncRow(c, p2)).toMatchObject({
                source: 'internal',
                note: 'ours',
                national: true,
              });
              expect((await stored(c, l.id)).doNotCall).toBe(true);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a number already on the internal list',
        who: 'supervisor',
        reason: 'invalid',
        async prepare(c) {
          const phone = freshPhone();
          await pushOk(c.desk.admin, 'putDnc', { source: 'internal', phoneE164: phone });
          return { input: { source: 'internal', phoneE164: phone } };
        },
      },
      {
        label: 'a note longer than the list keeps',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          input: { source: 'internal', phoneE164: freshPhone(), note: 'x'.repeat(1001) },
        }),
      },
      {
        label: 'a number that is not E.164',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({ rawArgs: { source: 'internal', phoneE164: '0551234567', at: T0 } }),
      },
    ],
    cannot: {
      outOfScope: "the list is the organisation's: it blocks leads in every team",
      leadNotFound: 'it names numbers, not leads',
    },
  },

  removeDnc: {
    allowed: [
      {
        label:
          'a number leaves the list: its leads in every team may be called again, unless they asked',
        who: 'supervisor',
        async prepare(c) {
          const phone = freshPhone();
          const a = await seedLead(c.db, queueOf(TEAM_A), { phoneE164: phone });
          const b = await seedLead(c.db, ownedBy('otherAgent', TEAM_B), { phoneE164: phone });
          const asked = await seedLead(c.db, ownedBy('agent'), { phoneE164: phone });
          await seedActivities(c.db, [
            {
              id: uuidv7(),
              leadId: asked.id,
              agentId: U.agent,
              type: 'call',
              at: T0,
              durationSec: 10,
              disposition: 'doNotCall',
              note: '',
            },
          ]);
          await pushOk(c.desk.admin, 'putDnc', { source: 'internal', phoneE164: phone });
          for (const l of [a, b, asked]) expect((await stored(c, l.id)).doNotCall).toBe(true);
          return {
            input: { source: 'internal', phoneE164: phone },
            async check() {
              expect(await dncRow(c, phone)).toBeNull();
              expect((await stored(c, a.id)).doNotCall).toBe(false);
              expect((await stored(c, b.id)).doNotCall).toBe(false);
              expect((await stored(c, asked.id)).doNotCall).toBe(true);
            },
          };
        },
      },
      {
        label: 'numbers a new national file no longer has leave the list',
        who: 'admin',
        async prepare(c) {
          const phone = freshPhone();
          const l = await seedLead(c.db, queueOf(TEAM_B), { phoneE164: phone });
          await pushOk(c.desk.admin, 'putDnc', { source: 'national', numbers: [phone] });
          return {
            input: { source: 'national', numbers: [phone] },
            async check() {
              expect(await dncRow(c, phone)).toBeNull();
              expect((await stored(c, l.id)).doNotCall).toBe(false);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a number that is not on the list',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({ input: { source: 'internal', phoneE164: freshPhone() } }),
      },
      {
        label: 'an empty chunk',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({ rawArgs: { source: 'national', numbers: [], at: T0 } }),
      },
    ],
    cannot: {
      outOfScope: "the list is the organisation's: it frees leads in every team",
      leadNotFound: 'it names numbers, not leads',
    },
  },

  sendMessage: {
    allowed: [
      {
        label: 'a WhatsApp message joins the history and counts as a touch',
        who: 'agent',
        async prepare(c) {
          const l = await seedLead(c.db, ownedBy('agent'), { touches: 3 });
          return {
            input: { leadId: l.id, channel: 'whatsapp', text: ' مرحبًا، حاولت الاتصال بك ' },
            async check(m) {
              expect(await stored(c, l.id)).toMatchObject({ touches: 4, updatedAt: atOf(m) });
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({
                  type: 'message',
                  channel: 'whatsapp',
                  note: 'مرحبًا، حاولت الاتصال بك',
                  agentId: U.agent,
                }),
              ]);
            },
          };
        },
      },
      {
        label: 'an e-mail keeps its subject',
        who: 'supervisor',
        async prepare(c) {
          const l = await seedLead(c.db, queueOf(TEAM_A), { email: 'buyer@example.sa' });
          return {
            input: { leadId: l.id, channel: 'email', subject: 'Your offer', text: 'Dear buyer' },
            async check() {
              expect((await stored(c, l.id)).touches).toBe(1);
              expect(await activitiesOf(c.db, l.id)).toEqual([
                expect.objectContaining({ channel: 'email', subject: 'Your offer' }),
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "another team's lead",
        who: 'agent',
        reason: 'outOfScope',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('otherAgent', TEAM_B))).id,
            channel: 'sms',
            text: 'x',
          },
        }),
      },
      {
        label: 'a lead that does not exist',
        who: 'agent',
        reason: 'leadNotFound',
        prepare: async () => ({ input: { leadId: NO_LEAD, channel: 'sms', text: 'x' } }),
      },
      {
        label: 'an e-mail to a lead without an address',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            channel: 'email',
            text: 'x',
          },
        }),
      },
      {
        label: 'a message to a lead that asked not to be contacted',
        who: 'agent',
        reason: 'invalid',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'), { doNotCall: true })).id,
            channel: 'whatsapp',
            text: 'x',
          },
        }),
      },
      {
        label: 'tampered: a message logged as a call with an outcome',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            channel: 'sms',
            text: 'x',
          },
          tamper: (e) => ({
            ...e,
            activities: (e.activities ?? []).map((a) => ({
              ...a,
              type: 'call' as const,
              disposition: 'meetingBooked',
            })),
          }),
        }),
      },
      {
        label: 'tampered: a message that moves the lead to won',
        who: 'agent',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            leadId: (await seedLead(c.db, ownedBy('agent'))).id,
            channel: 'sms',
            text: 'x',
          },
          tamper: patchFirst({ stage: 'won' }),
        }),
      },
    ],
  },

  setFollowUpSettings: {
    allowed: [
      {
        label: 'the re-call delay is stored and every desk of the organisation pulls it',
        who: 'supervisor',
        async prepare(c) {
          const value = { recallDays: 5 };
          return {
            input: value,
            async check() {
              const agent = new Desk(c.world.app, c.desk.agent.session);
              const settings = (await agent.pullAll()).filter((x) => x.kind === 'setting');
              expect(settings).toContainEqual({ kind: 'setting', row: { key: 'followUp', value } });
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'an agent setting the delay',
        who: 'agent',
        reason: 'forbidden',
        prepare: async () => ({ input: { recallDays: 3 } }),
      },
      {
        label: 'a delay of 9 days (outside 3–5)',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({ rawArgs: { recallDays: 9, at: T0 } }),
      },
    ],
  },

  setCallingRules: {
    allowed: [
      {
        label: 'the calling rules are stored and every desk of the organisation pulls them',
        who: 'supervisor',
        async prepare(c) {
          const value = {
            ...gulfRules(),
            holidays: [{ date: '2026-09-23', name: 'National Day' }],
          };
          return {
            input: value,
            async check() {
              const agent = new Desk(c.world.app, c.desk.agent.session);
              const settings = (await agent.pullAll()).filter((x) => x.kind === 'setting');
              expect(settings).toContainEqual({
                kind: 'setting',
                row: { key: 'callingRules', value },
              });
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
              // Back to rules that say what the calling window says, for the verbs after this one.
              await pushOk(c.desk.admin, 'setCallingRules', rulesFromWindow(WINDOW));
            },
          };
        },
      },
      {
        label:
          'the server plans calls by the rules: a Saudi lead under the SA override gets its retry on a Monday, 10:00–11:00 Riyadh',
        who: 'admin',
        async prepare(c) {
          const mondayOnly = Array.from({ length: 7 }, (_, d) =>
            d === 1 ? { startMinutes: 600, endMinutes: 660 } : null,
          );
          return {
            input: {
              ...rulesFromWindow(WINDOW),
              countries: [{ country: 'SA', weekly: mondayOnly }],
            },
            async check() {
              const saudi = await seedLead(c.db, ownedBy('agent'), { country: 'SA' });
              const other = await seedLead(c.db, ownedBy('agent'), { country: 'TR' });
              // The desk's claim is computed without the rules; the server writes its own effects.
              const input = { disposition: 'noAnswer', note: '', durationSec: 20 } as const;
              const r = await c.desk.agent.push([
                await c.desk.agent.honest('setDisposition', { ...input, leadId: saudi.id }),
                await c.desk.agent.honest('setDisposition', { ...input, leadId: other.id }),
              ]);
              expect(r.rejected).toEqual([]);
              const due = (await stored(c, saudi.id)).nextCallAt ?? 0;
              const local = localTime('Asia/Riyadh', due);
              expect(local.weekday).toBe(1);
              expect(local.minutes).toBeGreaterThanOrEqual(600);
              expect(local.minutes).toBeLessThan(660);
              // A lead of another country keeps the organisation's rules (09:00–20:00 every day).
              const otherDue = (await stored(c, other.id)).nextCallAt ?? 0;
              expect(isWithinCallingWindow('Asia/Riyadh', otherDue, WINDOW)).toBe(true);
              expect(otherDue).toBeLessThan(due);
              await pushOk(c.desk.admin, 'setCallingRules', rulesFromWindow(WINDOW));
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'an agent setting the calling rules',
        who: 'agent',
        reason: 'forbidden',
        prepare: async () => ({ input: gulfRules() }),
      },
      {
        label: 'a day whose hours end before they start',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => {
          const rules = gulfRules();
          return {
            rawArgs: {
              ...rules,
              weekly: rules.weekly.map((h, d) =>
                d === 0 ? { startMinutes: 900, endMinutes: 600 } : h,
              ),
              at: T0,
            },
          };
        },
      },
      {
        label: 'two special periods that overlap',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => {
          const rules = gulfRules();
          const period = (from: string, to: string) => ({
            name: 'Ramadan',
            from,
            to,
            weekly: rules.weekly,
          });
          return {
            rawArgs: {
              ...rules,
              periods: [period('2027-02-08', '2027-03-09'), period('2027-03-01', '2027-03-20')],
              at: T0,
            },
          };
        },
      },
    ],
  },

  setListCost: {
    allowed: [
      {
        label: 'the lists’ costs are stored and every desk of the organisation pulls them',
        who: 'supervisor',
        async prepare(c) {
          const value = {
            'Riyadh flyer A': { amount: 1000, currency: 'SAR' },
            'Jeddah expo': { amount: 250.5, currency: 'USD' },
          };
          return {
            input: { costs: value },
            async check() {
              const agent = new Desk(c.world.app, c.desk.agent.session);
              const settings = (await agent.pullAll()).filter((x) => x.kind === 'setting');
              expect(settings).toContainEqual({
                kind: 'setting',
                row: { key: 'listCosts', value },
              });
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'an agent setting a list’s cost',
        who: 'agent',
        reason: 'forbidden',
        prepare: async () => ({
          input: { costs: { 'Riyadh flyer A': { amount: 1, currency: 'SAR' } } },
        }),
      },
      {
        label: 'a negative cost',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: { costs: { 'Riyadh flyer A': { amount: -5, currency: 'SAR' } }, at: T0 },
        }),
      },
      {
        label: 'a cost without a currency code',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: { costs: { 'Riyadh flyer A': { amount: 5, currency: 'riyal' } }, at: T0 },
        }),
      },
    ],
  },

  setTouchSettings: {
    allowed: [
      {
        label:
          'the goal and WhatsApp mode are stored and every desk of the organisation pulls them',
        who: 'supervisor',
        async prepare(c) {
          const value = { goal: 10, whatsApp: 'app' as const };
          return {
            input: value,
            async check() {
              const agent = new Desk(c.world.app, c.desk.agent.session);
              const settings = (await agent.pullAll()).filter((x) => x.kind === 'setting');
              expect(settings).toContainEqual({
                kind: 'setting',
                row: { key: 'touchChain', value },
              });
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'an agent setting the goal',
        who: 'agent',
        reason: 'forbidden',
        prepare: async () => ({ input: { goal: 9, whatsApp: 'web' } }),
      },
      {
        label: 'a goal of 13',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({ rawArgs: { goal: 13, whatsApp: 'web', at: T0 } }),
      },
      {
        label: 'tampered: the goal setting also replacing the national do-not-call file',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async () => ({
          input: { goal: 9, whatsApp: 'web' },
          tamper: (e) => ({
            ...e,
            settings: [
              ...(e.settings ?? []),
              {
                key: 'dncNationalFile',
                value: { fileName: 'forged.csv', fileDate: T0, importedAt: T0, count: 0 },
              },
            ],
          }),
        }),
      },
    ],
  },

  setNationalDncFile: {
    allowed: [
      {
        label: "the file's date is stored and every desk of the organisation pulls it",
        who: 'supervisor',
        async prepare(c) {
          const file = { fileName: 'dnc-october.csv', fileDate: T0 - 2 * DAY, count: 2 };
          return {
            input: file,
            async check(m) {
              const value = { ...file, importedAt: atOf(m) };
              const { rows } = await c.db.query<{ data: unknown }>(
                "SELECT data FROM settings WHERE organisation_id = $1 AND key = 'dncNationalFile'",
                [ORG],
              );
              expect(rows.map((r) => r.data)).toEqual([{ key: 'dncNationalFile', value }]);
              const agent = new Desk(c.world.app, c.desk.agent.session);
              const settings = (await agent.pullAll()).filter((x) => x.kind === 'setting');
              expect(settings).toEqual([
                { kind: 'setting', row: { key: 'dncNationalFile', value } },
              ]);
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a file dated in the future',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          input: { fileName: 'f.csv', fileDate: T0 + 10 * DAY, count: 1 },
        }),
      },
      {
        label: 'a negative count',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: { fileName: 'f.csv', fileDate: T0, count: -1, at: T0 },
        }),
      },
    ],
  },

  putContent: {
    allowed: [
      {
        label: 'a new objection card is stored tidied',
        who: 'supervisor',
        async prepare(c) {
          const id = `card-${randomUUID()}`;
          const row = objection(id, '  Too expensive  ');
          return {
            input: { row, isNew: true },
            async check() {
              expect(await contentRow(c, id)).toEqual({
                kind: 'objection',
                data: { ...row.data, title: { en: 'Too expensive' } },
              });
            },
          };
        },
      },
      {
        label: 'an administrator changes an existing card',
        who: 'admin',
        async prepare(c) {
          const id = `card-${randomUUID()}`;
          await pushOk(c.desk.supervisor, 'putContent', {
            row: objection(id, 'First'),
            isNew: true,
          });
          return {
            input: { row: objection(id, 'Second'), isNew: false },
            async check() {
              expect(await contentRow(c, id)).toMatchObject({
                data: { title: { en: 'Second' } },
              });
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a new item with an id that is taken',
        who: 'supervisor',
        reason: 'invalid',
        async prepare(c) {
          const id = `card-${randomUUID()}`;
          await pushOk(c.desk.admin, 'putContent', { row: objection(id, 'First'), isNew: true });
          return { input: { row: objection(id, 'Again'), isNew: true } };
        },
      },
      {
        label: 'a change of an item that does not exist',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          input: { row: objection(`card-${randomUUID()}`, 'Ghost'), isNew: false },
        }),
      },
      {
        label: 'a card without a title',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          input: { row: objection(`card-${randomUUID()}`, '   '), isNew: true },
        }),
      },
      {
        label: 'a kind of content that does not exist',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: { row: { id: 'p', kind: 'poster', data: {} }, isNew: true, at: T0 },
        }),
      },
    ],
  },

  removeContent: {
    allowed: [
      {
        label: 'the item is deleted',
        who: 'supervisor',
        async prepare(c) {
          const id = `card-${randomUUID()}`;
          await pushOk(c.desk.admin, 'putContent', { row: objection(id, 'Bye'), isNew: true });
          return {
            input: { id },
            async check() {
              expect(await contentRow(c, id)).toBeNull();
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'an item that does not exist',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({ input: { id: `card-${randomUUID()}` } }),
      },
      {
        label: 'a product a script still sells',
        who: 'admin',
        reason: 'invalid',
        async prepare(c) {
          const productId = `prod-${randomUUID()}`;
          await pushOk(c.desk.admin, 'putContent', { row: product(productId), isNew: true });
          await pushOk(c.desk.admin, 'putContent', {
            row: scriptSelling(`script-${randomUUID()}`, productId),
            isNew: true,
          });
          return { input: { id: productId } };
        },
      },
      {
        label: 'an empty id',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({ rawArgs: { id: '', at: T0 } }),
      },
    ],
  },

  putTargets: {
    allowed: [
      {
        label: "a rep's targets, and their record's daily ones",
        who: 'supervisor',
        async prepare(c) {
          const input = {
            userId: U.mate,
            dailyCalls: 80,
            dailyBookings: 4,
            monthlyWins: 2,
            monthlyRevenue: 5000,
            dailyTalkMin: 120,
          };
          return {
            input,
            async check(m) {
              const { rows } = await c.db.query<{ data: unknown }>(
                'SELECT data FROM rep_targets WHERE user_id = $1',
                [U.mate],
              );
              expect(rows.map((r) => r.data)).toEqual([
                { ...input, updatedAt: atOf(m), updatedBy: U.supervisor },
              ]);
              const { rows: user } = await c.db.query(
                'SELECT daily_call_target, daily_booking_target FROM users WHERE id = $1',
                [U.mate],
              );
              expect(user).toEqual([{ daily_call_target: 80, daily_booking_target: 4 }]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a rep of a team the supervisor does not lead',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async () => ({
          input: {
            userId: U.otherAgent,
            dailyCalls: 1,
            dailyBookings: 1,
            monthlyWins: 1,
            monthlyRevenue: 1,
          },
        }),
      },
      {
        label: 'a negative target',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          input: {
            userId: U.agent,
            dailyCalls: -1,
            dailyBookings: 1,
            monthlyWins: 1,
            monthlyRevenue: 1,
          },
        }),
      },
      {
        label: 'a person of another organisation',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: {
            userId: U.foreignAdmin,
            dailyCalls: 1,
            dailyBookings: 1,
            monthlyWins: 1,
            monthlyRevenue: 1,
          },
        }),
      },
      {
        label: 'a target that is not a number',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            userId: U.agent,
            dailyCalls: 'many',
            dailyBookings: 1,
            monthlyWins: 1,
            monthlyRevenue: 1,
            at: T0,
          },
        }),
      },
    ],
  },

  putSalesTarget: {
    allowed: [
      {
        label: "the supervisor's team target for a month",
        who: 'supervisor',
        async prepare(c) {
          return {
            input: { teamId: TEAM_A, month: '2026-11', revenue: 50_000, wins: 10 },
            async check() {
              const { rows } = await c.db.query<{ data: unknown }>(
                'SELECT data FROM sales_targets WHERE organisation_id = $1 AND id = $2',
                [ORG, `${TEAM_A}:2026-11`],
              );
              expect(rows.map((r) => r.data)).toEqual([
                {
                  id: `${TEAM_A}:2026-11`,
                  teamId: TEAM_A,
                  month: '2026-11',
                  revenue: 50_000,
                  wins: 10,
                },
              ]);
            },
          };
        },
      },
      {
        label: "the organisation's target, by the administrator",
        who: 'admin',
        async prepare(c) {
          return {
            input: { teamId: null, month: '2026-11', revenue: 90_000, wins: 20 },
            async check() {
              const { rows } = await c.db.query<{ data: unknown }>(
                "SELECT data FROM sales_targets WHERE organisation_id = $1 AND id = 'org:2026-11'",
                [ORG],
              );
              expect(rows.map((r) => r.data)).toEqual([
                { id: 'org:2026-11', teamId: null, month: '2026-11', revenue: 90_000, wins: 20 },
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "the organisation's target, by a supervisor",
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async () => ({ input: { teamId: null, month: '2026-12', revenue: 1, wins: 1 } }),
      },
      {
        label: "another team's target",
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async () => ({ input: { teamId: TEAM_B, month: '2026-12', revenue: 1, wins: 1 } }),
      },
      {
        label: 'a month that does not exist',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({ input: { teamId: TEAM_A, month: '2026-13', revenue: 1, wins: 1 } }),
      },
      {
        label: "another organisation's team",
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({ input: { teamId: TEAM_X, month: '2026-12', revenue: 1, wins: 1 } }),
      },
    ],
  },

  putUser: {
    allowed: [
      {
        label: 'the supervisor adds a hunter to their team',
        who: 'supervisor',
        async prepare(c) {
          const user = newUser(` New.${randomUUID()}@A.example `);
          return {
            input: { user, isNew: true },
            async check() {
              const { rows } = await c.db.query(
                'SELECT organisation_id, team_id, email, display_name, roles, disabled_at FROM users WHERE id = $1',
                [user.id],
              );
              expect(rows).toEqual([
                {
                  organisation_id: ORG,
                  team_id: TEAM_A,
                  email: user.email.trim().toLowerCase(),
                  display_name: 'New Person',
                  roles: ['hunter'],
                  disabled_at: null,
                },
              ]);
            },
          };
        },
      },
      {
        label: 'the administrator disables someone',
        who: 'admin',
        async prepare(c) {
          const user = newUser(`leaver.${randomUUID()}@a.example`);
          await pushOk(c.desk.admin, 'putUser', { user, isNew: true });
          return {
            input: { user: { ...user, disabled: true }, isNew: false },
            async check() {
              const { rows } = await c.db.query<{ disabled_at: Date | null }>(
                'SELECT disabled_at FROM users WHERE id = $1',
                [user.id],
              );
              expect(rows[0]?.disabled_at).toBeInstanceOf(Date);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a person of a team the supervisor does not lead',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { user: { ...c.desk.otherAgent.session.user, displayName: 'X' }, isNew: false },
        }),
      },
      {
        label: 'a supervisor granting the administrator role',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: {
            user: { ...c.desk.agent.session.user, roles: ['hunter', 'admin'] },
            isNew: false,
          },
        }),
      },
      {
        // Another organisation's addresses are not looked at (auth.test.ts: answered as new).
        label: 'an e-mail a person of the organisation has',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: { user: newUser('MATE@a.example'), isNew: true },
        }),
      },
      {
        label: "the id of another organisation's person",
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: {
            user: { ...newUser(`x.${randomUUID()}@a.example`), id: U.foreignAdmin },
            isNew: true,
          },
        }),
      },
      {
        label: 'a change of a person who does not exist',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: { user: newUser(`ghost.${randomUUID()}@a.example`), isNew: false },
        }),
      },
      {
        label: 'a person without an e-mail field',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            user: { id: randomUUID(), displayName: 'X', roles: ['hunter'], teamId: TEAM_A },
            isNew: true,
            at: T0,
          },
        }),
      },
      {
        label: 'tampered: a new hunter, claiming a change of a person in another team',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async (c) => ({
          input: { user: newUser(`n.${randomUUID()}@a.example`), isNew: true },
          tamper: (e) => ({
            ...e,
            users: [
              ...(e.users ?? []),
              { ...c.desk.otherAgent.session.user, roles: ['supervisor'] },
            ],
          }),
        }),
      },
    ],
  },

  putTeam: {
    allowed: [
      {
        label: 'the administrator adds a team with its supervisor',
        who: 'admin',
        async prepare(c) {
          const id = randomUUID();
          return {
            input: {
              team: { id, name: { en: ' North ', tr: 'Kuzey' }, supervisorId: U.supervisor },
              isNew: true,
            },
            async check() {
              const { rows } = await c.db.query(
                'SELECT organisation_id, name, name_localized, supervisor_id FROM teams WHERE id = $1',
                [id],
              );
              expect(rows).toEqual([
                {
                  organisation_id: ORG,
                  name: 'North',
                  name_localized: { en: 'North', tr: 'Kuzey' },
                  supervisor_id: U.supervisor,
                },
              ]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: "the id of another organisation's team",
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: {
            team: { id: TEAM_X, name: { en: 'Mine now' }, supervisorId: null },
            isNew: false,
          },
        }),
      },
      {
        label: 'a supervisor who is a hunter',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: {
            team: { id: randomUUID(), name: { en: 'South' }, supervisorId: U.agent },
            isNew: true,
          },
        }),
      },
      {
        label: 'a team without a name',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          input: { team: { id: randomUUID(), name: {}, supervisorId: null }, isNew: true },
        }),
      },
      {
        label: 'an id that is not a UUID',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            team: { id: 'north', name: { en: 'N' }, supervisorId: null },
            isNew: true,
            at: T0,
          },
        }),
      },
    ],
  },

  setPipelineInsight: {
    allowed: [
      {
        label:
          'the stall thresholds and a probability override reach every desk of the organisation',
        who: 'supervisor',
        async prepare(c) {
          const value = {
            stallDays: { qualified: 5, meetingScheduled: 3, proposalSent: 10 },
            meetingOverdueDays: 2,
            probabilities: { qualified: null, meetingScheduled: null, proposalSent: 0.4 },
          };
          return {
            input: value,
            async check() {
              const agent = new Desk(c.world.app, c.desk.agent.session);
              const settings = (await agent.pullAll()).filter((x) => x.kind === 'setting');
              expect(settings).toContainEqual({
                kind: 'setting',
                row: { key: 'pipelineInsight', value },
              });
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'an agent setting the thresholds',
        who: 'agent',
        reason: 'forbidden',
        prepare: async () => ({
          input: {
            stallDays: { qualified: 5, meetingScheduled: 3, proposalSent: 10 },
            meetingOverdueDays: 1,
            probabilities: { qualified: null, meetingScheduled: null, proposalSent: null },
          },
        }),
      },
      {
        label: 'a probability above 1',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            stallDays: { qualified: 5, meetingScheduled: 3, proposalSent: 10 },
            meetingOverdueDays: 1,
            probabilities: { qualified: 1.5, meetingScheduled: null, proposalSent: null },
            at: T0,
          },
        }),
      },
      {
        label: 'a threshold of zero days',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            stallDays: { qualified: 0, meetingScheduled: 3, proposalSent: 10 },
            meetingOverdueDays: 1,
            probabilities: { qualified: null, meetingScheduled: null, proposalSent: null },
            at: T0,
          },
        }),
      },
    ],
  },

  setAlertRules: {
    allowed: [
      {
        label: 'the rules are stored and every desk of the organisation pulls them',
        who: 'supervisor',
        async prepare(c) {
          const rules = {
            ...DEFAULT_ALERT_RULES,
            repCallsBelowTarget: { enabled: true, percent: 40, byLocalTime: '12:30' },
            dncFileOlderThan: { enabled: false, days: 31 },
          };
          return {
            input: { rules },
            async check() {
              const admin = new Desk(c.world.app, c.desk.admin.session);
              const settings = (await admin.pullAll()).filter((x) => x.kind === 'setting');
              expect(settings).toContainEqual({
                kind: 'setting',
                row: { key: 'alertRules', value: rules },
              });
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'an agent changing the rules',
        who: 'agent',
        reason: 'forbidden',
        prepare: async () => ({ input: { rules: DEFAULT_ALERT_RULES } }),
      },
      {
        label: 'a share of 150 %',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            rules: {
              ...DEFAULT_ALERT_RULES,
              showRateBelow: { enabled: true, percent: 150, period: 'week', minMeetings: 3 },
            },
            at: T0,
          },
        }),
      },
      {
        label: 'a time of day that is not one',
        who: 'supervisor',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: {
            rules: {
              ...DEFAULT_ALERT_RULES,
              repCallsBelowTarget: { enabled: true, percent: 50, byLocalTime: '25:00' },
            },
            at: T0,
          },
        }),
      },
    ],
  },

  setRecordingSettings: {
    allowed: [
      {
        label: 'the settings are stored and every desk of the organisation pulls them',
        who: 'admin',
        async prepare(c) {
          const settings = {
            ...DEFAULT_RECORDING_SETTINGS,
            mode: 'announce' as const,
            allowPause: false,
            retentionDays: 30,
          };
          return {
            input: { settings },
            async check() {
              const agent = new Desk(c.world.app, c.desk.agent.session);
              const pulled = (await agent.pullAll()).filter((x) => x.kind === 'setting');
              expect(pulled).toContainEqual({
                kind: 'setting',
                row: { key: 'recording', value: settings },
              });
              const foreign = new Desk(c.world.app, c.desk.foreignAdmin.session);
              const theirs = (await foreign.pullAll()).filter((x) => x.kind === 'setting');
              expect(theirs).toEqual([]);
            },
          };
        },
      },
    ],
    refused: [
      {
        label: 'a supervisor changing the recording settings',
        who: 'supervisor',
        reason: 'forbidden',
        prepare: async () => ({
          input: { settings: { ...DEFAULT_RECORDING_SETTINGS, mode: 'on' } },
        }),
      },
      {
        label: 'a retention of 0 days',
        who: 'admin',
        reason: 'invalid',
        prepare: async () => ({
          rawArgs: { settings: { ...DEFAULT_RECORDING_SETTINGS, retentionDays: 0 }, at: T0 },
        }),
      },
    ],
  },
};

/** One import row (a lead for `place`), with a fresh id unless given. */
function importOne(
  place: { ownerId: string | null; teamId: string },
  id = `imp-${randomUUID()}`,
): VerbInput<'importLeads'> {
  return {
    importId: 'one',
    listName: 'One',
    fileName: 'one.csv',
    part: 1,
    priority: 1,
    leads: [
      {
        id,
        contact: {
          name: 'One',
          company: '',
          phones: [],
          email: null,
          country: null,
          timezone: null,
          source: null,
          notes: '',
          custom: {},
        },
        ...place,
      },
    ],
  };
}

function casesOf<N extends MutationName>(name: N): VerbCases<N> {
  return CASES[name];
}

// ---------------------------------------------------------------------------------------------
// Which refusals each verb must show

/** One person per role of the fixture, to try every verb a role may not run. */
const PROBES: readonly { who: Who; roles: readonly UserRole[] }[] = [
  { who: 'agent', roles: ['hunter'] },
  { who: 'closer', roles: ['closer'] },
  { who: 'supervisor', roles: ['supervisor'] },
  { who: 'admin', roles: ['admin'] },
];

const forbiddenProbes = (name: MutationName) =>
  PROBES.filter((p) => !mayRun(verbOf(name), { roles: p.roles }));

/** The refusals a verb's reach makes possible. */
function required(name: MutationName): Requirement[] {
  const leads = verbOf(name).reach.leads;
  const out: Requirement[] = ['forbidden', 'invalid'];
  if (leads && !leads.create && !leads.beyondScope) out.push('outOfScope', 'leadNotFound');
  if (leads?.fields.some((f) => f === 'stage' || f === 'ownerId')) out.push('stageOrOwner');
  return out;
}

function requirementOf(reason: RejectionReason): Requirement {
  return reason === 'stageChanged' || reason === 'ownerChanged' ? 'stageOrOwner' : reason;
}

// ---------------------------------------------------------------------------------------------
// Running them

/** An honest note on a fresh lead in the caller's scope, to push after a refused mutation. */
async function witness(c: Ctx, who: Who, desk: Desk) {
  const foreign = who === 'foreignAdmin';
  const team = foreign ? TEAM_X : who === 'otherAgent' ? TEAM_B : TEAM_A;
  const l = await seedLead(c.db, queueOf(team), {}, foreign ? OTHER_ORG : ORG);
  const text = `witness of ${l.id}`;
  return { leadId: l.id, text, mutation: await desk.honest('addNote', { leadId: l.id, text }) };
}

/**
 * Pushes the attempt with an honest note after it in the same batch: the attempt is refused
 * with `reason`, nothing it touched changed (every stored row but the witness's lead is as
 * before), and the note is stored.
 */
async function refuse<N extends MutationName>(
  c: Ctx,
  name: N,
  who: Who,
  reason: RejectionReason,
  attempt: Attempt<N>,
): Promise<void> {
  const desk = c.desk[who];
  const m =
    'rawArgs' in attempt
      ? rawMutation(desk, name, attempt.rawArgs)
      : await desk.honest(name, attempt.input, attempt.tamper);
  const w = await witness(c, who, desk);
  if (!('rawArgs' in attempt)) await attempt.meanwhile?.();
  const before = await storedRows(c.db, w.leadId);
  const r = await desk.push([m, w.mutation]);
  expect(r).toEqual({
    ackedSeq: w.mutation.seq,
    rejected: [{ seq: m.seq, reason, detail: expect.any(String) }],
  });
  expect(await storedRows(c.db, w.leadId)).toEqual(before);
  expect((await leadRow(c.db, w.leadId))?.notes).toBe(w.text);
  expect((await activitiesOf(c.db, w.leadId)).map((a) => [a.type, a.note])).toEqual([
    ['note', w.text],
  ]);
}

function verbTests<N extends MutationName>(name: N, ctx: () => Ctx): void {
  const cases = casesOf(name);
  const verb = verbOf(name);

  for (const a of cases.allowed) {
    it(`allowed: ${a.label} (${a.who})`, async () => {
      const c = ctx();
      const desk = c.desk[a.who];
      const { input, check } = await a.prepare(c);
      const m = await desk.honest(name, input);
      // The desk's own run of the verb succeeded (an empty claim would mean it refused).
      expect(m.effects).not.toEqual({});
      expect(await desk.push([m])).toEqual({ ackedSeq: m.seq, rejected: [] });
      await check(m);
      const { rows } = await c.db.query(
        `SELECT 1 FROM audit_log WHERE action = $1 AND actor_id = $2
            AND detail->>'clientId' = $3 AND (detail->>'seq')::int = $4`,
        [name, U[a.who], desk.clientId, m.seq],
      );
      expect(rows.length, 'audit rows').toBe(verb.audited ? 1 : 0);
    });
  }

  for (const f of cases.refused) {
    it(`refused, ${f.reason}: ${f.label} (${f.who})`, async () => {
      const c = ctx();
      await refuse(c, name, f.who, f.reason, await f.prepare(c));
    });
  }

  const probes = forbiddenProbes(name);
  if (probes.length > 0) {
    it(`refused, forbidden: every role that may not run it (${probes.map((p) => p.who).join(', ')})`, async () => {
      const c = ctx();
      const first = cases.allowed[0];
      if (!first) throw new Error(`${name} has no allowed case`);
      for (const p of probes) {
        expect(c.desk[p.who].session.user.roles).toEqual(p.roles);
        const { input } = await first.prepare(c);
        await refuse(c, name, p.who, 'forbidden', { input });
      }
    });
  }
}

describe.each(DB_KINDS)('push: every verb × role on %s', (kind) => {
  let testDb: TestDatabase;
  let ctx: Ctx;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    const db = await testDb.open();
    const world = await startWorld(db);
    const desk = {} as Record<Who, Desk>;
    for (const who of Object.keys(U) as Who[]) desk[who] = await Desk.signIn(world, who);
    const seconds = new Map<Who, Desk>();
    ctx = {
      db,
      world,
      desk,
      async second(who) {
        const known = seconds.get(who);
        if (known) return known;
        const d = await Desk.signIn(world, who);
        seconds.set(who, d);
        return d;
      },
    };
  });

  afterAll(async () => {
    await ctx?.world.app.close();
    await ctx?.db.close();
    await testDb?.drop();
  });

  it('has cases for every verb of the registry and every refusal each can meet', () => {
    expect(Object.keys(CASES).sort()).toEqual([...MUTATION_NAMES].sort());
    for (const name of MUTATION_NAMES) {
      const cases = casesOf(name);
      expect(cases.allowed.length, `${name}: allowed`).toBeGreaterThan(0);
      const met = new Set(cases.refused.map((r) => requirementOf(r.reason)));
      if (forbiddenProbes(name).length > 0) met.add('forbidden');
      for (const need of required(name)) {
        const why = cases.cannot?.[need];
        expect(met.has(need) || why !== undefined, `${name}: ${need}`).toBe(true);
      }
    }
    // Declared impossibilities are real ones: nothing declared "cannot" that a case shows.
    for (const name of MUTATION_NAMES) {
      const cases = casesOf(name);
      for (const r of REQUIREMENTS)
        if (cases.cannot?.[r] !== undefined)
          expect(
            cases.refused.map((x) => requirementOf(x.reason)),
            `${name}: ${r}`,
          ).not.toContain(r);
    }
  });

  for (const name of MUTATION_NAMES) describe(name, () => verbTests(name, () => ctx));

  it('keeps the activity context the server stamps from its own row, whatever the desk claims', async () => {
    const c = ctx;
    const l = await seedLead(c.db, ownedBy('agent'), { listName: 'Expo 2026', source: 'fair' });
    const m = await c.desk.agent.honest(
      'setDisposition',
      { leadId: l.id, disposition: 'notInterested', objection: 'price' },
      (e) => ({
        ...e,
        activities: (e.activities ?? []).map((a) => ({
          ...a,
          context: {
            teamId: teamIdSchema.parse(TEAM_B),
            list: 'forged',
            source: 'forged',
            stageFrom: 'won' as const,
            stageSince: 0,
          },
        })),
      }),
    );
    // What the desk claimed is not what the server keeps…
    expect(m.effects.activities?.[0]?.context?.list).toBe('forged');
    expect(await c.desk.agent.push([m])).toEqual({ ackedSeq: m.seq, rejected: [] });
    // …the server's verb stamped where the lead stood on the server before the call.
    const stored = await activitiesOf(c.db, l.id);
    expect(stored.map((a) => [a.type, a.context])).toEqual([
      [
        'call',
        {
          teamId: TEAM_A,
          list: 'Expo 2026',
          source: 'fair',
          stageFrom: 'lead',
          stageSince: l.stageChangedAt,
        },
      ],
    ]);
  });
});
