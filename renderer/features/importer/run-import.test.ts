import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ORGANISATION,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
  ISTANBUL_TEAM_ID,
} from '../../../shared/demo/organisation';
import type { LeadId } from '../../../shared/domain/ids';
import { freshLeadState, type Lead } from '../../../shared/domain/lead';
import { guessMapping } from '../../../shared/import/columns';
import type { ImportAssignment } from '../../../shared/import/lead';
import { previewFile } from '../../../shared/import/read-file';
import { encodeCodePage, encodeUtf16, utf8 } from '../../../shared/import/testing/encode';
import { mutationSchema } from '../../../shared/sync/protocol';
import { createDeskDatabase, toStoredLead, type DeskDatabase } from '../../db/schema';
import { nextLead, queueSize } from '../../db/leads-repo';
import { ALL_KEY, listStageKey, readTallies, stageKey } from '../../db/tallies';
import { PUSH_BATCH_BYTES } from '../../sync/push';
import { ImportError, runImport, type ImportJob, type ImportProgress } from './run-import';

const NOW = Date.UTC(2026, 10, 23, 9);
const GULF = GULF_TEAM_ID;
const faisal = DEMO_USER_IDS.faisal;
const mona = DEMO_USER_IDS.mona;
/** Omar, the Gulf team's supervisor, imports. */
const omar = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.omar)!;
let db: DeskDatabase;
let n = 0;

beforeEach(async () => {
  db = createDeskDatabase(`import-test-${n++}`);
  await db.meta.put({ key: 'organisation', value: DEMO_ORGANISATION });
  // The people and teams the import hands leads to (pulled on a real desk).
  await db.users.bulkPut(DEMO_USERS);
  await db.teams.bulkPut(DEMO_TEAMS);
});

afterEach(async () => {
  await db.delete();
});

/** Detects the file's format and guesses its mapping, as the import screen does. */
function jobFor(bytes: Uint8Array, over: Partial<ImportJob> = {}): ImportJob {
  const preview = previewFile(bytes);
  return {
    importId: `imp-${n}`,
    fileName: 'leads.csv',
    format: { encoding: preview.encoding, delimiter: preview.delimiter, hasHeader: true },
    mapping: guessMapping(preview.header),
    defaultCountry: 'TR',
    listName: 'Expo 2026',
    assignment: { kind: 'team', teamId: GULF },
    priority: 1,
    by: { id: omar.id, roles: omar.roles, teamId: omar.teamId },
    now: NOW,
    ...over,
  };
}

async function snapshot() {
  return {
    leads: await db.leads.count(),
    outbox: await db.outbox.count(),
    imports: await db.imports.count(),
  };
}

function existingLead(id: string, over: Partial<Lead>): Lead {
  return {
    id: id as LeadId,
    organisationId: DEMO_ORGANISATION.id,
    ownerId: faisal,
    teamId: GULF,
    stage: 'lead',
    name: 'Existing',
    company: '',
    phoneE164: null,
    phones: [],
    email: null,
    country: 'TR',
    timezone: null,
    listName: 'Old list',
    source: null,
    priority: 0,
    touches: 0,
    nextCallAt: null,
    doNotCall: false,
    searchKeys: ['existing'],
    notes: '',
    custom: {},
    createdAt: NOW - 1000,
    updatedAt: NOW - 1000,
    ...freshLeadState(NOW - 1000),
    ...over,
  };
}

const NASTY =
  '\uFEFFFull Name,Company,Phone,Mobile,E-mail,Notes,Industry\r\n' +
  'Ayşe Yılmaz,Güneş Ltd,0532 123 45 67,,ayse@example.com,"Met at the fair,\r\nwants a demo",Retail\r\n' +
  '\r\n' +
  '"Mehmet ""Memo"" Kaya",Kaya Lojistik,+90 532 1234567,,,,\r\n' + // same phone as row 2
  'محمد العتيبي,مؤسسة النخيل,+966 50 123 4567,0212 555 11 22\r\n' + // ragged: short row
  'No Phone Person,Acme,,,,,\r\n' +
  'Bad Number,Acme,123,,,,\r\n' +
  ',,,,,,\r\n' + // only empty cells: a blank line
  'Bad Mail,Acme,0533 765 43 21,,not-an-email,,\r\n' +
  'Extra Cells,Acme,0533 111 22 33,,x@example.com,,IT,surplus,more\r\n' +
  'Same Mail,Acme,0533 444 55 66,,X@Example.com,,\r\n';

describe('runImport: nasty real-world files', () => {
  it('imports a UTF-8 CSV with BOM, CRLF, quoted newlines, blank lines, ragged rows and duplicates', async () => {
    const bytes = utf8(NASTY);
    const progress: ImportProgress[] = [];
    const result = await runImport(db, bytes, jobFor(bytes), {
      onProgress: (p) => progress.push(p),
    });

    expect(result.counts).toEqual({
      rows: 8,
      imported: 3,
      duplicatesInFile: 2,
      duplicatesExisting: 0,
      invalid: 3,
      skippedDnc: 0,
      cleaned: 0,
    });
    expect(result.issues.map((i) => [i.row, i.kind, i.reason ?? i.firstRow])).toEqual([
      [6, 'invalid', 'contactMissing'],
      [7, 'invalid', 'phoneInvalid'],
      [9, 'invalid', 'emailInvalid'],
      [4, 'duplicateInFile', 2],
      [11, 'duplicateInFile', 10],
    ]);
    const leads = await db.leads.orderBy('id').toArray();
    expect(leads.map((l) => [l.name, l.phoneE164, l.phones])).toEqual([
      ['Ayşe Yılmaz', '+905321234567', []],
      ['محمد العتيبي', '+966501234567', ['+902125551122']],
      ['Extra Cells', '+905331112233', []],
    ]);
    const ayse = leads[0]!;
    expect(ayse).toMatchObject({
      company: 'Güneş Ltd',
      email: 'ayse@example.com',
      notes: 'Met at the fair,\r\nwants a demo',
      custom: { Industry: 'Retail' },
      listName: 'Expo 2026',
      ownerId: null,
      teamId: GULF,
      queueOwner: `team:${GULF}`,
      timezone: 'Europe/Istanbul',
    });
    expect(leads[1]).toMatchObject({ country: 'SA', timezone: 'Asia/Riyadh' });
    expect(progress.at(-1)).toMatchObject({
      rowsParsed: 8,
      rowsWritten: 3,
      bytesRead: bytes.length,
    });

    // One outbox entry carrying every new lead whole, valid for the sync protocol.
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    const entry = mutationSchema.parse(outbox[0]);
    expect(entry.name).toBe('importLeads');
    expect(entry.effects.leads?.map((l) => l.create?.name).sort()).toEqual(
      leads.map((l) => l.name).sort(),
    );
    expect(await db.imports.toArray()).toEqual([
      expect.objectContaining({
        listName: 'Expo 2026',
        imported: 3,
        duplicates: 2,
        invalid: 3,
        skippedDnc: 0,
        by: DEMO_USER_IDS.omar,
      }),
    ]);
  });

  it('reads Arabic from a Windows-1256 file with semicolons', async () => {
    const bytes = encodeCodePage(
      'الاسم;الهاتف;الشركة\r\nمحمد العتيبي;050 123 4567;مؤسسة النخيل\r\nفاطمة الزهراء;0559876543;شركة المياه الصافية\r\n',
      'windows-1256',
    );
    const job = jobFor(bytes, { defaultCountry: 'SA' });
    expect(job.format).toEqual({ encoding: 'windows-1256', delimiter: ';', hasHeader: true });
    await runImport(db, bytes, job);
    const leads = await db.leads.orderBy('id').toArray();
    expect(leads.map((l) => [l.name, l.company, l.phoneE164])).toEqual([
      ['محمد العتيبي', 'مؤسسة النخيل', '+966501234567'],
      ['فاطمة الزهراء', 'شركة المياه الصافية', '+966559876543'],
    ]);
  });

  it('reads Turkish from a Windows-1254 file with tabs', async () => {
    const bytes = encodeCodePage(
      'Ad\tSoyad\tTelefon\tŞirket\r\nŞükrü\tÖztürk\t0532 765 43 21\tÇağrı Yazılım\r\nİpek\tIşık\t0533 111 22 33\tĞüven AŞ\r\n',
      'windows-1254',
    );
    const job = jobFor(bytes);
    expect(job.format).toEqual({ encoding: 'windows-1254', delimiter: '\t', hasHeader: true });
    await runImport(db, bytes, job);
    const leads = await db.leads.orderBy('id').toArray();
    expect(leads.map((l) => [l.name, l.company, l.phoneE164])).toEqual([
      ['Şükrü Öztürk', 'Çağrı Yazılım', '+905327654321'],
      ['İpek Işık', 'Ğüven AŞ', '+905331112233'],
    ]);
    // Found in any spelling.
    expect(leads[1]!.searchKeys).toEqual(expect.arrayContaining(['ipek', 'isik']));
  });

  it('reads a UTF-16LE export (Excel "Unicode text")', async () => {
    const bytes = encodeUtf16(
      'Name\tPhone\r\nJohn Smith\t+44 20 7946 0958\r\nأحمد\t+971 50 123 4567\r\n',
      'le',
    );
    const job = jobFor(bytes);
    expect(job.format.encoding).toBe('utf-16le');
    const result = await runImport(db, bytes, job);
    expect(result.counts.imported).toBe(2);
    expect((await db.leads.toArray()).map((l) => l.name).sort()).toEqual(['John Smith', 'أحمد']);
  });

  it('takes NUL bytes and other control characters out of the rows it imports, and counts them', async () => {
    const bytes = utf8(
      'Name,Phone,Notes\r\n' +
        'Stray\u0000 Byte,0532 765 43 21,ok\r\n' +
        'Clean Row,0533 111 22 33,fine\r\n' +
        'Escape Code,0533 444 55 66,beep\u0007\r\n' +
        // A duplicate of the first row's number is not imported, so not counted as cleaned.
        'Again\u0000,0532 765 43 21,\r\n',
    );
    const result = await runImport(db, bytes, jobFor(bytes));
    expect(result.counts).toMatchObject({ imported: 3, duplicatesInFile: 1, cleaned: 2 });
    const leads = await db.leads.orderBy('id').toArray();
    expect(leads.map((l) => [l.name, l.notes])).toEqual([
      ['Stray Byte', 'ok'],
      ['Clean Row', 'fine'],
      ['Escape Code', 'beep'],
    ]);
    // What the desk sends the server holds none of them (PostgreSQL refuses a NUL in text).
    const [entry] = await db.outbox.toArray();
    expect(JSON.stringify(entry)).not.toMatch(/\\u0000|\\u0007/);
  });
});

describe('runImport: dedupe against the desk and do-not-call', () => {
  it('skips leads already on the desk (any number, or e-mail) and do-not-call numbers', async () => {
    await db.leads.bulkAdd([
      toStoredLead(existingLead('e1', { phoneE164: '+905321234567' })),
      toStoredLead(existingLead('e2', { phoneE164: '+905550000000', phones: ['+905331112233'] })),
      toStoredLead(existingLead('e3', { phoneE164: '+905550000001', email: 'known@example.com' })),
      toStoredLead(existingLead('e4', { phoneE164: '+905550000002', doNotCall: true })),
    ]);
    await db.dnc.put({
      phoneE164: '+905339998877',
      source: 'national',
      addedAt: NOW,
      addedBy: null,
      note: '',
    });
    const before = await db.leads.count();
    const bytes = utf8(
      'Name,Phone,Email\n' +
        'A,0532 123 45 67,\n' + // main number of e1, written locally
        'B,+90 533 111 2233,\n' + // extra number of e2
        'C,0533 000 00 01,Known@Example.com\n' + // e-mail of e3
        'D,0555 000 00 02,\n' + // a do-not-call lead's number
        'E,0533 999 88 77,\n' + // on the do-not-call list
        'F,0534 000 00 09,\n', // new
    );
    const result = await runImport(db, bytes, jobFor(bytes));
    expect(result.counts).toMatchObject({ imported: 1, duplicatesExisting: 3, skippedDnc: 2 });
    expect(result.issues.map((i) => [i.row, i.kind, i.value])).toEqual([
      [2, 'duplicateExisting', '+905321234567'],
      [3, 'duplicateExisting', '+905331112233'],
      [4, 'duplicateExisting', 'known@example.com'],
      [5, 'dnc', '+905550000002'],
      [6, 'dnc', '+905339998877'],
    ]);
    expect(await db.leads.count()).toBe(before + 1);
    // Nothing existing was touched.
    expect((await db.leads.get('e1' as LeadId))?.listName).toBe('Old list');
  });
});

describe('runImport: leads reachable only by e-mail', () => {
  it('imports an e-mail-only row, finds e-mail duplicates in the file and on the desk, and keeps it out of the dial queue', async () => {
    await db.leads.bulkAdd([
      toStoredLead(existingLead('e1', { phoneE164: '+905550000001', email: 'known@example.com' })),
    ]);
    const bytes = utf8(
      'Name,Phone,Email\n' +
        'Leyla Demir,,leyla@ege.example\n' + // new, e-mail only
        'Leyla D.,,Leyla@Ege.example\n' + // the same e-mail again
        'Known,,known@example.com\n' + // a lead on the desk has it
        'Nobody,,\n' + // neither: nobody could reach them
        'Caller,0534 000 00 09,\n',
    );
    const result = await runImport(
      db,
      bytes,
      jobFor(bytes, { assignment: { kind: 'agent', userId: faisal, teamId: GULF } }),
    );
    expect(result.counts).toMatchObject({
      imported: 2,
      duplicatesInFile: 1,
      duplicatesExisting: 1,
      invalid: 1,
    });
    expect(result.issues.map((i) => [i.row, i.kind, i.reason ?? i.value])).toEqual([
      [5, 'invalid', 'contactMissing'],
      [3, 'duplicateInFile', 'leyla@ege.example'],
      [4, 'duplicateExisting', 'known@example.com'],
    ]);
    const leyla = (await db.leads.where('email').equals('leyla@ege.example').toArray())[0];
    expect(leyla).toMatchObject({
      name: 'Leyla Demir',
      phoneE164: null,
      phones: [],
      ownerId: faisal,
    });
    // No number to dial: not in Faisal's queue; the caller is.
    expect(leyla?.queueKey).toBeNull();
    const next = await nextLead(
      db,
      { owners: [faisal], organisationTimezone: DEMO_ORGANISATION.timezone },
      NOW,
      new Set(['e1']),
    );
    expect(next?.name).toBe('Caller');
    expect(await queueSize(db, [faisal])).toBe(2); // the lead already there, and the caller
    // What goes to the server passes its schema.
    const [entry] = await db.outbox.toArray();
    expect(mutationSchema.safeParse({ ...entry, seq: 1 }).success).toBe(true);
  });
});

describe('runImport: assignment', () => {
  it('hands leads to the chosen hunters in turn', async () => {
    const bytes = utf8('Name,Phone\nA,05320000001\nB,05320000002\nC,05320000003\n');
    const assignment: ImportAssignment = {
      kind: 'roundRobin',
      agents: [
        { userId: faisal, teamId: GULF },
        { userId: mona, teamId: GULF },
      ],
    };
    await runImport(db, bytes, jobFor(bytes, { assignment, priority: 5 }));
    const leads = await db.leads.orderBy('id').toArray();
    expect(leads.map((l) => [l.name, l.ownerId, l.queueOwner])).toEqual([
      ['A', faisal, faisal],
      ['B', mona, mona],
      ['C', faisal, faisal],
    ]);
    expect(leads.every((l) => l.priority === 5 && l.queueKey !== null)).toBe(true);
  });

  it('refuses a list without a name or a round-robin without agents, writing nothing', async () => {
    const bytes = utf8('Name,Phone\nA,05320000001\n');
    await expect(runImport(db, bytes, jobFor(bytes, { listName: '  ' }))).rejects.toMatchObject({
      code: 'listNameMissing',
    });
    await expect(
      runImport(db, bytes, jobFor(bytes, { assignment: { kind: 'roundRobin', agents: [] } })),
    ).rejects.toMatchObject({ code: 'noAgents' });
    expect(await snapshot()).toEqual({ leads: 0, outbox: 0, imports: 0 });
  });

  it('lets the importer’s rights decide where leads may go, writing nothing otherwise', async () => {
    const bytes = utf8('Name,Phone\nA,05320000001\nB,05320000002\n');
    // Omar leads the Gulf team, not Istanbul's.
    const elsewhere = jobFor(bytes, { assignment: { kind: 'team', teamId: ISTANBUL_TEAM_ID } });
    await expect(runImport(db, bytes, elsewhere)).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringContaining('outOfScope'),
    });
    // A hunter does not import at all.
    const hunter = DEMO_USERS.find((u) => u.id === faisal)!;
    const byHunter = jobFor(bytes, {
      by: { id: hunter.id, roles: hunter.roles, teamId: hunter.teamId },
    });
    await expect(runImport(db, bytes, byHunter)).rejects.toMatchObject({
      message: expect.stringContaining('forbidden'),
    });
    expect(await snapshot()).toEqual({ leads: 0, outbox: 0, imports: 0 });
  });
});

/** A CSV of `count` distinct leads, Turkish, Arabic and English names, local and international numbers. */
function bigFile(count: number): Uint8Array {
  const lines = ['Ad Soyad;Firma;Telefon;E-posta;Şehir'];
  const names = ['Ayşe Yılmaz', 'محمد العتيبي', 'John Smith', 'İbrahim Öztürk', 'فاطمة الزهراء'];
  for (let i = 0; i < count; i++) {
    const local = String(i).padStart(7, '0');
    const phone =
      i % 2 ? `0532 ${local.slice(0, 3)} ${local.slice(3, 5)} ${local.slice(5)}` : `+90532${local}`;
    lines.push(
      `${names[i % names.length]} ${i};Firma ${i % 700};${phone};lead${i}@example.com;İstanbul`,
    );
  }
  return utf8(`${lines.join('\r\n')}\r\n`, true);
}

describe('runImport: scale, cancel and a full disk', () => {
  it('imports 100,000 rows in one go, 1,000 leads per outbox entry', async () => {
    const bytes = bigFile(100_000);
    const result = await runImport(db, bytes, jobFor(bytes));
    expect(result.counts).toMatchObject({
      rows: 100_000,
      imported: 100_000,
      invalid: 0,
      duplicatesInFile: 0,
    });
    expect(await db.leads.count()).toBe(100_000);
    // The kept counts (the header's lead count, the lists' stages) agree: the parts were written
    // while the next was read, and their tally updates must not lose each other's leads.
    const tallies = await readTallies(db);
    expect(tallies.get(ALL_KEY)).toBe(100_000);
    expect(tallies.get(stageKey('lead'))).toBe(100_000);
    expect(tallies.get(listStageKey('Expo 2026', 'lead'))).toBe(100_000);
    expect(await db.outbox.count()).toBe(100);
    const sizes = (await db.outbox.toArray()).map((e) => e.effects?.leads?.length);
    expect(new Set(sizes)).toEqual(new Set([1000]));
    expect(await db.leads.where('phoneE164').equals('+905320099999').count()).toBe(1);
  }, 600_000);

  it('cuts rows with long notes into smaller parts, so every push stays well under the server’s limit', async () => {
    // 1,000 rows with 2,000-character notes: 2 MB of row data, held twice in a part.
    const note = 'Fuarda görüştük ve demo istiyor. '.repeat(65).slice(0, 2000);
    const lines = ['Ad Soyad;Telefon;Notlar'];
    for (let i = 0; i < 1000; i++)
      lines.push(`Ayşe ${i};+90532${String(i).padStart(7, '0')};${note}`);
    const bytes = utf8(`${lines.join('\r\n')}\r\n`, true);
    const result = await runImport(db, bytes, jobFor(bytes));
    expect(result.counts.imported).toBe(1000);
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) {
      const parsed = mutationSchema.parse(JSON.parse(JSON.stringify({ ...e, seq: e.seq })));
      expect(new TextEncoder().encode(JSON.stringify(parsed)).length).toBeLessThan(
        PUSH_BATCH_BYTES,
      );
    }
    // In file order, every lead once, parts numbered in turn.
    const ids = entries.flatMap((e) => e.effects?.leads?.map((l) => l.id) ?? []);
    expect(new Set(ids).size).toBe(1000);
    expect(ids).toEqual([...ids].sort());
    expect(entries.map((e) => (e.args as { part: number }).part)).toEqual(
      entries.map((_, i) => i + 1),
    );
  });

  it('a cancelled import leaves the desk exactly as it was', async () => {
    await db.leads.add(toStoredLead(existingLead('e1', { phoneE164: '+905550000000' })));
    const before = await snapshot();
    const bytes = bigFile(5000);
    const controller = new AbortController();
    let written = 0;
    const run = runImport(db, bytes, jobFor(bytes), {
      signal: controller.signal,
      onProgress: (p) => {
        written = p.rowsWritten;
        if (p.rowsWritten >= 2000) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(written).toBeGreaterThanOrEqual(2000);
    expect(await snapshot()).toEqual(before);
    expect(await db.leads.where('listName').equals('Expo 2026').count()).toBe(0);
  });

  it('a full disk is reported as such and nothing is written', async () => {
    const before = await snapshot();
    // The browser refuses the second batch of leads as over quota.
    let calls = 0;
    // Middleware applies from the next open.
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'leads') return table;
          return {
            ...table,
            mutate: (req) => {
              // Leads are written with put (the verb's effects), once per part.
              if ((req.type === 'add' || req.type === 'put') && ++calls === 2) {
                return Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                );
              }
              return table.mutate(req);
            },
          };
        },
      }),
    });
    await db.open();
    const bytes = bigFile(3000);
    const error = await runImport(db, bytes, jobFor(bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('diskFull');
    expect(await snapshot()).toEqual(before);
  });
});
