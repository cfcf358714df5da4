// Proves editContact saves tidied contact fields, blocks a lead whose new number is on the do-not-call list, and refuses every invalid field, missing and out-of-scope leads.
import { describe, expect, it } from 'vitest';
import { ISTANBUL_TEAM_ID } from '../demo/index';
import { searchTokens } from '../domain/search-key';
import { editContact } from './edit-contact';
import { outsideReach } from './verb';
import { NOW, U, effectsOf, lead, outcome, run, world } from './testing/world';

const LISTED = '+905327654321';
const CONTACT = {
  name: '  Ayşe Yılmaz ',
  company: ' Kaya Lojistik ',
  phone: '0532 765 43 21',
  defaultCountry: 'TR',
  email: ' ayse@kaya.example ',
  timezone: 'Europe/Istanbul',
} as const;

describe('editContact', () => {
  it('saves the tidied fields, the number in E.164 and new search keys', () => {
    const a = lead('a');
    const r = run(editContact, world({ leads: [a] }), 'faisal', { leadId: a.id, ...CONTACT });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          {
            id: a.id,
            patch: {
              name: 'Ayşe Yılmaz',
              company: 'Kaya Lojistik',
              phoneE164: '+905327654321',
              doNotCall: false,
              email: 'ayse@kaya.example',
              timezone: 'Europe/Istanbul',
              searchKeys: searchTokens('Ayşe Yılmaz', 'Kaya Lojistik', 'ayse@kaya.example'),
              updatedAt: NOW,
            },
          },
        ],
      },
    });
    expect(effectsOf(r).effects.leads?.[0]?.patch?.searchKeys).toContain('ayse');
    expect(outsideReach(editContact, effectsOf(r).effects, U.faisal)).toBeNull();
    // It reads the do-not-call entry of the number it saves.
    expect(
      editContact.reads(editContact.args.parse({ leadId: a.id, ...CONTACT, at: NOW })),
    ).toEqual({ leads: [a.id], dnc: [LISTED] });
  });

  it('takes the lead out of every queue when the new number is on the do-not-call list', () => {
    const a = lead('a');
    const state = world({
      leads: [a],
      dnc: [{ phoneE164: LISTED, source: 'national', addedAt: NOW, addedBy: null, note: '' }],
    });
    const r = run(editContact, state, 'faisal', { leadId: a.id, ...CONTACT });
    expect(effectsOf(r).effects.leads?.[0]?.patch?.doNotCall).toBe(true);
  });

  it('never frees a blocked lead by editing it, and clears empty fields', () => {
    const blocked = lead('b', { doNotCall: true, email: 'old@x.example', timezone: 'Asia/Dubai' });
    const r = run(editContact, world({ leads: [blocked] }), 'faisal', {
      leadId: blocked.id,
      name: 'Omar',
      company: '',
      phone: '  ',
      email: '',
      timezone: '',
    });
    expect(effectsOf(r).effects.leads?.[0]?.patch).toMatchObject({
      phoneE164: null,
      doNotCall: true,
      email: null,
      timezone: null,
    });
  });

  it('notes the address and interests (tidied, each once) and leaves them alone when not sent', () => {
    const a = lead('a', { address: 'Old street 1', interests: ['solar'] });
    const state = world({ leads: [a] });
    const r = run(editContact, state, 'faisal', {
      leadId: a.id,
      ...CONTACT,
      address: '  Olaya St. 12\nRiyadh 12211 ',
      interests: [' Solar  panels ', 'solar panels', '', 'Maintenance'],
    });
    expect(effectsOf(r).effects.leads?.[0]?.patch).toMatchObject({
      address: 'Olaya St. 12\nRiyadh 12211',
      interests: ['Solar panels', 'Maintenance'],
    });
    expect(outsideReach(editContact, effectsOf(r).effects, U.faisal)).toBeNull();
    // An older desk sends neither: what is stored stays.
    const old = effectsOf(run(editContact, state, 'faisal', { leadId: a.id, ...CONTACT })).effects;
    expect(old.leads?.[0]?.patch).not.toHaveProperty('address');
    expect(old.leads?.[0]?.patch).not.toHaveProperty('interests');
    // Clearing is a change too.
    const cleared = run(editContact, state, 'faisal', {
      leadId: a.id,
      ...CONTACT,
      address: ' ',
      interests: [],
    });
    expect(effectsOf(cleared).effects.leads?.[0]?.patch).toMatchObject({
      address: '',
      interests: [],
    });
    expect(
      editContact.args.safeParse({
        leadId: a.id,
        ...CONTACT,
        interests: ['x'.repeat(61)],
        at: NOW,
      }).success,
    ).toBe(false);
  });

  it('refuses a blank name, an impossible number, a bad e-mail and an unknown timezone', () => {
    const a = lead('a');
    const state = world({ leads: [a] });
    const edit = (over: Partial<Record<keyof typeof CONTACT, string>>) =>
      outcome(run(editContact, state, 'faisal', { leadId: a.id, ...CONTACT, ...over }));
    expect(edit({ name: '   ' })).toBe('nameRequired');
    expect(edit({ phone: '+90 123' })).toBe('phoneInvalid');
    expect(edit({ email: 'not-an-email' })).toBe('emailInvalid');
    expect(edit({ timezone: 'Mars/Olympus' })).toBe('timezoneInvalid');
    expect(edit({})).toBe('ok');
  });

  it('refuses a missing lead, a lead outside the scope and a person without a role', () => {
    const mates = lead('m', { ownerId: U.mona });
    const other = lead('o', { ownerId: U.emre, teamId: ISTANBUL_TEAM_ID });
    const state = world({ leads: [mates, other] });
    const edit = (who: 'faisal' | 'omar', leadId: typeof mates.id) =>
      outcome(run(editContact, state, who, { leadId, ...CONTACT }));
    expect(edit('faisal', lead('gone').id)).toBe('leadNotFound');
    expect(edit('faisal', mates.id)).toBe('outOfScope');
    expect(edit('omar', other.id)).toBe('outOfScope');
    expect(edit('omar', mates.id)).toBe('ok');
    const nobody = { id: U.faisal, organisationId: mates.organisationId, roles: [], teamId: null };
    expect(outcome(run(editContact, state, nobody, { leadId: mates.id, ...CONTACT }))).toBe(
      'forbidden',
    );
  });
});
