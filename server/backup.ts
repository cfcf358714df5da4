// `backup` and `restore`: a consistent copy of the whole database, and putting one back.
//
// PGlite (no DATABASE_URL): the data folder as PGlite's own tarball (`dumpDataDir`, gzip), taken
// while no server runs on it (the folder lock says so). A restore unpacks it into a new folder
// beside the data folder and swaps it in; the replaced folder is kept as
// `pglite.replaced-<time>`.
// PostgreSQL: `pg_dump --format=custom` (one consistent snapshot, servers may keep running) and
// `pg_restore` into an empty database — or, with --force, into the same database after dropping
// everything in its `public` schema. Both come from the PostgreSQL client tools (Debian:
// postgresql-client), at least as new as the server.
//
// Every restore ends by migrating the restored database and giving it a NEW server generation
// (db/generation.ts), so desks that synced after the backup notice and re-sync.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from './config';
import { errorMessage, type Db } from './db/db';
import { replaceGeneration } from './db/generation';
import { migrate } from './db/migrate';
import { openDb } from './db/open-db';
import { openPglite } from './db/pglite';
import { describeUrl } from './db/postgres';

export const BACKUP_COMMANDS = ['backup', 'restore'] as const;
export type BackupCommand = (typeof BACKUP_COMMANDS)[number];

/** Bad command line (exit 2). */
export class BackupUsageError extends Error {}
/** Refused or failed: a missing tool, a target holding data, a file of the wrong kind (exit 1). */
export class BackupError extends Error {}

type Options = { file: string; force: boolean; dataDir: string | undefined };

function parse(command: BackupCommand, argv: readonly string[]): Options {
  const fileOption = command === 'backup' ? 'out' : 'from';
  let file: string | undefined;
  let dataDir: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? (eq === -1 ? arg.slice(2) : arg.slice(2, eq)) : '';
    if (name === 'force' && command === 'restore' && eq === -1) {
      force = true;
      continue;
    }
    if (name !== fileOption && name !== 'data-dir')
      throw new BackupUsageError(`Unknown option "${arg}" for ${command}.`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (!value) throw new BackupUsageError(`Option --${name} needs a value.`);
    if (name === 'data-dir') dataDir = value;
    else file = value;
  }
  if (!file) throw new BackupUsageError(`${command} needs --${fileOption} <file>.`);
  return { file: resolve(file), force, dataDir };
}

/** Runs `backup` or `restore`; returns the line to print. */
export async function runBackupCommand(
  command: BackupCommand,
  argv: readonly string[],
  env: Record<string, string | undefined>,
): Promise<string> {
  const options = parse(command, argv);
  const config = loadConfig(
    options.dataDir ? ['--data-dir', options.dataDir] : [],
    env,
    process.cwd(),
  );
  const folder = join(config.dataDir, 'pglite');
  if (command === 'backup') {
    return config.databaseUrl
      ? backupPostgres(config.databaseUrl, options.file, env)
      : backupPglite(folder, options.file);
  }
  return config.databaseUrl
    ? restorePostgres(config.databaseUrl, options, env)
    : restorePglite(folder, options);
}

// ---------------------------------------------------------------------------------------------
// PGlite

const GZIP_MAGIC = [0x1f, 0x8b];
const PGDUMP_MAGIC = 'PGDMP';

function head(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(8);
    const n = readSync(fd, buf, 0, 8, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function backupKind(file: string): 'pglite' | 'postgres' | null {
  const b = head(file);
  if (b[0] === GZIP_MAGIC[0] && b[1] === GZIP_MAGIC[1]) return 'pglite';
  if (b.subarray(0, 5).toString('latin1') === PGDUMP_MAGIC) return 'postgres';
  return null;
}

function checkBackupFile(file: string, want: 'pglite' | 'postgres'): void {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new BackupError(`There is no backup file ${file}.`);
  const kind = backupKind(file);
  if (kind === want) return;
  throw new BackupError(
    kind === null
      ? `${file} is not a Sales Desk backup (neither a PGlite data folder nor a pg_dump custom-format file).`
      : `${file} is a backup of ${kind === 'pglite' ? 'an embedded PGlite' : 'a PostgreSQL'} database; this server runs on ${want === 'pglite' ? 'PGlite (no DATABASE_URL)' : 'PostgreSQL (DATABASE_URL)'}.`,
  );
}

/** Opens the folder as the one user of it; a running server holds the lock. */
async function openIdle(folder: string, what: string): Promise<Db> {
  try {
    return await openPglite(folder);
  } catch (error) {
    throw new BackupError(
      `Cannot ${what} ${folder}: ${errorMessage(error)} Stop the Sales Desk server first: an embedded database is copied while no server runs on it.`,
    );
  }
}

async function backupPglite(folder: string, file: string): Promise<string> {
  if (!existsSync(join(folder, 'PG_VERSION')))
    throw new BackupError(`There is no embedded database in ${folder} to back up.`);
  const db = await openIdle(folder, 'back up');
  try {
    if (!db.dumpDataDir) throw new BackupError('This database cannot dump its data folder.');
    const tarball = await db.dumpDataDir();
    await writeAtomically(file, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await db.close();
  }
  return `Backed up ${folder} to ${file} (${statSync(file).size} bytes).`;
}

async function restorePglite(folder: string, options: Options): Promise<string> {
  checkBackupFile(options.file, 'pglite');
  const holdsData = existsSync(folder) && readdirSync(folder).length > 0;
  // Hold the folder's lock for the whole swap: no server may start on it meanwhile.
  const current = holdsData ? await openIdle(folder, 'restore over') : null;
  if (current && !options.force) {
    await current.close();
    throw new BackupError(
      `${folder} already holds a database. Restoring replaces it (it is kept as ${basename(folder)}.replaced-<time>): add --force to do so.`,
    );
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const fresh = join(
    dirname(folder),
    `${basename(folder)}.restoring-${randomBytes(4).toString('hex')}`,
  );
  let generation: string;
  try {
    mkdirSync(dirname(folder), { recursive: true });
    const blob = new Blob([await readFile(options.file)]);
    const pg = await PGlite.create({ dataDir: fresh, loadDataDir: blob });
    await pg.close();
    const db = await openPglite(fresh);
    try {
      generation = await finishRestore(db);
    } finally {
      await db.close();
    }
  } catch (error) {
    await current?.close();
    rmSync(fresh, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Could not restore ${options.file}: ${errorMessage(error)}`);
  }
  let kept = '';
  if (current) {
    await current.close();
    kept = `${folder}.replaced-${stamp}`;
    renameSync(folder, kept);
  } else if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
  renameSync(fresh, folder);
  return `Restored ${options.file} into ${folder} (server generation ${generation})${
    kept ? `; the database it replaced is kept in ${kept}` : ''
  }.`;
}

/** The restored database at this server's schema, under a new generation. */
async function finishRestore(db: Db): Promise<string> {
  await migrate(db);
  return db.transaction(replaceGeneration);
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.partial-${process.pid}`;
  await writeFile(tmp, data, { mode: 0o600 });
  renameSync(tmp, file);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** The URL without its password (which goes in PGPASSWORD, never on a command line). */
function connection(url: string, env: Record<string, string | undefined>) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (password) childEnv.PGPASSWORD = password;
  return { url: u.toString(), env: childEnv };
}

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolveRun, reject) => {
    let stderr = '';
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${tool} was not found. Install the PostgreSQL client tools, at least as new as the server (Debian: apt-get install postgresql-client).`
            : `${tool} could not be started: ${error.message}`,
        ),
      );
    });
    child.on('exit', (code, signal) => {
      if (code === 0) resolveRun();
      else
        reject(
          new BackupError(`${tool} failed (${code ?? signal}): ${stderr.trim() || 'no message'}`),
        );
    });
  });
}

async function backupPostgres(
  url: string,
  file: string,
  env: Record<string, string | undefined>,
): Promise<string> {
  const c = connection(url, env);
  const tmp = `${file}.partial-${process.pid}`;
  try {
    await runTool(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-acl', `--file=${tmp}`, `--dbname=${c.url}`],
      c.env,
    );
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  return `Backed up ${describeUrl(url)} to ${file} (${statSync(file).size} bytes).`;
}

async function restorePostgres(
  url: string,
  options: Options,
  env: Record<string, string | undefined>,
): Promise<string> {
  checkBackupFile(options.file, 'postgres');
  const db = await openDb({ databaseUrl: url, dataDir: '' });
  try {
    const { rows } = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')",
    );
    const objects = Number(rows[0]?.n ?? 0);
    if (objects > 0 && !options.force)
      throw new BackupError(
        `${describeUrl(url)} is not empty (${objects} tables, views and sequences). Restore into an empty database, or add --force to drop everything in its public schema first.`,
      );
    if (objects > 0) {
      // Everything of the old database goes, in one transaction; pg_restore then rebuilds it.
      await db.transaction(async (tx) => {
        await tx.query('DROP SCHEMA public CASCADE');
        await tx.query('CREATE SCHEMA public');
      });
    }
  } finally {
    await db.close();
  }
  const c = connection(url, env);
  await runTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-acl',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${c.url}`,
      options.file,
    ],
    c.env,
  );
  const restored = await openDb({ databaseUrl: url, dataDir: '' });
  try {
    const generation = await finishRestore(restored);
    return `Restored ${options.file} into ${describeUrl(url)} (server generation ${generation}).`;
  } finally {
    await restored.close();
  }
}
