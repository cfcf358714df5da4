// The sync server's command line: configure, open and migrate the database, serve, and shut
// down cleanly on SIGINT/SIGTERM (a second signal exits at once).
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { DatabaseUnavailableError, errorMessage, type Db } from './db/db';
import { migrate, UnknownMigrationError } from './db/migrate';
import { openDb } from './db/open-db';
import { serverVersion } from './version';

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

async function main(): Promise<void> {
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
  app = await buildApp({
    db,
    version: serverVersion(),
    staticDir: config.staticDir,
    logger: { level: config.logLevel },
  });
  try {
    await app.listen({ port: config.port, host: config.host });
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
