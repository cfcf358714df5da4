// A server restored from an OLDER backup, with a desk that synced after it: the desk syncs changes
// A, a backup is taken, the desk's changes B sync too, the server is restored from the backup
// (the `restore` command: a new server generation). The desk's next sync is refused with 409
// generationChanged; it puts B back in its outbox (the restored database reports the desk's last
// seq from before B), wipes its pulled copy, re-sends B, and re-snapshots. Afterwards the server
// holds A and B exactly once and the desk equals the server. On PGlite, and on PostgreSQL when
// DATABASE_URL is set.
import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadId } from '../../../shared/domain/ids';
import { addNote } from '../../../shared/mutations/add-note';
import { setDisposition } from '../../../shared/mutations/set-disposition';
import { run } from '../../../renderer/db/run';
import { GENERATION_META } from '../../../renderer/sync/generation';
import { deskDifferences, demoUser, openDesk, type TestDesk } from './desks';
import { REPO_ROOT, serverCommand, ServerProcess } from './server-process';
import { serverTruth } from './truth';

const kinds = [
  { kind: 'PGlite', databaseUrl: '' },
  { kind: 'PostgreSQL', databaseUrl: process.env.DATABASE_URL?.trim() || null },
] as const;

/** Runs `backup`/`restore` of the server's command line on the server's data; its output. */
function cli(server: ServerProcess, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...serverCommand(), ...args], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        DATABASE_URL: server.databaseUrl ?? '',
        SALESDESK_DATA_DIR: server.dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args[0]} exited ${code}: ${out}`)),
    );
  });
}

async function note(d: TestDesk, leadId: LeadId, text: string): Promise<string> {
  const r = await run(d.desk(), addNote, { leadId, text, at: Date.now() });
  if (!r.ok) throw new Error(r.error.code);
  const last = await d.db.outbox.orderBy('seq').last();
  return last!.effects!.activities![0]!.id;
}

async function call(d: TestDesk, leadId: LeadId): Promise<string> {
  const r = await run(d.desk(), setDisposition, { leadId, disposition: 'noAnswer' });
  if (!r.ok) throw new Error(r.error.code);
  const last = await d.db.outbox.orderBy('seq').last();
  return last!.effects!.activities![0]!.id;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

for (const { kind, databaseUrl } of kinds) {
  describe.skipIf(databaseUrl === null)(`restore from an older backup (${kind})`, () => {
    const server = new ServerProcess(databaseUrl === null ? {} : { databaseUrl });
    let desk: TestDesk | undefined;

    beforeAll(async () => {
      await server.start();
    }, 180_000);

    afterAll(async () => {
      await desk?.close();
      await server.stop();
    });

    it('the desk notices the new generation, re-sends what the server lost, and matches it; nothing doubled', async () => {
      const admin = demoUser('sarah').email;
      desk = await openDesk('faisal', server.url);
      await desk.driver.sync();
      const before = (await desk.db.meta.get(GENERATION_META))?.value;
      expect(typeof before).toBe('string');
      const leads = (await desk.db.leads.where('ownerId').equals(desk.user.id).sortBy('id'))
        .filter((l) => l.stage === 'lead' && !l.doNotCall)
        .map((l) => l.id);
      const [l1, l2, l3, l4] = leads as [LeadId, LeadId, LeadId, LeadId];
      expect(leads.length).toBeGreaterThanOrEqual(4);

      // A: synced before the backup.
      const a = [await note(desk, l1, 'restore-test A1'), await call(desk, l2)];
      await desk.driver.sync();
      expect(await desk.db.outbox.count()).toBe(0);

      // The backup (PGlite: taken while no server runs on the folder — a crash, here).
      const file = join(server.dataDir, 'salesdesk.backup');
      if (kind === 'PGlite') await server.kill();
      expect(await cli(server, ['backup', '--out', file])).toMatch(/Backed up/);
      if (kind === 'PGlite') await server.restart();

      // B: acknowledged by the server after the backup.
      const b = [
        await note(desk, l3, 'restore-test B1'),
        await call(desk, l4),
        await note(desk, l1, 'restore-test B2'),
      ];
      await desk.driver.sync();
      expect(await desk.db.outbox.count()).toBe(0);

      // Restored from the older backup: B is gone from the server.
      await server.kill();
      expect(await cli(server, ['restore', '--from', file, '--force'])).toMatch(/Restored/);
      await server.restart();
      const restored = await serverTruth(server.url, admin);
      for (const id of a) expect(restored.activities.has(id)).toBe(true);
      for (const id of b) expect(restored.activities.has(id)).toBe(false);

      // C: made on the desk after the restore, before it heard of it; goes after B.
      const c = [await note(desk, l2, 'restore-test C1')];

      const sync = await desk.driver.sync();
      expect(sync.pushed).toBeGreaterThan(0);
      const after = (await desk.db.meta.get(GENERATION_META))?.value;
      expect(after).not.toBe(before);
      expect(await desk.db.outbox.count()).toBe(0);

      const truth = await serverTruth(server.url, admin);
      expect(truth.duplicateActivities).toEqual([]);
      for (const id of [...a, ...b, ...c]) expect(truth.activities.has(id), id).toBe(true);
      const notes = truth.leads.get(l1)?.notes ?? '';
      expect(occurrences(notes, 'restore-test A1')).toBe(1);
      expect(occurrences(notes, 'restore-test B2')).toBe(1);
      expect(occurrences(truth.leads.get(l3)?.notes ?? '', 'restore-test B1')).toBe(1);
      expect(occurrences(truth.leads.get(l2)?.notes ?? '', 'restore-test C1')).toBe(1);

      // The desk matches the server for its scope, and another sync moves nothing.
      const mine = await serverTruth(server.url, desk.user.email);
      expect(await deskDifferences(desk, mine)).toEqual([]);
      expect(await desk.driver.sync()).toEqual({ pushed: 0, pulled: 0 });
      expect(await desk.db.rejections.count()).toBe(0);
    }, 300_000);
  });
}
