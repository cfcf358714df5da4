// `npm start` as a user runs it (minus the build, which `npm test` has just done): the real
// server comes up, the web client URL is printed, the Electron line is one clear sentence, and
// Ctrl-C leaves nothing running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
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

function waitFor(
  get: () => string,
  pattern: RegExp,
  child: ChildProcess,
  ms: number,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + ms;
    const tick = () => {
      const m = get().match(pattern);
      if (m) return resolve(m);
      if (child.exitCode !== null) return reject(new Error(`exited ${child.exitCode}:\n${get()}`));
      if (Date.now() > deadline)
        return reject(new Error(`timed out waiting for ${pattern}:\n${get()}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

function processesMentioning(text: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((l) => l.includes(text) && !l.includes('ps -eo'));
}

describe('npm start', () => {
  let dataDir: string;

  beforeAll(() => {
    if (
      !existsSync(join(root, 'out', 'server', 'main.js')) ||
      !existsSync(join(root, 'out', 'renderer', 'index.html'))
    ) {
      const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('build failed');
    }
    dataDir = mkdtempSync(join(tmpdir(), 'salesdesk-start-'));
  }, 300_000);

  let running: ChildProcess | undefined;
  afterAll(() => {
    // A failed assertion must not leave the server behind.
    if (running?.pid && running.exitCode === null) {
      try {
        process.kill(-running.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the web client, explains the desktop app in one line, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    // No display: Electron cannot open a window here whether or not its binary exists.
    // npm start runs on its embedded database, whatever DATABASE_URL the test run has.
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', DATABASE_URL: '' };
    const child = spawn(
      process.execPath,
      ['scripts/start.mjs', '--no-build', '--port', String(port), '--data-dir', dataDir],
      // Its own process group, so a failed test can stop it and the server it started.
      { cwd: root, env, detached: true },
    );
    running = child;
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));

    const [, url] = await waitFor(
      () => out,
      /Sales Desk web client: (http:\/\/\S+)/,
      child,
      90_000,
    );
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const health = (await (await fetch(`${url}api/health`)).json()) as { db: { kind: string } };
    expect(health.db.kind).toBe('pglite');

    await waitFor(() => out, /Press Ctrl-C to stop/, child, 150_000);
    const desktopLines = out.split('\n').filter((l) => l.startsWith('Desktop app:'));
    expect(desktopLines).toHaveLength(1);
    expect(desktopLines[0]).toMatch(/not started — .+; .*web client at http:\/\/127\.0\.0\.1/);

    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    await expect(fetch(`${url}api/health`)).rejects.toThrow();
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 300_000);
});
