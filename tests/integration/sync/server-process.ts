// Runs the real sync server as a child process for sync tests: on a free port, in demo mode, on
// a temporary PGlite data folder — or, when DATABASE_URL is set, on a fresh PostgreSQL database of
// its own (sd_sim_*, dropped afterwards). It can be killed (SIGKILL, as a crash) and started
// again on the same data and port.
//
// Which server: the built `out/server/main.js` when it is newer than every source file under
// server/ and shared/; otherwise the sources through tsx (no build, so tests never race another
// build of the shared out/ folder). SIM_SERVER=built or SIM_SERVER=source forces one.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BUILT_MAIN = join(REPO_ROOT, 'out', 'server', 'main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** How to start the server: `node out/server/main.js` when fresh, else the sources via tsx. */
export function serverCommand(env: NodeJS.ProcessEnv = process.env): string[] {
  // Another entry point with the same options (debugging a server change in isolation).
  if (env.SIM_SERVER_ENTRY) return ['--import', 'tsx', env.SIM_SERVER_ENTRY];
  const want = env.SIM_SERVER;
  const builtFresh =
    existsSync(BUILT_MAIN) &&
    statSync(BUILT_MAIN).mtimeMs >=
      Math.max(newestMtime(join(REPO_ROOT, 'server')), newestMtime(join(REPO_ROOT, 'shared')));
  if (want === 'built' || (want !== 'source' && builtFresh)) return [BUILT_MAIN];
  return ['--import', 'tsx', join(REPO_ROOT, 'server', 'main.ts')];
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

const exitHooks = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of exitHooks) child.kill('SIGKILL');
});

export type ServerProcessOptions = {
  /** Extra command-line options (the demo flag is added unless `demo: false`). */
  args?: string[];
  demo?: boolean;
  /** Use PostgreSQL from this URL (a fresh database is created on it); default DATABASE_URL. */
  databaseUrl?: string | null;
  /** Run on this existing PostgreSQL database as it is (never created nor dropped here): a second
   *  process beside another one on the same database. */
  sharedDatabaseUrl?: string;
  env?: Record<string, string>;
  /** Forward the server's stderr to ours (debugging). */
  verbose?: boolean;
};

/** The command-line flag that seeds the demo organisation into an empty database. */
export const DEMO_FLAG = '--demo';

export class ServerProcess {
  port = 0;
  dataDir = '';
  /** The database URL this server runs on, null on PGlite. */
  databaseUrl: string | null = null;
  private child: ChildProcess | undefined;
  private dropDatabase: (() => Promise<void>) | undefined;
  private output = '';
  restarts = 0;

  constructor(private readonly options: ServerProcessOptions = {}) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The server's recent output, for failure messages. */
  get log(): string {
    return this.output.slice(-4000);
  }

  /** Creates the data folder (or database), picks a port and starts the server. */
  async start(): Promise<void> {
    this.port = await freePort();
    this.dataDir = mkdtempSync(join(tmpdir(), 'salesdesk-sim-'));
    const admin = this.options.databaseUrl ?? process.env.DATABASE_URL?.trim() ?? null;
    if (this.options.sharedDatabaseUrl) this.databaseUrl = this.options.sharedDatabaseUrl;
    else if (admin) {
      const name = `sd_sim_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await asAdmin(admin, `CREATE DATABASE "${name}"`);
      const url = new URL(admin);
      url.pathname = `/${name}`;
      this.databaseUrl = url.toString();
      this.dropDatabase = () => asAdmin(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    await this.spawn();
  }

  private async spawn(): Promise<void> {
    const args = [
      ...serverCommand(),
      '--port',
      String(this.port),
      '--data-dir',
      this.dataDir,
      ...(this.options.demo === false ? [] : [DEMO_FLAG]),
      ...(this.options.args ?? []),
    ];
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        DATABASE_URL: this.databaseUrl ?? '',
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // A test that dies must not leave its server behind.
    exitHooks.add(child);
    child.once('exit', () => exitHooks.delete(child));
    const collect = (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-20_000);
      if (this.options.verbose) process.stderr.write(d);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    try {
      await this.waitHealthy(child);
    } catch (error) {
      await this.kill();
      throw error;
    }
  }

  private async waitHealthy(child: ChildProcess, timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`sync server exited (${child.exitCode ?? child.signalCode}):\n${this.log}`);
      }
      try {
        const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`sync server not healthy after ${timeoutMs} ms:\n${this.log}`);
  }

  /** SIGKILL: a crash, no graceful shutdown. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Kills the server and starts it again on the same data folder (or database) and port. */
  async restart(): Promise<void> {
    await this.kill();
    this.restarts++;
    await this.spawn();
  }

  /** Stops the server and removes its data. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGINT');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
    }
    await this.dropDatabase?.().catch(() => undefined);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
