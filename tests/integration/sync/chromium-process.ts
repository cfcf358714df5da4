// A Chromium we start ourselves on a persistent profile, so a test can kill it for real
// (SIGKILL to its whole process group, as a power cut or a crash would) and start it again on the
// same profile. Playwright drives it over CDP.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/chromium';

export class ChromiumProcess {
  private child: ChildProcess | undefined;
  private browser: Browser | undefined;
  private output = '';

  /** `extraArgs`: more flags, e.g. a fake microphone for a desk that takes calls. */
  constructor(
    readonly userDataDir: string,
    private readonly extraArgs: readonly string[] = [],
  ) {}

  /** Starts Chromium on the profile and returns its default (persistent) context. */
  async launch(): Promise<BrowserContext> {
    const executable = chromiumExecutable();
    if (!executable) throw new Error('no Chromium: set CHROMIUM_PATH');
    this.output = '';
    const child = spawn(
      executable,
      [
        ...CHROMIUM_ARGS,
        ...this.extraArgs,
        `--user-data-dir=${this.userDataDir}`,
        '--remote-debugging-port=0',
        '--no-default-browser-check',
        'about:blank',
      ],
      // Its own process group: the kill takes the renderer and GPU processes with it.
      { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child = child;
    try {
      return await this.connect(child);
    } catch (error) {
      // Never leave a Chromium behind that nobody drives.
      await this.kill();
      throw error;
    }
  }

  private async connect(child: ChildProcess): Promise<BrowserContext> {
    const endpoint = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Chromium did not start:\n${this.output}`)),
        30_000,
      );
      child.stderr?.on('data', (d: Buffer) => {
        this.output = (this.output + d.toString()).slice(-10_000);
        const m = this.output.match(/DevTools listening on (ws:\/\/\S+)/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code}):\n${this.output}`));
      });
    });
    this.browser = await chromium.connectOverCDP(endpoint);
    const context = this.browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    return context;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** SIGKILL to Chromium and every process it started; nothing gets to flush or say goodbye. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
    await exited;
    // The CDP connection is dead; drop it without waiting on the browser.
    void this.browser?.close().catch(() => undefined);
    this.browser = undefined;
  }

  /** A polite close (end of test). */
  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    await this.kill();
  }
}
