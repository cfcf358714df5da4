// Proves the registry is the one verb list: names match, the wire protocol accepts exactly these, every declared reach is real, and each verb's own effects stay within it.
import { describe, expect, it } from 'vitest';
import { DEMO_OBJECTIONS, GULF_TEAM_ID, PRO_500_ID } from '../demo/index';
import { contentRowSchema } from '../domain/content';
import type { LeadId } from '../domain/ids';
import { ACTIVITY_TYPES, LEAD_FIELDS, LEAD_STAGES } from '../domain/lead';
import { mutationSchema } from '../sync/protocol';
import { DEFAULT_ALERT_RULES } from '../domain/insight/alerts';
import { DEFAULT_RECORDING_SETTINGS } from '../recordings/protocol';
import { settingSchema } from './effects';
import { MUTATION_NAMES, VERBS, isMutationName, verbOf, type MutationName } from './registry';
import type { MemoryState } from './state';
import { outsideReach, type Verb, type VerbResult } from './verb';
import {
  ACT,
  DAY,
  HOUR,
  NOW,
  U,
  effectsOf,
  lead,
  run,
  userOf,
  world,
  type RunInput,
  type Who,
  NEW_CALLER,
} from './testing/world';

const mutation = (name: string) => ({
  seq: 1,
  name,
  args: {},
  effects: {},
  schemaVersion: 2,
  createdAt: NOW,
});

const yes = { met: true, note: '' };
const OBJECTION = contentRowSchema.parse({
  id: DEMO_OBJECTIONS[0]!.id,
  kind: 'objection',
  data: DEMO_OBJECTIONS[0],
});
const N = '+966501112233';

type Sample = { who: Who; result: VerbResult<unknown> };

function sample<A, R, I>(
  verb: Verb<A, R, I>,
  state: MemoryState,
  who: Who,
  input: RunInput<I>,
): Sample {
  return { who, result: run(verb, state, who, input) };
}

/** One allowed run of every verb (the compiler insists on all of them). */
const SAMPLES: { [N in MutationName]: () => Sample } = {
  setDisposition: () =>
    sample(VERBS.setDisposition, world({ leads: [lead('a', { refusals: 3 })] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      disposition: 'notInterested',
      note: 'No',
    }),
  logCallAttempt: () =>
    sample(VERBS.logCallAttempt, world({ leads: [lead('a', { ownerId: null })] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      phone: {
        direction: 'outbound',
        result: 'busy',
        sipStatus: 486,
        ringMs: 2000,
        talkMs: 0,
        hangupBy: 'customer',
      },
    }),
  scheduleCallback: () =>
    sample(VERBS.scheduleCallback, world({ leads: [lead('a', { ownerId: null })] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      callbackAt: NOW + HOUR,
      note: 'Later',
    }),
  handOff: () =>
    sample(VERBS.handOff, world({ leads: [lead('a')] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      closerId: U.khalid,
      meetingAt: NOW + DAY,
      note: 'Demo',
    }),
  qualify: () =>
    sample(VERBS.qualify, world({ leads: [lead('a')] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      bant: { budget: yes, authority: yes, need: yes, timeline: yes },
    }),
  sendProposal: () =>
    sample(
      VERBS.sendProposal,
      world({ leads: [lead('a', { stage: 'meetingScheduled', ownerId: U.khalid })] }),
      'khalid',
      { id: ACT, leadId: 'a' as LeadId, productId: PRO_500_ID, amount: 100, currency: 'SAR' },
    ),
  recordMeetingOutcome: () =>
    sample(
      VERBS.recordMeetingOutcome,
      world({
        leads: [
          lead('a', {
            stage: 'meetingScheduled',
            ownerId: U.khalid,
            meeting: { at: NOW, closerId: U.khalid, bookedBy: U.faisal, bookedAt: NOW, note: '' },
          }),
        ],
      }),
      'khalid',
      { id: ACT, leadId: 'a' as LeadId, outcome: 'held' },
    ),
  closeWon: () =>
    sample(VERBS.closeWon, world({ leads: [lead('a')] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      productId: PRO_500_ID,
      amount: 100,
      currency: 'SAR',
      call: { note: 'Sold' },
    }),
  closeLost: () =>
    sample(
      VERBS.closeLost,
      world({ leads: [lead('a', { stage: 'proposalSent', ownerId: U.khalid })] }),
      'khalid',
      { id: ACT, leadId: 'a' as LeadId, reason: 'price' },
    ),
  editContact: () =>
    sample(
      VERBS.editContact,
      world({
        leads: [lead('a')],
        dnc: [{ phoneE164: N, source: 'national', addedAt: 0, addedBy: null, note: '' }],
      }),
      'faisal',
      { leadId: 'a' as LeadId, name: 'A', company: 'B', phone: N, email: '', timezone: null },
    ),
  addLead: () =>
    sample(VERBS.addLead, world(), 'faisal', {
      id: 'new' as LeadId,
      contact: NEW_CALLER,
    }),
  addReferral: () =>
    sample(VERBS.addReferral, world({ leads: [lead('c', { stage: 'retention' })] }), 'faisal', {
      customerId: 'c' as LeadId,
      leadId: 'ref' as LeadId,
      contact: NEW_CALLER,
    }),
  addNote: () =>
    sample(VERBS.addNote, world({ leads: [lead('a')] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      text: 'Hi',
    }),
  sendMessage: () =>
    sample(VERBS.sendMessage, world({ leads: [lead('a')] }), 'faisal', {
      id: ACT,
      leadId: 'a' as LeadId,
      channel: 'whatsapp',
      text: 'Hi',
    }),
  importLeads: () =>
    sample(VERBS.importLeads, world(), 'omar', {
      importId: 'i',
      listName: 'L',
      fileName: 'f.csv',
      part: 1,
      priority: 1,
      leads: [
        {
          id: 'n' as LeadId,
          contact: {
            name: 'N',
            company: '',
            phones: [N],
            email: null,
            country: 'SA',
            timezone: null,
            source: null,
            notes: '',
            custom: {},
          },
          ownerId: null,
          teamId: GULF_TEAM_ID,
        },
      ],
    }),
  reassignLeads: () =>
    sample(VERBS.reassignLeads, world({ leads: [lead('a')] }), 'omar', {
      batch: 'b',
      to: { kind: 'agent', userId: U.mona, teamId: null },
      leadIds: ['a' as LeadId],
    }),
  putDnc: () =>
    sample(VERBS.putDnc, world({ leads: [lead('a', { phones: [N] })] }), 'omar', {
      source: 'internal',
      phoneE164: N,
    }),
  removeDnc: () =>
    sample(
      VERBS.removeDnc,
      world({
        leads: [lead('a', { phoneE164: N, doNotCall: true })],
        dnc: [{ phoneE164: N, source: 'internal', addedAt: 0, addedBy: U.omar, note: '' }],
      }),
      'omar',
      { source: 'internal', phoneE164: N },
    ),
  setNationalDncFile: () =>
    sample(VERBS.setNationalDncFile, world(), 'omar', { fileName: 'f', fileDate: NOW, count: 1 }),
  setTouchSettings: () =>
    sample(VERBS.setTouchSettings, world(), 'omar', { goal: 9, whatsApp: 'web' }),
  setFollowUpSettings: () => sample(VERBS.setFollowUpSettings, world(), 'omar', { recallDays: 5 }),
  setListCost: () =>
    sample(VERBS.setListCost, world(), 'omar', {
      costs: { 'Riyadh flyer A': { amount: 1000, currency: 'SAR' } },
    }),
  setCallingRules: () =>
    sample(VERBS.setCallingRules, world(), 'omar', {
      weekly: Array.from({ length: 7 }, (_, d) =>
        d === 5 || d === 6 ? null : { startMinutes: 540, endMinutes: 1200 },
      ),
      holidays: [{ date: '2026-09-23', name: 'National Day' }],
      periods: [],
      countries: [],
    }),
  putContent: () =>
    sample(VERBS.putContent, world({ content: [OBJECTION] }), 'omar', {
      row: OBJECTION,
      isNew: false,
    }),
  removeContent: () =>
    sample(VERBS.removeContent, world({ content: [OBJECTION] }), 'omar', { id: OBJECTION.id }),
  putTargets: () =>
    sample(VERBS.putTargets, world(), 'omar', {
      userId: U.faisal,
      dailyCalls: 1,
      dailyBookings: 1,
      monthlyWins: 1,
      monthlyRevenue: 1,
    }),
  putSalesTarget: () =>
    sample(VERBS.putSalesTarget, world(), 'omar', {
      teamId: GULF_TEAM_ID,
      month: '2026-12',
      revenue: 1,
      wins: 1,
    }),
  putUser: () =>
    sample(VERBS.putUser, world(), 'omar', {
      user: { ...userOf('faisal'), displayName: 'F' },
      isNew: false,
    }),
  putTeam: () =>
    sample(VERBS.putTeam, world(), 'sarah', {
      team: { id: GULF_TEAM_ID, name: { en: 'Gulf' }, supervisorId: U.omar },
      isNew: false,
    }),
  setPipelineInsight: () =>
    sample(VERBS.setPipelineInsight, world(), 'omar', {
      stallDays: { qualified: 5, meetingScheduled: 3, proposalSent: 10 },
      meetingOverdueDays: 1,
      probabilities: { qualified: null, meetingScheduled: 0.3, proposalSent: null },
    }),
  setAlertRules: () =>
    sample(VERBS.setAlertRules, world(), 'omar', {
      rules: { ...DEFAULT_ALERT_RULES, teamNoBookings: { enabled: false, hours: 48 } },
    }),
  setRecordingSettings: () =>
    sample(VERBS.setRecordingSettings, world(), 'sarah', {
      settings: { ...DEFAULT_RECORDING_SETTINGS, mode: 'announce', retentionDays: 30 },
    }),
};

describe('the verb registry', () => {
  it('names every verb by its own name', () => {
    for (const [key, verb] of Object.entries(VERBS)) expect(verb.name).toBe(key);
    expect(MUTATION_NAMES).toEqual(Object.keys(VERBS));
    expect(isMutationName('addNote')).toBe(true);
    expect(isMutationName('toString')).toBe(false);
  });

  it('is exactly the list of mutations the wire protocol accepts', () => {
    expect([...mutationSchema.shape.name.options].sort()).toEqual([...MUTATION_NAMES].sort());
    for (const name of MUTATION_NAMES)
      expect(mutationSchema.safeParse(mutation(name)).success).toBe(true);
    for (const name of ['setStage', 'deleteLead', 'constructor', ''])
      expect(mutationSchema.safeParse(mutation(name)).success).toBe(false);
  });

  it('declares only real lead fields, activity types and settings in each reach', () => {
    const settingKeys = settingSchema.options.map((o) => o.shape.key.value);
    for (const name of MUTATION_NAMES) {
      const { reach, roles } = verbOf(name);
      expect(roles.length, name).toBeGreaterThan(0);
      for (const f of reach.leads?.fields ?? []) expect(LEAD_FIELDS, `${name}: ${f}`).toContain(f);
      for (const t of reach.activities ?? []) expect(ACTIVITY_TYPES, `${name}: ${t}`).toContain(t);
      for (const s of reach.settings ?? []) expect(settingKeys, `${name}: ${s}`).toContain(s);
      for (const st of reach.leads?.stages ?? [])
        expect(LEAD_STAGES, `${name}: ${st}`).toContain(st);
      // A verb that moves stages or owners says which stages and whom.
      if (reach.leads?.fields.includes('stage'))
        expect(reach.leads.stages?.length, name).toBeGreaterThan(0);
      if (reach.leads?.fields.includes('ownerId')) expect(reach.leads.owner, name).toBeDefined();
      // Nothing may change a lead's identity.
      expect(reach.leads?.fields ?? [], name).not.toContain('id');
      expect(reach.leads?.fields ?? [], name).not.toContain('organisationId');
    }
  });

  it('lets only the do-not-call verbs reach beyond the actor’s scope, and only imports, a caller written down and a referral create', () => {
    const beyond = MUTATION_NAMES.filter((n) => verbOf(n).reach.leads?.beyondScope);
    expect(beyond.sort()).toEqual(['putDnc', 'removeDnc']);
    const creators = MUTATION_NAMES.filter((n) => verbOf(n).reach.leads?.create);
    expect(creators.sort()).toEqual(['addLead', 'addReferral', 'importLeads']);
  });

  it('audits every verb only supervisors and administrators run', () => {
    for (const name of MUTATION_NAMES) {
      const verb = verbOf(name);
      const leadersOnly = verb.roles.every((r) => r === 'supervisor' || r === 'admin');
      if (leadersOnly) expect(verb.audited, name).toBe(true);
    }
  });

  it('keeps each verb’s own effects within its reach', () => {
    for (const name of MUTATION_NAMES) {
      const { who, result } = SAMPLES[name]();
      const { effects } = effectsOf(result);
      expect(Object.keys(effects).length, name).toBeGreaterThan(0);
      expect(outsideReach(verbOf(name), effects, U[who]), name).toBeNull();
    }
  });

  it('names what falls outside a reach', () => {
    const { effects } = effectsOf(SAMPLES.addNote().result);
    const note = verbOf('addNote');
    const a = 'a' as LeadId;
    expect(outsideReach(note, { leads: [{ id: a, patch: { stage: 'won' } }] }, U.faisal)).toBe(
      'a change of stage on lead a',
    );
    expect(outsideReach(note, { ...effects, dnc: { remove: [N] } }, U.faisal)).toBe('dnc changes');
    expect(
      outsideReach(note, { activities: [{ ...effects.activities![0]!, type: 'call' }] }, U.faisal),
    ).toBe('a call activity');
    expect(
      outsideReach(
        verbOf('putDnc'),
        {
          settings: [
            {
              key: 'dncNationalFile',
              value: { fileName: 'f', fileDate: 0, importedAt: 0, count: 0 },
            },
          ],
        },
        U.omar,
      ),
    ).toBe('the dncNationalFile setting');
    // A call may lose or retain a lead, never win it, and makes nobody but the caller the owner.
    const call = verbOf('setDisposition');
    expect(outsideReach(call, { leads: [{ id: a, patch: { stage: 'won' } }] }, U.faisal)).toBe(
      'stage won on lead a',
    );
    expect(
      outsideReach(call, { leads: [{ id: a, patch: { stage: 'lost' } }] }, U.faisal),
    ).toBeNull();
    expect(outsideReach(call, { leads: [{ id: a, patch: { ownerId: U.mona } }] }, U.faisal)).toBe(
      `owner ${U.mona} on lead a`,
    );
    expect(
      outsideReach(call, { leads: [{ id: a, patch: { ownerId: U.faisal } }] }, U.faisal),
    ).toBeNull();
    // A hand-off gives the lead to the closer.
    expect(
      outsideReach(
        verbOf('handOff'),
        { leads: [{ id: a, patch: { ownerId: U.khalid } }] },
        U.faisal,
      ),
    ).toBeNull();
  });
});
