// The in-browser half of the `import` benchmark: a generated CSV imported through the desk's own
// import worker (the code path the import screen uses), then the same prepared leads written by
// one raw Dexie bulkPut into a fresh database of the same schema, both timed in this page.
import {
  DEMO_ORGANISATION,
  DEMO_TEAMS,
  DEMO_USERS,
  DEMO_USER_IDS,
  GULF_TEAM_ID,
} from '../../../shared/demo/organisation';
import { guessMapping } from '../../../shared/import/columns';
import { previewFile } from '../../../shared/import/read-file';
import { createDeskDatabase } from '../../../renderer/db/schema';
import { ALL_KEY, readTallies } from '../../../renderer/db/tallies';
import { startImport } from '../../../renderer/features/importer/import-client';

const NAMES = ['Ayşe Yılmaz', 'محمد العتيبي', 'John Smith', 'İbrahim Öztürk', 'فاطمة الزهراء'];

/** A CSV as Excel writes it: BOM, CRLF, semicolons, local and international numbers, quoted notes. */
export function importCsv(count: number): Uint8Array {
  const lines = ['Ad Soyad;Firma;Telefon;E-posta;Notlar;Şehir'];
  for (let i = 0; i < count; i++) {
    const d = String(i).padStart(7, '0');
    const phone = i % 2 ? `0532 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` : `+90532${d}`;
    const note = i % 10 === 0 ? '"Fuarda görüştük;\r\ndemo istiyor"' : '';
    lines.push(
      `${NAMES[i % NAMES.length]} ${i};Firma ${i % 700};${phone};lead${i}@example.com;${note};İstanbul`,
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export type ImportBenchResult = {
  importMs: number;
  bulkPutMs: number;
  imported: number;
  outboxEntries: number;
  /** The kept count of all leads after the import (renderer/db/tallies.ts). */
  leadTally: number;
  bytes: number;
};

export const importBench = {
  /** Imports `count` generated rows, then bulkPuts the same leads raw; returns both timings. */
  async importLeads(count: number): Promise<ImportBenchResult> {
    const bytes = importCsv(count);
    const name = `bench-import-${count}`;
    const rawName = `${name}-raw`;
    const setup = createDeskDatabase(name);
    await setup.meta.put({ key: 'organisation', value: DEMO_ORGANISATION });
    // The people the leads go to must exist: the importLeads verb checks every owner.
    await setup.users.bulkPut(DEMO_USERS);
    await setup.teams.bulkPut(DEMO_TEAMS);
    setup.close();
    const preview = previewFile(bytes.subarray(0, 256 * 1024));
    // Round-robin to the Gulf team's hunters, imported by its supervisor.
    const agents = DEMO_USERS.filter(
      (u) => u.teamId === GULF_TEAM_ID && u.roles.includes('hunter'),
    ).map((u) => ({ userId: u.id, teamId: u.teamId }));
    const omar = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.omar);
    if (!omar) throw new Error('the demo has no supervisor omar');
    const now = Date.now();
    const t0 = performance.now();
    const run = startImport(
      new Blob([bytes as BlobPart], { type: 'text/csv' }),
      name,
      {
        importId: `bench-${now}`,
        fileName: 'bench.csv',
        format: { encoding: preview.encoding, delimiter: preview.delimiter, hasHeader: true },
        mapping: guessMapping(preview.header),
        defaultCountry: 'TR',
        listName: 'Bench list',
        assignment: { kind: 'roundRobin', agents },
        priority: 1,
        by: { id: omar.id, roles: omar.roles, teamId: omar.teamId },
        now,
      },
      () => undefined,
    );
    const result = await run.done;
    const importMs = performance.now() - t0;

    const db = createDeskDatabase(name);
    const leads = await db.leads.toArray();
    const outboxEntries = await db.outbox.count();
    // The desk's kept lead count (the header's), which the import's parts update in turn.
    const leadTally = (await readTallies(db)).get(ALL_KEY) ?? 0;
    const raw = createDeskDatabase(rawName);
    await raw.open();
    const t1 = performance.now();
    await raw.leads.bulkPut(leads);
    const bulkPutMs = performance.now() - t1;
    await db.delete();
    await raw.delete();
    return {
      importMs,
      bulkPutMs,
      imported: result.counts.imported,
      outboxEntries,
      leadTally,
      bytes: bytes.length,
    };
  },
};
