// Proves the desk (IndexedDB) and the sync server (PGlite, PostgreSQL) load the same rows for every verb, so the same run yields the same effects or the same refusal on both.
import 'fake-indexeddb/auto';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_CLOSING_TECHNIQUES,
  DEMO_OBJECTIONS,
  DEMO_ORGANISATION,
  DEMO_TEAMS,
  DEMO_USERS,
  GULF_TEAM_ID,
  HUNTER_SCRIPT,
  ISTANBUL_TEAM_ID,
  PRO_500_ID,
  RAWAA_HOME_4,
  RAWAA_PRO_500,
} from '../../shared/demo/index';
import { contentRowSchema, type ContentRow, type User } from '../../shared/domain/content';
import type { LeadId, TeamId, UserId } from '../../shared/domain/ids';
import { activitySchema, type Activity, type Lead } from '../../shared/domain/lead';
import type { DncEntry, RepTargets, SalesTarget } from '../../shared/domain/targets';
import { DEFAULT_ALERT_RULES } from '../../shared/domain/insight/alerts';
import { DEFAULT_RECORDING_SETTINGS } from '../../shared/recordings/protocol';
import {
  MUTATION_NAMES,
  verbOf,
  type MutationName,
  type VERBS,
} from '../../shared/mutations/registry';
import { mergeReads } from '../../shared/mutations/state';
import { execute, type VerbErrorCode, type VerbResult } from '../../shared/mutations/verb';
import {
  ACT,
  DAY,
  HOUR,
  NOW,
  ORG,
  U,
  ctxOf,
  lead,
  outcome,
  retired,
  type RunInput,
  type Who,
  NEW_CALLER,
} from '../../shared/mutations/testing/world';
import { loadDeskState } from '../../renderer/db/desk-state';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../renderer/db/schema';
import type { Db } from '../../server/db/db';
import { migrate } from '../../server/db/migrate';
import { insertLeads } from '../../server/seed/demo';
import { loadState } from '../../server/sync/push/load';
import { loadOrganisation } from '../../server/sync/rows';
import { DB_KINDS, createTestDatabase, type TestDatabase } from '../../server/test/databases';

// ---------------------------------------------------------------------------------------------
// The world both sides hold

const P = {
  own: '+966501000001',
  ownExtra: '+966501000002',
  pool: '+966501000003',
  mate: '+966501000004',
  lostAsking: '+966501000009',
  ist: '+905321000001',
  istExtra: '+905321000002',
  internal: '+966501110001',
  national: '+966501110002',
  internalNational: '+966501110003',
  fresh: '+966501110004',
  unlisted: '+966501110005',
} as const;

const RETIRED_CLOSER = retired('01900000-0000-7000-8000-000000000901', ['closer']);
const RETIRED_FARMER = retired('01900000-0000-7000-8000-000000000902', ['farmer']);

/** People as desks get them from the server (`disabled` always said), in the order they joined. */
const JOINED: readonly User[] = [
  'sarah',
  'omar',
  'ayse',
  'faisal',
  'mona',
  'khalid',
  'noura',
  'daniel',
  'emre',
  'elif',
  'burak',
  'zeynep',
]
  .map((who) => DEMO_USERS.find((u) => u.id === U[who as Who])!)
  .concat([RETIRED_CLOSER, RETIRED_FARMER])
  .map((u) => ({ ...u, disabled: u.disabled ?? false }));

const ist = { teamId: ISTANBUL_TEAM_ID, country: 'TR', timezone: 'Europe/Istanbul' } as const;
const LEADS: readonly Lead[] = [
  lead('own', { phoneE164: P.own, phones: [P.ownExtra], notes: 'Met at the fair', attempts: 2 }),
  lead('pool', { ownerId: null, phoneE164: P.pool }),
  lead('mate', { ownerId: U.mona, stage: 'qualified', phoneE164: P.mate }),
  lead('meeting', {
    ownerId: U.khalid,
    stage: 'meetingScheduled',
    meeting: {
      at: NOW + DAY,
      closerId: U.khalid,
      bookedBy: U.faisal,
      bookedAt: NOW - DAY,
      note: 'Demo',
    },
  }),
  lead('proposal', {
    ownerId: U.khalid,
    stage: 'proposalSent',
    proposal: { productId: PRO_500_ID, amount: 1890, currency: 'SAR', at: NOW - DAY },
    nextCallAt: NOW + 2 * DAY,
    nextCallKind: 'followUp',
  }),
  lead('ist-proposal', {
    ...ist,
    ownerId: U.burak,
    stage: 'proposalSent',
    phoneE164: '+905321000003',
  }),
  lead('customer', {
    ownerId: U.noura,
    stage: 'won',
    deal: { productId: PRO_500_ID, amount: 1890, currency: 'SAR', at: NOW - 30 * DAY },
  }),
  // A number about to be listed: the main number of a Gulf lead, an extra one of an Istanbul lead.
  lead('fresh-gulf', { phoneE164: P.fresh }),
  lead('ist', { ...ist, ownerId: U.emre, phoneE164: P.ist, phones: [P.fresh] }),
  // Blocked by the internal entry alone: freed when it goes, in every team.
  lead('blocked-gulf', { phoneE164: P.internal, doNotCall: true }),
  lead('blocked-ist', {
    ...ist,
    ownerId: U.emre,
    phoneE164: P.istExtra,
    phones: [P.internal],
    doNotCall: true,
  }),
  // Asked themselves not to be called: never freed.
  lead('asked-on-call', {
    ownerId: U.noura,
    stage: 'retention',
    phoneE164: P.internal,
    doNotCall: true,
  }),
  lead('lost-asking', {
    stage: 'lost',
    lostReason: 'doNotCall',
    phoneE164: P.lostAsking,
    phones: [P.internal],
    doNotCall: true,
  }),
  lead('blocked-national', { phoneE164: P.national, doNotCall: true }),
  lead('blocked-under-internal', { phoneE164: P.internalNational, doNotCall: true }),
];

const ACTIVITIES: readonly Activity[] = [
  activitySchema.parse({
    id: '019ab000-0000-7000-8000-000000000001',
    leadId: 'asked-on-call',
    agentId: U.noura,
    type: 'call',
    at: NOW - 2 * DAY,
    durationSec: 40,
    disposition: 'doNotCall',
    note: 'Please stop calling',
  }),
  activitySchema.parse({
    id: '019ab000-0000-7000-8000-000000000002',
    leadId: 'own',
    agentId: U.faisal,
    type: 'call',
    at: NOW - DAY,
    durationSec: 0,
    disposition: 'noAnswer',
    note: '',
  }),
];

const DNC: readonly DncEntry[] = [
  {
    phoneE164: P.internal,
    source: 'internal',
    addedAt: NOW - 9 * DAY,
    addedBy: U.omar,
    note: 'Asked by e-mail',
  },
  { phoneE164: P.national, source: 'national', addedAt: NOW - 9 * DAY, addedBy: null, note: '' },
  {
    phoneE164: P.internalNational,
    source: 'internal',
    addedAt: NOW - 9 * DAY,
    addedBy: U.ayse,
    note: 'Complained',
    national: true,
  },
];

const row = <D extends { id: string }>(kind: ContentRow['kind'], data: D): ContentRow =>
  contentRowSchema.parse({ id: data.id, kind, data });
const CONTENT: readonly ContentRow[] = [
  row('product', RAWAA_PRO_500),
  row('product', RAWAA_HOME_4),
  row('product', { ...RAWAA_HOME_4, id: 'lonely', crossSell: [] }),
  // Sells RAWAA_PRO_500, which therefore stays.
  row('script', HUNTER_SCRIPT),
  row('objection', DEMO_OBJECTIONS[0]!),
  row('closing', DEMO_CLOSING_TECHNIQUES[0]!),
];

const TARGETS: readonly RepTargets[] = [
  {
    userId: U.faisal,
    dailyCalls: 80,
    dailyBookings: 4,
    monthlyWins: 0,
    monthlyRevenue: 0,
    updatedAt: NOW - DAY,
    updatedBy: U.omar,
  },
];
const SALES_TARGETS: readonly SalesTarget[] = [
  {
    id: `${GULF_TEAM_ID}:2026-11`,
    teamId: GULF_TEAM_ID,
    month: '2026-11',
    revenue: 200_000,
    wins: 30,
  },
];

async function seedDesk(db: DeskDatabase): Promise<void> {
  await db.leads.bulkPut(LEADS.map(toStoredLead));
  await db.activities.bulkPut([...ACTIVITIES]);
  await db.users.bulkPut([...JOINED]);
  await db.teams.bulkPut(DEMO_TEAMS);
  await db.dnc.bulkPut([...DNC]);
  await db.content.bulkPut([...CONTENT]);
  await db.targets.bulkPut([...TARGETS]);
  await db.salesTargets.bulkPut([...SALES_TARGETS]);
  await db.meta.put({ key: 'organisation', value: DEMO_ORGANISATION });
}

async function seedServer(db: Db): Promise<void> {
  const o = DEMO_ORGANISATION;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO organisations (id, name, name_localized, default_language, timezone, currency,
                                  calling_start_minutes, calling_end_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        o.id,
        o.name.en,
        JSON.stringify(o.name),
        o.defaultLanguage,
        o.timezone,
        o.currency,
        o.callingWindow.startMinutes,
        o.callingWindow.endMinutes,
      ],
    );
    for (const t of DEMO_TEAMS)
      await tx.query(
        `INSERT INTO teams (id, organisation_id, name, name_localized, supervisor_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [t.id, ORG, t.name.en, JSON.stringify(t.name), t.supervisorId],
      );
    for (const u of JOINED)
      await tx.query(
        `INSERT INTO users (id, organisation_id, team_id, email, display_name, roles, locale,
                            daily_call_target, daily_booking_target, disabled_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $10::boolean THEN now() END)`,
        [
          u.id,
          ORG,
          u.teamId,
          u.email,
          u.displayName,
          u.roles,
          u.locale,
          u.dailyCallTarget,
          u.dailyBookingTarget,
          u.disabled === true,
        ],
      );
    await insertLeads(tx, ORG, LEADS, ACTIVITIES);
    for (const d of DNC)
      await tx.query('INSERT INTO dnc (organisation_id, phone_e164, data) VALUES ($1, $2, $3)', [
        ORG,
        d.phoneE164,
        JSON.stringify(d),
      ]);
    for (const c of CONTENT)
      await tx.query(
        'INSERT INTO content (organisation_id, id, kind, data) VALUES ($1, $2, $3, $4)',
        [ORG, c.id, c.kind, JSON.stringify(c.data)],
      );
    for (const t of TARGETS)
      await tx.query(
        'INSERT INTO rep_targets (organisation_id, user_id, data) VALUES ($1, $2, $3)',
        [ORG, t.userId, JSON.stringify(t)],
      );
    for (const t of SALES_TARGETS)
      await tx.query(
        'INSERT INTO sales_targets (organisation_id, id, team_id, data) VALUES ($1, $2, $3, $4)',
        [ORG, t.id, t.teamId, JSON.stringify(t)],
      );
  });
}

// ---------------------------------------------------------------------------------------------
// The cases: every verb, allowed and refused

type Input<N extends MutationName> = RunInput<z.input<(typeof VERBS)[N]['args']>>;
type Case<N extends MutationName> = {
  label: string;
  who: Who;
  input: Input<N>;
  /** What both sides must agree on: 'ok' or the refusal. */
  outcome: 'ok' | VerbErrorCode;
  /** A fact of the result that shows the rows were really read. */
  check?: (r: VerbResult<unknown>) => void;
};

const id = (s: string) => s as LeadId;
const yes = { met: true, note: '' };
const contact = {
  name: 'Hala Nasser',
  company: 'Nasser Trading',
  phones: [P.unlisted],
  email: null,
  country: 'SA',
  timezone: null,
  source: null,
  notes: '',
  custom: {},
};
const leadsOf = (r: VerbResult<unknown>) => (r.ok ? (r.effects.leads ?? []) : []);
const activitiesOf = (r: VerbResult<unknown>) => (r.ok ? (r.effects.activities ?? []) : []);
const card = (cardId: string): ContentRow =>
  contentRowSchema.parse({
    id: cardId,
    kind: 'objection',
    data: {
      id: cardId,
      category: 'price',
      title: { en: 'Is it a fair price?' },
      objection: { en: 'How do I know the price is fair?' },
      responses: { en: ['Compare it with the bottles you buy.'] },
    },
  });
const newcomer: User = {
  id: '01900000-0000-7000-8000-000000000210' as UserId,
  displayName: 'Lina Haddad',
  email: 'lina.haddad@rawaa.example',
  roles: ['hunter'],
  teamId: GULF_TEAM_ID,
  locale: 'ar',
  dailyCallTarget: 80,
  dailyBookingTarget: 4,
};
const omarOf = JOINED.find((u) => u.id === U.omar)!;
const faisalOf = JOINED.find((u) => u.id === U.faisal)!;

const CASES: { [N in MutationName]: readonly Case<N>[] } = {
  setDisposition: [
    {
      label: 'an unanswered call',
      who: 'faisal',
      input: { id: ACT, leadId: id('own'), disposition: 'noAnswer', durationSec: 12 },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r)[0]?.patch?.attempts).toBe(3),
    },
    {
      label: 'a team-queue lead taken on a refusal',
      who: 'mona',
      input: { id: ACT, leadId: id('pool'), disposition: 'notInterested', note: 'Has one' },
      outcome: 'ok',
    },
    {
      label: 'a refusal after two objection cards',
      who: 'faisal',
      input: {
        id: ACT,
        leadId: id('own'),
        disposition: 'notInterested',
        objection: 'price',
        cardsOpened: ['obj-price', 'obj-trust'],
      },
      outcome: 'ok',
      check: (r) => expect(activitiesOf(r)[0]?.cardsOpened).toEqual(['obj-price', 'obj-trust']),
    },
    {
      label: 'a competitor named on an unanswered call',
      who: 'faisal',
      input: { id: ACT, leadId: id('own'), disposition: 'noAnswer', competitor: 'AquaPure' },
      outcome: 'invalidArgs',
    },
    {
      label: 'a farmer key from a hunter',
      who: 'faisal',
      input: { id: ACT, leadId: id('own'), disposition: 'retained' },
      outcome: 'dispositionNotAllowed',
    },
    {
      label: 'a teammate’s lead',
      who: 'faisal',
      input: { id: ACT, leadId: id('mate'), disposition: 'busy' },
      outcome: 'outOfScope',
    },
    {
      label: 'a lead nobody has',
      who: 'faisal',
      input: { id: ACT, leadId: id('nobody'), disposition: 'busy' },
      outcome: 'leadNotFound',
    },
    {
      label: 'a supervisor',
      who: 'omar',
      input: { id: ACT, leadId: id('own'), disposition: 'busy' },
      outcome: 'forbidden',
    },
  ],
  logCallAttempt: [
    {
      label: 'the phone logs a busy line',
      who: 'faisal',
      input: {
        id: ACT,
        leadId: id('own'),
        phone: {
          direction: 'outbound',
          result: 'busy',
          sipStatus: 486,
          ringMs: 1500,
          talkMs: 0,
          hangupBy: 'customer',
        },
      },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r)[0]?.patch?.attempts).toBe(3),
    },
    {
      label: 'the phone logs a failed call: only the attempt',
      who: 'mona',
      input: {
        id: ACT,
        leadId: id('pool'),
        phone: {
          direction: 'outbound',
          result: 'failed',
          sipStatus: null,
          ringMs: 0,
          talkMs: 0,
          hangupBy: 'system',
        },
      },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r)).toEqual([]),
    },
    {
      label: 'an answered call is not an attempt',
      who: 'faisal',
      input: {
        id: ACT,
        leadId: id('own'),
        phone: {
          direction: 'outbound',
          result: 'answered',
          sipStatus: 200,
          ringMs: 1500,
          talkMs: 30_000,
          hangupBy: 'agent',
        },
      },
      outcome: 'callAnswered',
    },
  ],
  scheduleCallback: [
    {
      label: 'the closer’s call back',
      who: 'khalid',
      input: { id: ACT, leadId: id('meeting'), callbackAt: NOW + HOUR, note: 'After lunch' },
      outcome: 'ok',
    },
    {
      label: 'a time already past',
      who: 'faisal',
      input: { id: ACT, leadId: id('own'), callbackAt: NOW - HOUR },
      outcome: 'callbackInPast',
    },
  ],
  handOff: [
    {
      label: 'a meeting for the team’s closer',
      who: 'faisal',
      input: { id: ACT, leadId: id('own'), closerId: U.khalid, meetingAt: NOW + DAY, note: 'Demo' },
      outcome: 'ok',
    },
    {
      label: 'a closer who left',
      who: 'faisal',
      input: { id: ACT, leadId: id('own'), closerId: RETIRED_CLOSER.id, meetingAt: NOW + DAY },
      outcome: 'closerInvalid',
    },
  ],
  qualify: [
    {
      label: 'four yes answers',
      who: 'faisal',
      input: {
        id: ACT,
        leadId: id('own'),
        bant: { budget: yes, authority: yes, need: yes, timeline: yes },
      },
      outcome: 'ok',
    },
    {
      label: 'answers on a lead past the first stage',
      who: 'mona',
      input: {
        id: ACT,
        leadId: id('mate'),
        bant: { budget: yes, authority: yes, need: yes, timeline: { met: false, note: 'Q3' } },
      },
      outcome: 'ok',
    },
  ],
  sendProposal: [
    {
      label: 'after the meeting',
      who: 'khalid',
      input: {
        id: ACT,
        leadId: id('meeting'),
        productId: PRO_500_ID,
        amount: 1890,
        currency: 'SAR',
      },
      outcome: 'ok',
    },
    {
      label: 'a second time',
      who: 'khalid',
      input: {
        id: ACT,
        leadId: id('proposal'),
        productId: PRO_500_ID,
        amount: 1890,
        currency: 'SAR',
      },
      outcome: 'notAllowedInStage',
    },
  ],
  recordMeetingOutcome: [
    {
      label: 'a meeting moved to a new time',
      who: 'khalid',
      input: {
        id: ACT,
        leadId: id('meeting'),
        outcome: 'rescheduled',
        meetingAt: NOW + 2 * DAY,
      },
      outcome: 'ok',
    },
    {
      label: 'held a day before its time',
      who: 'khalid',
      input: { id: ACT, leadId: id('meeting'), outcome: 'held' },
      outcome: 'meetingNotDue',
    },
    {
      label: 'a lead past its meeting',
      who: 'khalid',
      input: { id: ACT, leadId: id('proposal'), outcome: 'noShow' },
      outcome: 'notAllowedInStage',
    },
  ],
  closeWon: [
    {
      label: 'the closer’s deal, to the Gulf team’s farmer',
      who: 'khalid',
      input: {
        id: ACT,
        leadId: id('proposal'),
        productId: PRO_500_ID,
        amount: 1890,
        currency: 'SAR',
      },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r)[0]?.patch?.ownerId).toBe(U.noura),
    },
    {
      label: 'a deal in a team with two farmers',
      who: 'burak',
      input: {
        id: ACT,
        leadId: id('ist-proposal'),
        productId: PRO_500_ID,
        amount: 900,
        currency: 'SAR',
      },
      outcome: 'ok',
      check: (r) => expect([U.zeynep, U.daniel]).toContain(leadsOf(r)[0]?.patch?.ownerId),
    },
    {
      label: 'the hunter’s sale key',
      who: 'faisal',
      input: {
        id: ACT,
        leadId: id('own'),
        productId: PRO_500_ID,
        amount: 1890,
        currency: 'SAR',
        call: { durationSec: 300, note: 'Signed' },
      },
      outcome: 'ok',
    },
    {
      label: 'a farmer who left',
      who: 'khalid',
      input: {
        id: ACT,
        leadId: id('proposal'),
        productId: PRO_500_ID,
        amount: 1890,
        currency: 'SAR',
        farmerId: RETIRED_FARMER.id,
      },
      outcome: 'farmerInvalid',
    },
  ],
  closeLost: [
    {
      label: 'to a competitor',
      who: 'khalid',
      input: { id: ACT, leadId: id('proposal'), reason: 'competitor', note: 'AquaPure' },
      outcome: 'ok',
    },
    {
      label: 'to a competitor the closer named',
      who: 'khalid',
      input: { id: ACT, leadId: id('proposal'), reason: 'competitor', competitor: 'AquaPure' },
      outcome: 'ok',
      check: (r) =>
        expect(activitiesOf(r)[0]).toMatchObject({
          lostReason: 'competitor',
          competitor: 'AquaPure',
        }),
    },
    {
      label: 'a competitor named for another reason',
      who: 'khalid',
      input: { id: ACT, leadId: id('proposal'), reason: 'price', competitor: 'AquaPure' },
      outcome: 'invalidArgs',
    },
    {
      label: 'another team’s deal',
      who: 'burak',
      input: { id: ACT, leadId: id('proposal'), reason: 'price' },
      outcome: 'outOfScope',
    },
  ],
  editContact: [
    {
      label: 'a new number on the do-not-call list',
      who: 'faisal',
      input: {
        leadId: id('own'),
        name: 'Ahmed',
        company: 'Ahmed Trading',
        phone: '050 111 0001',
        defaultCountry: 'SA',
        email: 'ahmed@trading.example',
        timezone: null,
      },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r)[0]?.patch?.doNotCall).toBe(true),
    },
    {
      label: 'a free number',
      who: 'faisal',
      input: {
        leadId: id('own'),
        name: 'Ahmed',
        company: '',
        phone: P.unlisted,
        email: '',
        timezone: null,
      },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r)[0]?.patch?.doNotCall).toBe(false),
    },
    {
      label: 'a blank name',
      who: 'faisal',
      input: { leadId: id('own'), name: ' ', company: '', phone: '', email: '', timezone: null },
      outcome: 'nameRequired',
    },
  ],
  addLead: [
    {
      label: 'a caller the desk did not know',
      who: 'faisal',
      input: {
        id: 'inbound-1' as LeadId,
        contact: NEW_CALLER,
      },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r)[0]?.create?.ownerId).toBe(U.faisal),
    },
    {
      label: 'a supervisor',
      who: 'omar',
      input: {
        id: 'inbound-2' as LeadId,
        contact: NEW_CALLER,
      },
      outcome: 'forbidden',
    },
  ],
  addReferral: [
    {
      label: "a farmer's customer recommends a friend",
      who: 'noura',
      input: { customerId: id('customer'), leadId: 'referred-1' as LeadId, contact: NEW_CALLER },
      outcome: 'ok',
      check: (r) =>
        expect(leadsOf(r)[0]?.create?.referredBy).toEqual({
          leadId: id('customer'),
          name: expect.any(String),
          agentId: U.noura,
        }),
    },
    {
      label: 'a lead who has not bought',
      who: 'faisal',
      input: { customerId: id('own'), leadId: 'referred-2' as LeadId, contact: NEW_CALLER },
      outcome: 'notAllowedInStage',
    },
  ],
  addNote: [
    {
      label: 'the supervisor on a team lead',
      who: 'omar',
      input: { id: ACT, leadId: id('mate'), text: 'Call her before noon' },
      outcome: 'ok',
    },
    {
      label: 'an agent on a teammate’s lead',
      who: 'faisal',
      input: { id: ACT, leadId: id('mate'), text: 'Mine?' },
      outcome: 'outOfScope',
    },
  ],
  sendMessage: [
    {
      label: 'a WhatsApp message to the agent’s own lead',
      who: 'faisal',
      input: { id: ACT, leadId: id('own'), channel: 'whatsapp', text: 'مرحبًا، حاولت الاتصال بك' },
      outcome: 'ok',
    },
    {
      label: 'an SMS to a teammate’s lead',
      who: 'faisal',
      input: { id: ACT, leadId: id('mate'), channel: 'sms', text: 'Hi' },
      outcome: 'outOfScope',
    },
  ],
  importLeads: [
    {
      label: 'a part with a new lead and one already here',
      who: 'omar',
      input: {
        importId: 'imp',
        listName: 'Fair',
        fileName: 'fair.csv',
        part: 1,
        priority: 1,
        leads: [
          { id: id('imported'), contact, ownerId: U.faisal, teamId: GULF_TEAM_ID },
          { id: id('own'), contact, ownerId: null, teamId: GULF_TEAM_ID },
        ],
      },
      outcome: 'ok',
      check: (r) => expect(r.ok && r.result).toEqual({ created: 1, existing: 1 }),
    },
    {
      label: 'to an owner who cannot take leads',
      who: 'sarah',
      input: {
        importId: 'imp',
        listName: 'Fair',
        fileName: 'fair.csv',
        part: 1,
        priority: 1,
        leads: [{ id: id('imported'), contact, ownerId: U.omar, teamId: GULF_TEAM_ID }],
      },
      outcome: 'ownerInvalid',
    },
    {
      label: 'into another team',
      who: 'omar',
      input: {
        importId: 'imp',
        listName: 'Fair',
        fileName: 'fair.csv',
        part: 1,
        priority: 1,
        leads: [{ id: id('imported'), contact, ownerId: null, teamId: ISTANBUL_TEAM_ID }],
      },
      outcome: 'outOfScope',
    },
  ],
  reassignLeads: [
    {
      label: 'within the team, some closed, one missing',
      who: 'omar',
      input: {
        batch: 'b1',
        to: { kind: 'agent', userId: U.mona, teamId: null },
        leadIds: [id('own'), id('pool'), id('customer'), id('nobody')],
      },
      outcome: 'ok',
      check: (r) =>
        expect(r.ok && r.result).toEqual({ moved: 2, unchanged: 0, closedKept: 1, missing: 1 }),
    },
    {
      label: 'a meeting to another team’s closer',
      who: 'sarah',
      input: {
        batch: 'b2',
        to: { kind: 'agent', userId: U.burak, teamId: null },
        leadIds: [id('meeting')],
      },
      outcome: 'ok',
    },
    {
      label: 'into a team the supervisor does not lead',
      who: 'omar',
      input: {
        batch: 'b3',
        to: { kind: 'teamQueue', teamId: ISTANBUL_TEAM_ID },
        leadIds: [id('own')],
      },
      outcome: 'forbidden',
    },
  ],
  putDnc: [
    {
      label: 'an internal number on a Gulf lead and an Istanbul lead’s extra phone',
      who: 'omar',
      input: { source: 'internal', phoneE164: P.fresh, note: 'Moved away' },
      outcome: 'ok',
      check: (r) =>
        expect(
          leadsOf(r)
            .map((e) => e.id)
            .sort(),
        ).toEqual(['fresh-gulf', 'ist']),
    },
    {
      label: 'a national number already internal',
      who: 'ayse',
      input: {
        source: 'national',
        numbers: [P.fresh, P.national, P.internal, P.internalNational, P.own],
      },
      outcome: 'ok',
    },
    {
      label: 'a number already on the internal list',
      who: 'ayse',
      input: { source: 'internal', phoneE164: P.internal },
      outcome: 'alreadyListed',
    },
    {
      label: 'an agent',
      who: 'faisal',
      input: { source: 'internal', phoneE164: P.own },
      outcome: 'forbidden',
    },
  ],
  removeDnc: [
    {
      label: 'an internal number: leads of both teams freed, never those who asked',
      who: 'omar',
      input: { source: 'internal', phoneE164: P.internal },
      outcome: 'ok',
      check: (r) =>
        expect(
          leadsOf(r)
            .map((e) => e.id)
            .sort(),
        ).toEqual(['blocked-gulf', 'blocked-ist']),
    },
    {
      label: 'an internal number that is national too',
      who: 'omar',
      input: { source: 'internal', phoneE164: P.internalNational },
      outcome: 'ok',
    },
    {
      label: 'numbers a new national file dropped',
      who: 'sarah',
      input: { source: 'national', numbers: [P.national, P.internalNational, P.internal] },
      outcome: 'ok',
      check: (r) => expect(leadsOf(r).map((e) => e.id)).toEqual(['blocked-national']),
    },
    {
      label: 'a national number taken off as internal',
      who: 'omar',
      input: { source: 'internal', phoneE164: P.national },
      outcome: 'notListed',
    },
  ],
  setNationalDncFile: [
    {
      label: 'this month’s file',
      who: 'omar',
      input: { fileName: 'sa-2026-11.csv', fileDate: Date.UTC(2026, 10, 20), count: 3 },
      outcome: 'ok',
    },
    {
      label: 'a file from next week',
      who: 'omar',
      input: { fileName: 'sa-2026-12.csv', fileDate: NOW + 7 * DAY, count: 3 },
      outcome: 'fileDateInFuture',
    },
  ],
  setFollowUpSettings: [
    {
      label: 're-call after five days',
      who: 'omar',
      input: { recallDays: 5 },
      outcome: 'ok',
    },
    {
      label: 'an agent setting the re-call delay',
      who: 'faisal',
      input: { recallDays: 3 },
      outcome: 'forbidden',
    },
  ],
  setCallingRules: [
    {
      label: 'a Gulf weekend, a national holiday and Ramadan hours',
      who: 'omar',
      input: {
        weekly: Array.from({ length: 7 }, (_, d) =>
          d === 5 || d === 6 ? null : { startMinutes: 540, endMinutes: 1200 },
        ),
        holidays: [{ date: '2026-09-23', name: 'National Day' }],
        periods: [
          {
            name: 'Ramadan',
            from: '2027-02-08',
            to: '2027-03-09',
            weekly: Array.from({ length: 7 }, (_, d) =>
              d === 5 || d === 6 ? null : { startMinutes: 600, endMinutes: 900 },
            ),
          },
        ],
        countries: [{ country: 'TR', weekly: Array.from({ length: 7 }, () => null) }],
      },
      outcome: 'ok',
      check: (r) => expect(r.ok && r.effects.settings?.[0]).toMatchObject({ key: 'callingRules' }),
    },
    {
      label: 'an agent setting the calling rules',
      who: 'faisal',
      input: {
        weekly: Array.from({ length: 7 }, () => ({ startMinutes: 540, endMinutes: 1200 })),
        holidays: [],
        periods: [],
        countries: [],
      },
      outcome: 'forbidden',
    },
  ],
  setListCost: [
    {
      label: 'a flyer list that cost 1,000 riyals',
      who: 'omar',
      input: { costs: { 'Riyadh flyer A': { amount: 1000, currency: 'SAR' } } },
      outcome: 'ok',
    },
    {
      label: 'an agent setting a list’s cost',
      who: 'faisal',
      input: { costs: { 'Riyadh flyer A': { amount: 1000, currency: 'SAR' } } },
      outcome: 'forbidden',
    },
  ],
  setTouchSettings: [
    {
      label: 'a goal of ten touches',
      who: 'omar',
      input: { goal: 10, whatsApp: 'app' },
      outcome: 'ok',
    },
    {
      label: 'an agent setting the goal',
      who: 'faisal',
      input: { goal: 10, whatsApp: 'web' },
      outcome: 'forbidden',
    },
  ],
  putContent: [
    {
      label: 'a new objection card',
      who: 'omar',
      input: { row: card('fair-price'), isNew: true },
      outcome: 'ok',
    },
    {
      label: 'a new card with a taken id',
      who: 'omar',
      input: { row: card('lonely'), isNew: true },
      outcome: 'idTaken',
    },
    {
      label: 'a change to a card nobody has',
      who: 'omar',
      input: { row: card('fair-price'), isNew: false },
      outcome: 'notFound',
    },
  ],
  removeContent: [
    {
      label: 'a product nothing names',
      who: 'omar',
      input: { id: 'lonely' },
      outcome: 'ok',
    },
    {
      label: 'a product a script sells',
      who: 'omar',
      input: { id: PRO_500_ID },
      outcome: 'productInUse',
    },
    {
      label: 'a product another cross-sells',
      who: 'sarah',
      input: { id: RAWAA_HOME_4.id },
      outcome: 'productInUse',
    },
  ],
  putTargets: [
    {
      label: 'a rep of the supervisor’s team',
      who: 'omar',
      input: {
        userId: U.faisal,
        dailyCalls: 90,
        dailyBookings: 5,
        monthlyWins: 10,
        monthlyRevenue: 20_000,
      },
      outcome: 'ok',
    },
    {
      label: 'a rep of another team',
      who: 'omar',
      input: {
        userId: U.emre,
        dailyCalls: 90,
        dailyBookings: 5,
        monthlyWins: 10,
        monthlyRevenue: 20_000,
      },
      outcome: 'forbidden',
    },
  ],
  putSalesTarget: [
    {
      label: 'the supervisor’s team',
      who: 'omar',
      input: { teamId: GULF_TEAM_ID, month: '2026-12', revenue: 250_000, wins: 40 },
      outcome: 'ok',
    },
    {
      label: 'another team',
      who: 'omar',
      input: { teamId: ISTANBUL_TEAM_ID, month: '2026-12', revenue: 250_000, wins: 40 },
      outcome: 'forbidden',
    },
  ],
  putUser: [
    {
      label: 'a new hunter',
      who: 'omar',
      input: { user: newcomer, isNew: true },
      outcome: 'ok',
    },
    {
      label: 'a supervisor promoting a rep',
      who: 'omar',
      input: { user: { ...faisalOf, roles: ['hunter', 'supervisor'] }, isNew: false },
      outcome: 'forbidden',
    },
    {
      label: 'an e-mail someone has',
      who: 'sarah',
      input: { user: { ...newcomer, email: omarOf.email.toUpperCase() }, isNew: true },
      outcome: 'invalid',
    },
  ],
  putTeam: [
    {
      label: 'a new team',
      who: 'sarah',
      input: {
        team: {
          id: '01900000-0000-7000-8000-000000000103' as TeamId,
          name: { en: 'Levant' },
          supervisorId: U.omar,
        },
        isNew: true,
      },
      outcome: 'ok',
    },
    {
      label: 'a supervisor who is not one',
      who: 'sarah',
      input: {
        team: { id: GULF_TEAM_ID, name: { en: 'Gulf' }, supervisorId: U.faisal },
        isNew: false,
      },
      outcome: 'invalid',
    },
    {
      label: 'a supervisor',
      who: 'omar',
      input: {
        team: { id: GULF_TEAM_ID, name: { en: 'Gulf' }, supervisorId: U.omar },
        isNew: false,
      },
      outcome: 'forbidden',
    },
  ],
  setPipelineInsight: [
    {
      label: 'a two-week proposal threshold and a manual 40 % for proposals',
      who: 'omar',
      input: {
        stallDays: { qualified: 7, meetingScheduled: 7, proposalSent: 14 },
        meetingOverdueDays: 1,
        probabilities: { qualified: null, meetingScheduled: null, proposalSent: 0.4 },
      },
      outcome: 'ok',
    },
    {
      label: 'an agent setting the thresholds',
      who: 'faisal',
      input: {
        stallDays: { qualified: 7, meetingScheduled: 7, proposalSent: 14 },
        meetingOverdueDays: 1,
        probabilities: { qualified: null, meetingScheduled: null, proposalSent: null },
      },
      outcome: 'forbidden',
    },
    {
      label: 'the administrator returns every stage to its learned probability',
      who: 'sarah',
      input: {
        stallDays: { qualified: 3, meetingScheduled: 2, proposalSent: 21 },
        meetingOverdueDays: 0,
        probabilities: { qualified: null, meetingScheduled: null, proposalSent: null },
      },
      outcome: 'ok',
    },
  ],
  setAlertRules: [
    {
      label: 'calls by 12:00 and no-booking alerts switched off',
      who: 'omar',
      input: {
        rules: {
          ...DEFAULT_ALERT_RULES,
          repCallsBelowTarget: { enabled: true, percent: 50, byLocalTime: '12:00' },
          teamNoBookings: { enabled: false, hours: 24 },
        },
      },
      outcome: 'ok',
    },
    {
      label: 'a hunter changing the alert rules',
      who: 'faisal',
      input: { rules: DEFAULT_ALERT_RULES },
      outcome: 'forbidden',
    },
  ],
  setRecordingSettings: [
    {
      label: 'the administrator records every call with a notice, kept 30 days',
      who: 'sarah',
      input: {
        settings: { ...DEFAULT_RECORDING_SETTINGS, mode: 'announce', retentionDays: 30 },
      },
      outcome: 'ok',
    },
    {
      label: 'a supervisor switching recording on',
      who: 'omar',
      input: { settings: { ...DEFAULT_RECORDING_SETTINGS, mode: 'on' } },
      outcome: 'forbidden',
    },
  ],
};

const ALL = MUTATION_NAMES.flatMap((name) => {
  const cases: readonly Case<MutationName>[] = CASES[name];
  return cases.map((c) => ({ name, ...c }));
});

// ---------------------------------------------------------------------------------------------

let desk: DeskDatabase;

beforeAll(async () => {
  desk = createDeskDatabase(`verb-contract-${Math.random().toString(36).slice(2)}`);
  await seedDesk(desk);
});
afterAll(async () => desk.delete());

/** The verb's arguments as both sides get them: parsed once, defaults filled, dated NOW. */
function argsOf(name: MutationName, input: unknown): unknown {
  return verbOf(name).args.parse({ at: NOW, ...(input as object) });
}

async function onDesk(name: MutationName, args: unknown, who: Who): Promise<VerbResult<unknown>> {
  const verb = verbOf(name);
  const state = await loadDeskState(desk, verb.reads(args));
  return execute(verb, state, args, ctxOf(who));
}

async function onServer(
  db: Db,
  name: MutationName,
  args: unknown,
  who: Who,
): Promise<VerbResult<unknown>> {
  const verb = verbOf(name);
  const { state } = await db.transaction((tx) =>
    loadState(tx, ORG, mergeReads([verb.reads(args)])),
  );
  return execute(verb, state, args, ctxOf(who));
}

describe('the verb contract', () => {
  it('has a case for every verb, and an allowed and a refused run for most', () => {
    for (const name of MUTATION_NAMES) expect(CASES[name]?.length ?? 0, name).toBeGreaterThan(0);
    expect(Object.keys(CASES).sort()).toEqual([...MUTATION_NAMES].sort());
    expect(ALL.filter((c) => c.outcome === 'ok').length).toBeGreaterThan(MUTATION_NAMES.length);
    expect(ALL.filter((c) => c.outcome !== 'ok').length).toBeGreaterThan(MUTATION_NAMES.length);
  });

  describe.each(DB_KINDS)('desk and %s', (kind) => {
    let test: TestDatabase;
    let db: Db;

    beforeAll(async () => {
      test = await createTestDatabase(kind);
      db = await test.open();
      await migrate(db);
      await seedServer(db);
    });
    afterAll(async () => {
      await db.close();
      await test.drop();
    });

    it('hold the same organisation', async () => {
      expect(await loadOrganisation(db, ORG)).toEqual((await desk.meta.get('organisation'))?.value);
    });

    it.each(ALL)('$name: $label', async (c) => {
      const args = argsOf(c.name, c.input);
      const onTheDesk = await onDesk(c.name, args, c.who);
      const onTheServer = await onServer(db, c.name, args, c.who);
      expect(onTheServer).toEqual(onTheDesk);
      expect(outcome(onTheDesk), onTheDesk.ok ? '' : onTheDesk.error.detail).toBe(c.outcome);
      c.check?.(onTheDesk);
    });
  });
});
