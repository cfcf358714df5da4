// Proves the server's claim checks: conditions the desk relied on, and claimed effects refused when they reach past the verb, honest or drifted claims accepted.
import { describe, expect, it } from 'vitest';
import { GULF_TEAM_ID, PRO_500_ID } from '../demo/index';
import { contentRowSchema } from '../domain/content';
import type { LeadId } from '../domain/ids';
import type { Lead } from '../domain/lead';
import { refusedClaim, unmetExpectation } from './claim';
import { patchedLead, type Effects } from './effects';
import { addNote } from './add-note';
import { closeWon } from './close-won';
import { importLeads } from './import-leads';
import { putContent } from './put-content';
import { putDnc } from './put-dnc';
import { putTargets } from './put-targets';
import { putUser } from './put-user';
import { setDisposition } from './set-disposition';
import type { MemoryState } from './state';
import type { Verb } from './verb';
import {
  ACT,
  NOW,
  U,
  activity,
  effectsOf,
  lead,
  run,
  userOf,
  world,
  type RunInput,
  type Who,
} from './testing/world';

/**
 * What the server does with a pushed mutation: runs the verb on its rows, then checks the desk's
 * claim (`tamper` turns the honest effects into the claim) against the result.
 */
function claim<A, R, I>(
  verb: Verb<A, R, I>,
  state: MemoryState,
  who: Who,
  input: RunInput<I>,
  tamper: (honest: Effects) => Effects = (e) => e,
) {
  const { effects } = effectsOf(run(verb, state, who, input));
  const finals = new Map<string, Lead>();
  for (const e of effects.leads ?? []) {
    const next = patchedLead(finals.get(e.id) ?? state.lead(e.id), e);
    if (next) finals.set(e.id, next);
  }
  const after = { lead: (id: LeadId) => finals.get(id) ?? state.lead(id) };
  return refusedClaim(verb, tamper(structuredClone(effects)), effects, after, U[who]);
}

const A = lead('a');
const B = lead('b');
const noAnswer = { id: ACT, leadId: A.id, disposition: 'noAnswer' } as const;
const note = { id: ACT, leadId: A.id, text: 'Prefers WhatsApp' };

describe('unmetExpectation', () => {
  const state = world({ leads: [lead('a', { stage: 'qualified', ownerId: U.mona })] });
  const expecting = (expect: NonNullable<NonNullable<Effects['leads']>[number]['expect']>) =>
    unmetExpectation({ leads: [{ id: A.id, patch: { updatedAt: NOW }, expect }] }, state);

  it('refuses a stage or an owner the lead no longer has', () => {
    expect(expecting({ stage: 'lead' })).toEqual({
      reason: 'stageChanged',
      detail: 'Lead a is now in stage qualified, not lead.',
    });
    expect(expecting({ ownerId: U.faisal })).toEqual({
      reason: 'ownerChanged',
      detail: 'Lead a has another owner now.',
    });
    expect(expecting({ stage: 'qualified', ownerId: null })?.reason).toBe('ownerChanged');
  });

  it('is met when the lead is as the desk saw it, has no condition, or is not here', () => {
    expect(expecting({ stage: 'qualified', ownerId: U.mona })).toBeNull();
    expect(
      unmetExpectation({ leads: [{ id: A.id, patch: { updatedAt: NOW } }] }, state),
    ).toBeNull();
    expect(unmetExpectation({ leads: [{ id: B.id, expect: { stage: 'won' } }] }, state)).toBeNull();
  });
});

describe('refusedClaim', () => {
  it('accepts an honest claim', () => {
    expect(claim(setDisposition, world({ leads: [A] }), 'faisal', noAnswer)).toBeNull();
    expect(claim(addNote, world({ leads: [A] }), 'faisal', note)).toBeNull();
  });

  it('accepts counters and clocks that drifted from the server’s (another desk called meanwhile)', () => {
    // The desk still saw two attempts; the server's row has none.
    const desk = effectsOf(
      run(setDisposition, world({ leads: [lead('a', { attempts: 2 })] }), 'faisal', noAnswer),
    ).effects;
    expect(desk.leads?.[0]?.patch?.attempts).toBe(3);
    const refused = claim(setDisposition, world({ leads: [A] }), 'faisal', noAnswer, () => desk);
    expect(refused).toBeNull();
  });

  it('refuses a note that claims to create a lead', () => {
    expect(
      claim(addNote, world({ leads: [A] }), 'faisal', note, (e) => ({
        ...e,
        leads: [{ id: A.id, create: A }],
      })),
    ).toEqual({ reason: 'forbidden', detail: 'addNote cannot produce a new lead a.' });
  });

  it('refuses an unanswered call that claims a win or hands the lead to someone else', () => {
    const state = world({ leads: [A] });
    const patched = (patch: NonNullable<NonNullable<Effects['leads']>[number]['patch']>) =>
      claim(setDisposition, state, 'faisal', noAnswer, (e) => ({
        ...e,
        leads: [{ ...e.leads![0]!, patch: { ...e.leads![0]!.patch, ...patch } }],
      }));
    expect(patched({ stage: 'won' })).toEqual({
      reason: 'forbidden',
      detail: 'setDisposition cannot produce stage won on lead a.',
    });
    expect(patched({ ownerId: U.mona })).toEqual({
      reason: 'forbidden',
      detail: `setDisposition cannot produce owner ${U.mona} on lead a.`,
    });
    // A stage the verb can set, but not here: the lead changed under the desk.
    expect(patched({ stage: 'lost' })).toMatchObject({ reason: 'stageChanged' });
  });

  it('refuses a claim that another farmer took the customer than the server picks', () => {
    const p = lead('p', { stage: 'proposalSent', ownerId: U.khalid });
    const input = { id: ACT, leadId: p.id, productId: PRO_500_ID, amount: 100, currency: 'SAR' };
    expect(
      claim(closeWon, world({ leads: [p] }), 'khalid', input, (e) => ({
        ...e,
        leads: [{ ...e.leads![0]!, patch: { ...e.leads![0]!.patch, ownerId: U.zeynep } }],
      })),
    ).toMatchObject({ reason: 'ownerChanged' });
  });

  it('refuses a claim on a lead the verb did not touch', () => {
    expect(
      claim(addNote, world({ leads: [A, B] }), 'faisal', note, (e) => ({
        ...e,
        leads: [...e.leads!, { id: B.id, patch: { notes: 'x', updatedAt: NOW } }],
      })),
    ).toEqual({ reason: 'forbidden', detail: 'addNote cannot change lead b here.' });
  });

  it('refuses activities logged for another agent or on another lead', () => {
    const state = world({ leads: [A, B] });
    expect(
      claim(addNote, state, 'faisal', note, (e) => ({
        ...e,
        activities: [{ ...e.activities![0]!, agentId: U.mona }],
      })),
    ).toEqual({
      reason: 'forbidden',
      detail: `addNote cannot log activity ${ACT} for someone else.`,
    });
    expect(
      claim(addNote, state, 'faisal', note, (e) => ({
        ...e,
        activities: [activity('faisal', B.id, { id: ACT, type: 'note', at: NOW, note: 'x' })],
      })),
    ).toEqual({ reason: 'forbidden', detail: `addNote cannot log activity ${ACT} on lead b.` });
  });

  it('refuses content, do-not-call and people rows the verb cannot or did not yield', () => {
    const state = world({ leads: [A] });
    const extra = (more: Effects) =>
      claim(addNote, state, 'faisal', note, (e) => ({ ...e, ...more }))?.reason;
    const row = contentRowSchema.parse({
      id: 'card',
      kind: 'objection',
      data: {
        id: 'card',
        category: 'price',
        title: { en: 'T' },
        objection: { en: 'O' },
        responses: { en: ['R'] },
      },
    });
    expect(extra({ content: { put: [row] } })).toBe('forbidden');
    expect(extra({ dnc: { remove: ['+966501112233'] } })).toBe('forbidden');
    expect(extra({ users: [userOf('faisal')] })).toBe('forbidden');

    // Verbs that do write these tables may claim only the rows they wrote.
    expect(
      claim(putDnc, world(), 'omar', { source: 'internal', phoneE164: '+966501112233' }, (e) => ({
        ...e,
        dnc: { put: e.dnc!.put, remove: ['+966509998877'] },
      })),
    ).toEqual({
      reason: 'forbidden',
      detail: 'putDnc cannot change do-not-call number +966509998877.',
    });
    expect(
      claim(putContent, world(), 'omar', { row, isNew: true }, (e) => ({
        ...e,
        content: { put: e.content!.put, remove: ['rawaa-pro-500'] },
      })),
    ).toEqual({ reason: 'forbidden', detail: 'putContent cannot change content rawaa-pro-500.' });
    const targets = {
      userId: U.faisal,
      dailyCalls: 1,
      dailyBookings: 1,
      monthlyWins: 1,
      monthlyRevenue: 1,
    };
    expect(
      claim(putTargets, world(), 'omar', targets, (e) => ({
        ...e,
        users: [...e.users!, { ...userOf('mona'), dailyCallTarget: 1 }],
      })),
    ).toEqual({ reason: 'forbidden', detail: `putTargets cannot change person ${U.mona}.` });
    expect(
      claim(putUser, world(), 'omar', { user: userOf('faisal'), isNew: false }, (e) => ({
        users: [...e.users!, { ...userOf('omar'), roles: ['admin'] }],
      })),
    ).toEqual({ reason: 'forbidden', detail: `putUser cannot change person ${U.omar}.` });
  });

  it('refuses an import claim that makes up who gets a new lead, or recreates one that exists', () => {
    const contact = {
      name: 'N',
      company: '',
      phones: [],
      email: null,
      country: null,
      timezone: null,
      source: null,
      notes: '',
      custom: {},
    };
    const input = {
      importId: 'i',
      listName: 'L',
      fileName: 'f.csv',
      part: 1,
      priority: 1,
      leads: [
        { id: 'n' as LeadId, contact, ownerId: null, teamId: GULF_TEAM_ID },
        { id: A.id, contact, ownerId: null, teamId: GULF_TEAM_ID },
      ],
    };
    const state = world({ leads: [A] });
    expect(claim(importLeads, state, 'omar', input)).toBeNull();
    expect(
      claim(importLeads, state, 'omar', input, (e) => ({
        leads: [{ ...e.leads![0]!, create: { ...e.leads![0]!.create!, ownerId: U.omar } }],
      })),
    ).toEqual({
      reason: 'forbidden',
      detail: 'importLeads cannot create lead n with that ownerId.',
    });
    expect(
      claim(importLeads, state, 'omar', input, (e) => ({
        leads: [...e.leads!, { id: A.id, create: { ...A, ownerId: null } }],
      })),
    ).toEqual({ reason: 'forbidden', detail: 'importLeads cannot change lead a here.' });
  });
});
