// Starts the real built sync server (out/server/main.js) as its own process for a benchmark: on a
// fresh PGlite folder, or on a fresh PostgreSQL database created next to DATABASE_URL's.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(root, 'out/server/main.js');

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  /** `pglite` or `postgres`, as /api/health reports it. */
  db: string;
  /** The fresh PostgreSQL database the server runs on (null on PGlite): for raw floors. */
  databaseUrl: string | null;
  stop: () => Promise<void>;
};

export type ServerOptions = {
  staticDir?: string;
  /** A PostgreSQL URL: a fresh database is created beside it and dropped afterwards. */
  postgresUrl?: string;
  /** Seed the demo organisation into the empty database (the server's demo mode). */
  demo?: boolean;
  /** Listen on this port (an origin that stays the same between runs); default a free one. */
  port?: number;
  /** More Node options for the server process (e.g. `--import` of a benchmark's preload). */
  nodeArgs?: string[];
  /** More environment variables for the server process. */
  env?: Record<string, string>;
};

/** Whether `port` on 127.0.0.1 is free to listen on. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() =>
        a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port')),
      );
    });
  });
}

/** How the built server is told to seed the demo, if it knows how (its option or variable). */
export function demoSwitch(): { args: string[]; env: Record<string, string> } | null {
  const text = readFileSync(MAIN, 'utf8');
  if (text.includes("'--demo'") || text.includes('"--demo"')) return { args: ['--demo'], env: {} };
  if (text.includes('SALESDESK_DEMO')) return { args: [], env: { SALESDESK_DEMO: '1' } };
  return null;
}

async function freshPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `sd_bench_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'salesdesk-bench-data-'));
  const pgdb = options.postgresUrl ? await freshPostgres(options.postgresUrl) : null;
  const demo = options.demo ? demoSwitch() : null;
  const child = spawn(
    process.execPath,
    [
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      ...(options.nodeArgs ?? []),
      MAIN,
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      ...(options.staticDir ? ['--static-dir', options.staticDir] : []),
      ...(demo?.args ?? []),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        DATABASE_URL: pgdb?.url ?? '',
        ...demo?.env,
        ...options.env,
      },
      // BENCH_SERVER_LOG=/tmp/server.log keeps the server's log (LOG_LEVEL warn) for a look after.
      stdio: [
        'ignore',
        process.env.BENCH_SERVER_LOG ? openSync(process.env.BENCH_SERVER_LOG, 'a') : 'ignore',
        'inherit',
      ],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
    await pgdb?.drop();
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with ${child.exitCode}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) {
        const health = (await res.json()) as { db?: { kind?: string } };
        return {
          url,
          child,
          db: health.db?.kind ?? 'unknown',
          databaseUrl: pgdb?.url ?? null,
          stop,
        };
      }
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  await stop();
  throw new Error('server did not become healthy');
}
