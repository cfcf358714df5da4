import { describe, expect, it } from 'vitest';
import { guessMapping, headerSignature, isMappingFor, mappingProblems } from './columns';

const kinds = (headers: string[]) =>
  guessMapping(headers).map((t) => (t.kind === 'custom' ? `custom:${t.key}` : t.kind));

describe('guessMapping', () => {
  it('reads English CRM exports', () => {
    expect(
      kinds([
        'Full Name',
        'Company',
        'Mobile Phone',
        'Work Phone',
        'E-mail',
        'Country',
        'Lead Source',
        'Notes',
        'Industry',
      ]),
    ).toEqual([
      'name',
      'company',
      'phone',
      'phone',
      'email',
      'country',
      'source',
      'notes',
      'custom:Industry',
    ]);
  });

  it('reads Turkish headers, "Ad Soyad" and "Ad" + "Soyad"', () => {
    expect(
      kinds(['Ad Soyad', 'Firma', 'Telefon', 'Cep Telefonu', 'E-posta', 'Ülke', 'Açıklama']),
    ).toEqual(['name', 'company', 'phone', 'phone', 'email', 'country', 'notes']);
    expect(kinds(['AD', 'SOYAD', 'TELEFON'])).toEqual(['firstName', 'lastName', 'phone']);
    // "Ad" alone is the whole name.
    expect(kinds(['Ad', 'Telefon'])).toEqual(['name', 'phone']);
  });

  it('reads Arabic headers in any alef or taa marbuta spelling', () => {
    expect(
      kinds(['الاسم', 'الشركة', 'الهاتف', 'رقم الجوال', 'البريد الإلكتروني', 'الدولة', 'ملاحظات']),
    ).toEqual(['name', 'company', 'phone', 'phone', 'email', 'country', 'notes']);
    expect(kinds(['اسم العميل', 'جوال العميل'])).toEqual(['name', 'phone']);
  });

  it('reads address and interests columns in three languages; several interest columns add up', () => {
    expect(kinds(['Name', 'Phone', 'Address', 'Interests', 'Interested in'])).toEqual([
      'name',
      'phone',
      'address',
      'interests',
      'interests',
    ]);
    expect(kinds(['Ad Soyad', 'Telefon', 'Açık Adres', 'İlgi Alanları'])).toEqual([
      'name',
      'phone',
      'address',
      'interests',
    ]);
    expect(kinds(['الاسم', 'الجوال', 'العنوان', 'الاهتمامات'])).toEqual([
      'name',
      'phone',
      'address',
      'interests',
    ]);
  });

  it('reads an advert’s tracking number column in three languages, apart from the phones', () => {
    expect(kinds(['Name', 'Phone', 'Tracking number', 'Source'])).toEqual([
      'name',
      'phone',
      'trackingNumber',
      'source',
    ]);
    expect(kinds(['Ad Soyad', 'Telefon', 'Takip Numarası'])).toEqual([
      'name',
      'phone',
      'trackingNumber',
    ]);
    expect(kinds(['الاسم', 'الجوال', 'رقم التتبع'])).toEqual(['name', 'phone', 'trackingNumber']);
  });

  it('recognises numbered and decorated phone headers', () => {
    expect(kinds(['Name', 'Phone 1', 'Phone (2)', 'Telefon-3', 'هاتف 2'])).toEqual([
      'name',
      'phone',
      'phone',
      'phone',
      'phone',
    ]);
  });

  it('maps a single-use target to the first column only and ignores blank headers', () => {
    expect(kinds(['Name', 'Name', '', 'Phone'])).toEqual([
      'name',
      'custom:Name',
      'ignore',
      'phone',
    ]);
  });
});

describe('mappingProblems', () => {
  it('needs a name (or company) and a phone, each single target once, custom fields named', () => {
    expect(mappingProblems([{ kind: 'name' }, { kind: 'phone' }])).toEqual([]);
    expect(mappingProblems([{ kind: 'company' }, { kind: 'phone' }])).toEqual([]);
    expect(mappingProblems([{ kind: 'email' }])).toEqual(['noName', 'noPhone']);
    expect(mappingProblems([{ kind: 'name' }, { kind: 'name' }, { kind: 'phone' }])).toEqual([
      'duplicateTarget',
    ]);
    expect(
      mappingProblems([{ kind: 'name' }, { kind: 'phone' }, { kind: 'custom', key: ' ' }]),
    ).toEqual(['customKeyMissing']);
  });
});

describe('headerSignature / isMappingFor', () => {
  it('treats the same headers in another case or spelling as the same file', () => {
    expect(headerSignature(['Name', 'PHONE'])).toBe(headerSignature(['name', 'phone']));
    expect(headerSignature(['الإسم'])).toBe(headerSignature(['الاسم']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
  });

  it('accepts a remembered mapping only for the same number of columns', () => {
    const m = [{ kind: 'name' }, { kind: 'custom', key: 'x' }];
    expect(isMappingFor(m, 2)).toBe(true);
    expect(isMappingFor(m, 3)).toBe(false);
    expect(isMappingFor([{ kind: 'bogus' }], 1)).toBe(false);
    expect(isMappingFor([{ kind: 'custom' }], 1)).toBe(false);
    expect(isMappingFor('x', 1)).toBe(false);
  });
});
