// The server as a real process over HTTP: start, answer, stop cleanly on SIGINT.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

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

describe('server process', () => {
  it('listens, answers /api/health over HTTP, and exits 0 on SIGINT leaving its database on disk', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'sd-main-'));
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const child = spawn(
      tsx,
      [
        'server/main.ts',
        '--port',
        String(port),
        '--data-dir',
        dataDir,
        '--static-dir',
        join(dataDir, 'none'),
      ],
      {
        cwd: root,
        env,
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const deadline = Date.now() + 60_000;
    while (!out.includes('listening on') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(out).toContain(
      `Sales Desk server listening on http://127.0.0.1:${port} (db: pglite at ${join(dataDir, 'pglite')})`,
    );
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { db: { kind: string } }).db.kind).toBe('pglite');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
    expect(readdirSync(join(dataDir, 'pglite')).length).toBeGreaterThan(3);
  }, 90_000);

  it('refuses a bad port with a readable message and exit code 2', () => {
    const res = spawnSync(tsx, ['server/main.ts', '--port', 'abc'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(
      'Sales Desk server: Port must be a whole number from 1 to 65535, got "abc".',
    );
  }, 30_000);

  it('explains an unreachable PostgreSQL and exits 1', () => {
    const res = spawnSync(tsx, ['server/main.ts', '--port', '1'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' },
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Cannot connect to PostgreSQL at postgres 127\.0\.0\.1:9\/none/);
  }, 30_000);
});
