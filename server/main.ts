// The sync server's command line: configure, open and migrate the database, serve, and shut
// down cleanly on SIGINT/SIGTERM (a second signal exits at once).
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { DatabaseUnavailableError, errorMessage, type Db } from './db/db';
import { migrate, UnknownMigrationError } from './db/migrate';
import { openDb } from './db/open-db';
import { serverVersion } from './version';
import { pruneTombstones } from './sync/retention';
import { analyze } from './db/statistics';
import { join } from 'node:path';
import { FileRecordingStore } from './recordings/store';
import { pruneRecordings } from './recordings/retention';

/**
 * Connections the kernel may hold for the server before it accepts them (Linux caps it at
 * net.core.somaxconn, 4,096 by default). Node's 511 is too few for a floor's desks all coming back
 * at once: while the embedded database keeps the event loop busy, the connections past it were
 * dropped and the desks' connects timed out (the reconnect storm bench, 2,000 desks on PGlite).
 */
export const LISTEN_BACKLOG = 4_096;

// Account commands and the demo load on demand: a plain start stays quick.
const COMMANDS = ['create-organisation', 'create-user'] as const;

const SHUTDOWN_GRACE_MS = 10_000;

/** A startup failure the operator can fix from its message alone; no stack trace needed. */
class StartupError extends Error {}

let db: Db | undefined;
let app: FastifyInstance | undefined;
let started = false;
let stopping = false;

function say(line: string): void {
  console.error(`Sales Desk server: ${line}`);
}

async function shutdown(code: number): Promise<never> {
  // In-flight requests get a grace period; a stuck connection must not keep the process alive.
  setTimeout(() => {
    say(`shutdown took longer than ${SHUTDOWN_GRACE_MS / 1000} s; exiting anyway.`);
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  let exitCode = code;
  try {
    await app?.close();
  } catch (error) {
    say(`error while closing the HTTP server: ${errorMessage(error)}`);
    exitCode ||= 1;
  }
  try {
    await db?.close();
  } catch (error) {
    say(`error while closing the database: ${errorMessage(error)}`);
    exitCode ||= 1;
  }
  process.exit(exitCode);
}

function onSignal(signal: NodeJS.Signals): void {
  if (stopping) {
    say(`${signal} again: exiting without waiting.`);
    process.exit(1);
  }
  stopping = true;
  if (app) app.log.info({ signal }, 'shutting down');
  // While starting, main() notices `stopping` after its current step (never mid-migration).
  if (started) void shutdown(0);
}

function url(config: Config): string {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${config.port}`;
}

const PRUNE_EVERY_MS = 3_600_000;

async function command(name: (typeof COMMANDS)[number]): Promise<void> {
  const { AccountError, runCommand, UsageError } = await import('./cli');
  try {
    console.log(await runCommand(name, process.argv.slice(3), process.env, process.stdin));
    process.exit(0);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      say(error.message);
      process.exit(2);
    }
    if (error instanceof AccountError || error instanceof DatabaseUnavailableError) {
      say(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** `backup --out <file>` / `restore --from <file> [--force]` (backup.ts). */
async function backupCommand(name: 'backup' | 'restore'): Promise<void> {
  const { BackupError, BackupUsageError, runBackupCommand } = await import('./backup');
  try {
    console.log(await runBackupCommand(name, process.argv.slice(3), process.env));
    process.exit(0);
  } catch (error) {
    if (error instanceof BackupUsageError || error instanceof ConfigError) {
      say(error.message);
      process.exit(2);
    }
    if (
      error instanceof BackupError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof UnknownMigrationError
    ) {
      say(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const sub = process.argv[2];
  if (sub === 'backup' || sub === 'restore') return backupCommand(sub);
  if ((COMMANDS as readonly string[]).includes(sub ?? '')) {
    return command(sub as (typeof COMMANDS)[number]);
  }
  let config: Config;
  try {
    config = loadConfig(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    say(error.message);
    process.exit(2);
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  db = await openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onPoolError: (err) => say(`database connection lost: ${err.message}`),
  });
  if (stopping) return shutdown(0);
  await migrate(db);
  if (stopping) return shutdown(0);
  // Fresh planner statistics before serving (db/statistics.ts): PGlite never gathers them by
  // itself, and a restored or bulk-loaded PostgreSQL database may not have them yet.
  await analyze(db);
  if (stopping) return shutdown(0);
  if (config.demo) {
    // SALESDESK_DEMO_LEADS: a bigger demo for benchmarks (default 300 leads).
    const leadCount = Number(process.env.SALESDESK_DEMO_LEADS) || undefined;
    const { seedDemo } = await import('./seed/demo');
    const seeded = await seedDemo(db, Date.now(), leadCount ? { leadCount } : {});
    if (seeded.seeded)
      say(`seeded the demo organisation (${seeded.users} users, ${seeded.leads} leads).`);
  }
  const opened = db;
  const prune = () =>
    pruneTombstones(opened).catch((error: unknown) =>
      say(`could not prune old tombstones: ${errorMessage(error)}`),
    );
  const recordings = new FileRecordingStore(join(config.dataDir, 'recordings'));
  // Recordings past their organisation's retention, and uploads never finished (issue 13).
  const pruneOldRecordings = () =>
    pruneRecordings(opened, recordings).catch((error: unknown) =>
      say(`could not delete old recordings: ${errorMessage(error)}`),
    );
  void prune();
  void pruneOldRecordings();
  setInterval(() => {
    void prune();
    void pruneOldRecordings();
  }, PRUNE_EVERY_MS).unref();
  app = await buildApp({
    db,
    version: serverVersion(),
    staticDir: config.staticDir,
    logger: { level: config.logLevel },
    mail: config.mail,
    corsOrigins: config.corsOrigins,
    recordings,
  });
  try {
    await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StartupError(
      code === 'EADDRINUSE'
        ? `port ${config.port} on ${config.host} is already in use; choose another with --port.`
        : `cannot listen on ${config.host}:${config.port}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  started = true;
  if (stopping) return shutdown(0);
  const where = db.kind === 'pglite' ? `pglite at ${db.location}` : db.location;
  console.log(`Sales Desk server listening on ${url(config)} (db: ${where})`);
  if (config.demo) {
    const { DEMO_USERS } = await import('../shared/demo/organisation');
    const { DEMO_PASSWORD } = await import('../shared/demo/credentials');
    const admin = DEMO_USERS.find((u) => u.roles.includes('admin'));
    console.log(
      `Demo sign-in: ${admin?.email ?? ''} / ${DEMO_PASSWORD} (every demo user has this password)`,
    );
  }
}

main().catch(async (error: unknown) => {
  const expected =
    error instanceof DatabaseUnavailableError ||
    error instanceof UnknownMigrationError ||
    error instanceof StartupError;
  say(expected ? errorMessage(error) : `could not start: ${errorMessage(error)}`);
  if (!expected && error instanceof Error && error.stack) console.error(error.stack);
  await app?.close().catch(() => undefined);
  await db?.close().catch(() => undefined);
  process.exit(1);
});
