// Name search (leads-repo searchLeads) on the desk schema: what a match is, which come first, and
// that the large-range paths (more keys than one capped read) find the same leads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserId } from '../../shared/domain/ids';
import type { Lead } from '../../shared/domain/lead';
import { testLead } from '../../shared/domain/testing/lead';
import { callingCodesOnDesk, findByTypedPhone, searchLeads } from './leads-repo';
import { createDeskDatabase, toStoredLead, type DeskDatabase, type StoredLead } from './schema';

let db: DeskDatabase;
beforeEach(() => {
  db = createDeskDatabase(`search-${Math.random()}`);
});
afterEach(async () => db.delete());

function lead(id: string, name: string, company = ''): Lead {
  const ownerId = (Number(id.replace(/\D/g, '') || 0) % 2 ? 'odd' : 'even') as UserId;
  return testLead(id, { name, company, ownerId, country: 'TR' });
}
const put = (...leads: Lead[]) => db.leads.bulkPut(leads.map(toStoredLead));
const ids = async (query: string, limit?: number, filter?: (l: StoredLead) => boolean) =>
  (await searchLeads(db, query, limit, filter, { defaultCountry: 'TR' })).map((l) => l.id);

describe('name search', () => {
  it('matches every word as a prefix, in any order, with words between', async () => {
    await put(
      lead('a', 'Ahmed Ali Hassan'),
      lead('b', 'Ahmed Hassan'),
      lead('c', 'Hassan Ahmed'),
      lead('d', 'Ahmed Kaya'),
      lead('e', 'Mehmet Hassanoğlu'),
    );
    // The pair as typed comes first, then the pair the other way round, then the words apart.
    expect(await ids('ahmed hassan')).toEqual(['b', 'c', 'a']);
    // "ahm" only starts a word: the pairs of the word it starts ("ahmed") follow.
    expect(await ids('Hassan Ahm')).toEqual(['c', 'b', 'a']);
    // Neither word whole: the pairs of the words they start, side by side before apart.
    expect(await ids('Hass Ahm')).toEqual(['c', 'b', 'a']);
    expect(await ids('hassan')).toEqual(['a', 'b', 'c', 'e']);
    expect(await ids('ahmed hassan kaya')).toEqual([]);
    expect(await ids('  ')).toEqual([]);
  });

  it('folds spelling: Arabic alef and tā marbūṭa, Turkish dotted and dotless i, accents', async () => {
    await put(
      lead('a', 'أحمد الشمري'),
      lead('b', 'İsmail Işık', 'Öztürk Gıda'),
      lead('c', 'José Núñez'),
    );
    expect(await ids('احمد')).toEqual(['a']);
    expect(await ids('ismail isik')).toEqual(['b']);
    expect(await ids('ISIK ozturk')).toEqual(['b']);
    expect(await ids('jose nunez')).toEqual(['c']);
  });

  it('gives each lead once and stops at the limit, after the filter', async () => {
    // "ahmet" and "ahmed" both start with "ahme": the lead is in the range twice.
    await put(
      lead('a1', 'Ahmet Ahmed'),
      ...Array.from({ length: 9 }, (_, i) => lead(`b${i + 2}`, 'Ahmed Demir')),
    );
    const all = await ids('ahme', 50);
    expect(all).toHaveLength(10);
    expect(new Set(all).size).toBe(10);
    expect(await ids('ahme', 3)).toHaveLength(3);
    const odd = await ids('ahme', 50, (l) => l.ownerId === 'odd');
    expect(odd).toEqual(['a1', 'b3', 'b5', 'b7', 'b9']);
  });

  it('finds leads with the words apart when every word is common (over the key cap)', async () => {
    // 600 "Ahmed …" and 600 "… Hassan": both words over the 500-key cap. Three leads hold both
    // words, none as the typed pair, and one company holds both as well.
    const rows: Lead[] = [];
    for (let i = 0; i < 600; i++) rows.push(lead(`a${i}`, `Ahmed Kaya ${i}`));
    for (let i = 0; i < 600; i++) rows.push(lead(`h${i}`, `Omar Hassan ${i}`));
    rows.push(
      lead('x1', 'Ahmed Ali Hassan'),
      lead('x2', 'Hassan Ahmed'),
      lead('x3', 'Ahmed bin Hassan'),
    );
    rows.push(lead('x4', 'Leyla Demir', 'Hassan & Ahmed Ltd'));
    await put(...rows);
    expect((await ids('ahmed hassan')).sort()).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect((await ids('hassan kaya')).sort()).toEqual([]);
    // A rare word decides, whatever the other's size.
    expect(await ids('ahmed bin')).toEqual(['x3']);
    expect(await ids('bin hass')).toEqual(['x3']);
    expect(await ids('omar hassan 17', 5)).toEqual(['h17', 'h170', 'h171', 'h172', 'h173']);
  });

  it('finds two common words apart in a name past where checking one word’s leads stops', async () => {
    // 1,200 leads of each word: more than a search checks one by one (1,000). The one lead that
    // holds both sorts after all of them.
    const rows: Lead[] = [];
    for (let i = 0; i < 1_200; i++) rows.push(lead(`a${1000 + i}`, `Ahmed Kaya ${i}`));
    for (let i = 0; i < 1_200; i++) rows.push(lead(`h${1000 + i}`, `Omar Hassan ${i}`));
    rows.push(lead('z1', 'Hassan Ali Veli Ahmed'), lead('z2', 'Kaya', 'Omar Holding'));
    await put(...rows);
    expect(await ids('ahmed hassan')).toEqual(['z1']);
    expect(await ids('ahm hass')).toEqual(['z1']);
    // Two words in different fields, both common: not a match (see searchLeads).
    expect(await ids('kaya omar')).toEqual([]);
    // A rare word still finds its leads whichever field the other word is in.
    expect(await ids('kaya holding')).toEqual(['z2']);
  });

  it('tells two common words stand together in no lead without reading one', async () => {
    let leadsRead = 0;
    db.use({
      stack: 'dbcore',
      name: 'records-read',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'leads') return t;
          return {
            ...t,
            query: async (req) => {
              const res = await t.query(req);
              if (req.values) leadsRead += res.result.length;
              return res;
            },
            getMany: async (req) => {
              leadsRead += req.keys.length;
              return t.getMany(req);
            },
            openCursor: (req) => {
              if (req.values) leadsRead += 1_000_000;
              return t.openCursor(req);
            },
          };
        },
      }),
    });
    // (Middleware joins a database before it opens.)
    const rows: Lead[] = [];
    for (let i = 0; i < 600; i++) rows.push(lead(`a${i}`, `Ahmed Kaya ${i}`));
    for (let i = 0; i < 600; i++) rows.push(lead(`h${i}`, `Omar Hassan ${i}`));
    rows.push(lead('x1', 'Kayahan Omarov'));
    await put(...rows);
    for (const absent of ['ahmed hassan', 'hassan kaya', 'omar ahmed']) {
      leadsRead = 0;
      expect(await ids(absent), absent).toEqual([]);
      expect(leadsRead, absent).toBe(0);
    }
    // "kaya" and "omar" start longer words too: their pairs are read, and only they.
    leadsRead = 0;
    expect(await ids('omar kaya')).toEqual(['x1']);
    expect(leadsRead).toBe(1);
    // The count sees what a search reads: five leads of a common pair, read to be checked.
    leadsRead = 0;
    expect(await ids('ahmed kaya 17', 5)).toHaveLength(5);
    expect(leadsRead).toBeGreaterThanOrEqual(5);
  });

  it('checks the leads one by one when a typed word starts too many words to pair each', async () => {
    // "ka" starts nine words, more than a search pairs one by one (8); "ahmed" is held by 150
    // leads. The words are then read as before the pairs: "ahmed" under 500 leads is exact.
    const rows: Lead[] = [];
    for (let i = 0; i < 150; i++) rows.push(lead(`a${i}`, `Ahmed Demir ${i}`));
    const kaWords = ['Kaan', 'Kaba', 'Kadir', 'Kader', 'Kağan', 'Kahraman', 'Kamil', 'Kanat'];
    kaWords.forEach((w, i) => rows.push(lead(`k${i}`, `${w} Yıldız`)));
    rows.push(lead('x1', 'Karaca Ahmed'), lead('x2', 'Ahmed', 'Kaya Gıda'));
    await put(...rows);
    expect((await ids('ka ahmed')).sort()).toEqual(['x1', 'x2']);
    expect((await ids('ahmed ka')).sort()).toEqual(['x1', 'x2']);
  });

  it('finds a lead by a phone number typed any way: main or extra phone, local or international', async () => {
    await put(
      { ...lead('a1', 'Ayşe Yılmaz'), phoneE164: '+905327654321' },
      { ...lead('b2', 'Omar Nasser'), phoneE164: '+966501234567', phones: ['+905327654321'] },
      lead('c3', 'Kemal 0532 765'),
    );
    expect(await ids('0532 765 43 21')).toEqual(['a1', 'b2']);
    expect(await ids('+90 (532) 765-43-21')).toEqual(['a1', 'b2']);
    expect(await ids('٠٥٣٢٧٦٥٤٣٢١')).toEqual(['a1', 'b2']);
    expect(await ids('+966 50 123 4567')).toEqual(['b2']);
    expect(await ids('0532 765 43 21', 50, (l) => l.ownerId === 'odd')).toEqual(['a1']);
    // Not a whole number: the words of names and companies.
    expect(await ids('0532 765')).toEqual(['c3']);
  });

  it('finds a number typed without +, without its trunk 0, or in another country’s national form', async () => {
    await put(
      { ...lead('uk', 'James Carter'), country: 'GB', phoneE164: '+447574430148' },
      { ...lead('sa', 'Omar Nasser'), country: 'SA', phoneE164: '+966501234567' },
      { ...lead('tr', 'Ayşe Yılmaz'), phoneE164: '+905327654321', phones: ['+966551112233'] },
    );
    // The organisation is Turkish (defaultCountry TR); the British and Saudi numbers are read in
    // the countries of the numbers the desk holds.
    for (const typed of [
      '+447574430148',
      '447574430148',
      '7574 430148',
      '07574-430-148',
      '0044 7574 430148',
    ])
      expect(await ids(typed), typed).toEqual(['uk']);
    for (const typed of ['0501234567', '050 123 4567', '501234567', '966501234567'])
      expect(await ids(typed), typed).toEqual(['sa']);
    expect(await ids('055 111 2233')).toEqual(['tr']);
    expect(await ids('532 765 43 21')).toEqual(['tr']);
    // No such number on the desk: nothing (and no lead whose name merely holds digits).
    expect(await ids('07574 430149')).toEqual([]);
  });

  it('reads the phone indexes, never the leads table, for a typed number', async () => {
    // Every read of the leads table, by index, as Dexie sends it to IndexedDB.
    const reads: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'read-log',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          const log = (index: { name: string | null; isPrimaryKey?: boolean }) => {
            if (name === 'leads')
              reads.push(index.isPrimaryKey ? 'primary key' : String(index.name));
          };
          return {
            ...t,
            query: (req) => (log(req.query.index), t.query(req)),
            openCursor: (req) => (log(req.query.index), t.openCursor(req)),
            count: (req) => (log(req.query.index), t.count(req)),
          };
        },
      }),
    });
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...lead(`n${i}`, `Lead ${i}`),
      phoneE164: `+9053276${String(10000 + i).slice(1)}`,
    }));
    await put(...many, { ...lead('uk', 'James Carter'), phoneE164: '+447574430148' });
    expect((await callingCodesOnDesk(db)).sort()).toEqual(['44', '90']);
    reads.length = 0;
    expect((await findByTypedPhone(db, '7574 430148')).map((l) => l.id)).toEqual(['uk']);
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads)).toEqual(new Set(['phoneE164', 'phones']));
    // One key per calling code and index, then the candidates: a handful of reads, not 301 leads.
    expect(reads.length).toBeLessThan(12);
  });
});
