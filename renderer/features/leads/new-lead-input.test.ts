import { describe, expect, it } from 'vitest';
import type { LeadId } from '../../../shared/domain/ids';
import { addLead } from '../../../shared/mutations/add-lead';
import { contactFromForm, EMPTY_NEW_LEAD, newLeadInput, parseInterests } from './new-lead-input';

const form = {
  ...EMPTY_NEW_LEAD,
  name: '  Ayşe   Yılmaz ',
  company: 'Kaya Lojistik',
  phone: '0532 765 43 21',
  otherPhones: '0212 555 11 22 / +44 7574 430148',
  email: ' Ayse@Kaya.Example ',
};

describe('the new-lead form', () => {
  it('reads like an imported row: numbers in E.164 from the default country, e-mail lower-case', () => {
    const r = contactFromForm(form, 'TR');
    expect(r).toMatchObject({
      ok: true,
      contact: {
        name: 'Ayşe Yılmaz',
        company: 'Kaya Lojistik',
        phones: ['+905327654321', '+902125551122', '+447574430148'],
        email: 'ayse@kaya.example',
        country: 'TR',
      },
    });
  });

  it('says why a form cannot be a lead, in the importer’s reasons', () => {
    expect(contactFromForm({ ...form, name: '', company: '' }, 'TR')).toMatchObject({
      ok: false,
      reason: 'nameMissing',
    });
    expect(contactFromForm({ ...form, phone: '123', otherPhones: '' }, 'TR')).toMatchObject({
      ok: false,
      reason: 'phoneInvalid',
    });
    expect(contactFromForm({ ...form, email: 'not-mail' }, 'TR')).toMatchObject({
      ok: false,
      reason: 'emailInvalid',
    });
    // A country typed on the form wins over the organisation's for a national number.
    expect(
      contactFromForm({ ...form, phone: '050 123 4567', otherPhones: '', country: 'SA' }, 'TR'),
    ).toMatchObject({ ok: true, contact: { phones: ['+966501234567'], country: 'SA' } });
  });

  it('puts an inbound caller on the inbound list as one, a referral on the referrals list', () => {
    const r = contactFromForm({ ...form, source: 'Billboard' }, 'TR');
    if (!r.ok) throw new Error(r.reason);
    const inbound = newLeadInput('n1' as LeadId, r.contact, {
      ...form,
      interests: 'Solar, batteries، solar\nMaintenance',
      address: ' Bağdat Cd. 5, İstanbul ',
    });
    expect(inbound).toMatchObject({
      listName: 'Inbound calls',
      origin: 'inbound',
      contact: { source: 'Billboard' },
      address: 'Bağdat Cd. 5, İstanbul',
      interests: ['Solar', 'batteries', 'Maintenance'],
    });
    expect(addLead.args.safeParse({ ...inbound, at: 1 }).success).toBe(true);

    const referred = { ...form, origin: 'referral' as const, source: 'Mehmet Demir' };
    const rr = contactFromForm(referred, 'TR');
    if (!rr.ok) throw new Error(rr.reason);
    const input = newLeadInput('n2' as LeadId, rr.contact, referred);
    expect(input).toMatchObject({ listName: 'Referrals', contact: { source: 'Mehmet Demir' } });
    expect(input).not.toHaveProperty('address');
    expect(input).not.toHaveProperty('interests');
  });

  it('splits interests at Latin and Arabic commas and keeps each once', () => {
    expect(parseInterests('طاقة شمسية، بطاريات, طاقة شمسية ,, ')).toEqual([
      'طاقة شمسية',
      'بطاريات',
    ]);
    expect(parseInterests('')).toEqual([]);
  });
});
