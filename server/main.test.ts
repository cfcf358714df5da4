// The server as a real process over HTTP: start, answer, stop cleanly on a signal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, DB_KINDS, type TestDatabase } from './test/databases';
import { MIGRATIONS } from './migrations/index';

const root = fileURLToPath(new URL('..', import.meta.url));
// One process (no tsx wrapper in between), so its exit code and lifetime are the server's own.
const server = (args: string[]) =>
  [process.execPath, ['--import', 'tsx', 'server/main.ts', ...args]] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() =>
        a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port')),
      );
    });
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForLine(
  child: ChildProcessWithoutNullStreams,
  output: () => string,
  text: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!output().includes(text)) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" within 60 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(DB_KINDS)('server process on %s', (kind) => {
  let testDb: TestDatabase | undefined;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sd-main-'));
    if (kind === 'postgres') testDb = await createTestDatabase(kind);
  });

  afterAll(async () => {
    await testDb?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const signal = kind === 'pglite' ? 'SIGINT' : 'SIGTERM';

  it(`listens, answers /api/health over HTTP, and exits 0 on ${signal}`, async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
    if (testDb?.url) env.DATABASE_URL = testDb.url;
    else delete env.DATABASE_URL;
    const [cmd, args] = server([
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--static-dir',
      join(dataDir, 'no-client'),
    ]);
    const child = spawn(cmd, args, { cwd: root, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const where =
        kind === 'pglite'
          ? `pglite at ${join(dataDir, 'pglite')}`
          : `postgres ${new URL(testDb!.url!).host}${new URL(testDb!.url!).pathname}`;
      await waitForLine(child, () => out, 'listening on');
      expect(out).toContain(
        `Sales Desk server listening on http://127.0.0.1:${port} (db: ${where})`,
      );
      // The warning goes through the logger, whose writes may land after the line above.
      await waitForLine(child, () => out, 'No web client at');
      expect(out).toContain(`No web client at ${join(dataDir, 'no-client')}`);

      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'ok',
        db: { kind, applied: MIGRATIONS.length },
      });

      if (kind === 'pglite') {
        // A second server on the same folder would silently lose writes: it must refuse.
        const [cmd2, args2] = server(['--port', String(await freePort()), '--data-dir', dataDir]);
        const second = spawnSync(cmd2, args2, { cwd: root, env, encoding: 'utf8' });
        expect(second.status).toBe(1);
        expect(second.stderr).toMatch(/in use by another Sales Desk server \(pid \d+\)/);
      }

      child.kill(signal);
      expect(await exited).toBe(0);
      expect(isRunning(child.pid!)).toBe(false);
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
      if (kind === 'pglite') {
        expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
        expect(readdirSync(join(dataDir, 'pglite'))).toContain('base');
        expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);
});

describe('server process refusing to start', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const [cmd, argv] = server(args);
    return spawnSync(cmd, argv, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
  };

  it('refuses a bad port with a readable message and exit code 2', () => {
    const res = run(['--port', 'abc']);
    expect(res.status).toBe(2);
    expect(res.stderr.trim()).toBe(
      'Sales Desk server: Port must be a whole number from 1 to 65535, got "abc".',
    );
    expect(run(['--port=70000']).stderr).toContain('got "70000"');
  }, 30_000);

  it('explains an unreachable PostgreSQL in one line and exits 1', () => {
    const res = run(['--port', '1'], { DATABASE_URL: 'postgres://desk:pw@127.0.0.1:9/none' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(
      /^Sales Desk server: Cannot connect to PostgreSQL at postgres 127\.0\.0\.1:9\/none: .*\n$/,
    );
    expect(res.stderr).not.toContain('pw@');
  }, 30_000);
});
