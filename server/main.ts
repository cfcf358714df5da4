// The sync server's command line: configure, open and migrate the database, serve, and shut
// down cleanly on SIGINT/SIGTERM.
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDb } from './db/open-db';
import { migrate } from './db/migrate';
import type { Db } from './db/db';
import { serverVersion } from './version';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Sales Desk server: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  let db: Db | undefined;
  try {
    db = await openDb({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onPoolError: (err) =>
        console.error(`Sales Desk server: database connection lost: ${err.message}`),
    });
    await migrate(db);
  } catch (error) {
    console.error(`Sales Desk server: ${error instanceof Error ? error.message : String(error)}`);
    await db?.close().catch(() => undefined);
    process.exit(1);
  }

  const app = await buildApp({
    db,
    version: serverVersion(),
    staticDir: config.staticDir,
    logger: { level: config.logLevel },
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error('Sales Desk server: forced exit.');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Sales Desk server: port ${config.port} on ${config.host} is already in use; choose another with --port.`
        : `Sales Desk server: cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
    );
    await db.close().catch(() => undefined);
    process.exit(1);
  }
  const where = db.kind === 'pglite' ? `pglite at ${db.location}` : db.location;
  console.log(`Sales Desk server listening on http://${config.host}:${config.port} (db: ${where})`);
}

void main();
