// `npm run bench`: runs the scenarios against the real server process and real Chromium, writes
// tests/bench/results/latest.json and prints a table. Options: --scale N, --only a,b, --quick.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import type { BenchContext } from './context';
import { SCENARIOS } from './scenarios/index';
import type { BenchReport, ScenarioResult } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type BenchOptions = { scale: number | null; quick: boolean; only: string[]; out: string };

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    scale: null,
    quick: false,
    only: [],
    out: join(root, 'tests/bench/results/latest.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--quick') options.quick = true;
    else if (flag === '--scale') {
      const n = Number(value().replace(/[_,]/g, ''));
      if (!Number.isInteger(n) || n <= 0)
        throw new Error(`--scale needs a positive whole number, got "${arg}"`);
      options.scale = n;
    } else if (flag === '--only') options.only.push(...value().split(',').filter(Boolean));
    else if (flag === '--out') options.out = value();
    else
      throw new Error(
        `unknown option ${arg} (use --scale N, --only <scenario>, --quick, --out <file>)`,
      );
  }
  const known = new Set(SCENARIOS.map((s) => s.name));
  const unknown = options.only.filter((n) => !known.has(n));
  if (unknown.length)
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return options;
}

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

async function startServer(
  staticDir: string,
  dataDir: string,
): Promise<{ url: string; child: ChildProcess; db: string }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, 'out/server/main.js'),
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--static-dir',
      staticDir,
    ],
    {
      cwd: root,
      // Desk scenarios need only a web server; server scenarios choose their database themselves.
      env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) {
        const health = (await res.json()) as { db?: { kind?: string } };
        return { url, child, db: health.db?.kind ?? 'unknown' };
      }
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become healthy');
}

function printTable(report: BenchReport): void {
  const rows: string[][] = [['scenario', 'scale', 'status', 'metric', 'value', 'target', 'met']];
  for (const [name, s] of Object.entries(report.scenarios)) {
    const metrics = Object.entries(s.metrics);
    if (metrics.length === 0) rows.push([name, String(s.scale), s.status, '', '', '', '']);
    for (const [m, v] of metrics) {
      rows.push([
        name,
        String(s.scale),
        s.status,
        m,
        `${v.value} ${v.unit}`,
        `${v.better === 'lower' ? '≤' : '≥'} ${v.target}`,
        v.met ? 'yes' : 'NO',
      ]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const rendererDir = join(root, 'out/renderer');
  if (
    !existsSync(join(root, 'out/server/main.js')) ||
    !existsSync(join(rendererDir, 'index.html'))
  ) {
    throw new Error('no build found: run `npm run build` first');
  }
  const work = mkdtempSync(join(tmpdir(), 'salesdesk-bench-'));
  const staticDir = join(work, 'static');
  cpSync(rendererDir, staticDir, { recursive: true });
  await build({
    configFile: false,
    root: join(root, 'tests/bench/page'),
    base: '/bench/',
    logLevel: 'warn',
    build: { outDir: join(staticDir, 'bench'), emptyOutDir: true },
  });
  const server = await startServer(staticDir, join(work, 'data'));
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const report: BenchReport = {
    machine: {
      cores: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      platform: `${process.platform} ${process.arch}`,
      node: process.version,
      chromium: browser.version(),
      database: server.db,
      date: new Date().toISOString(),
    },
    options: { scale: options.scale, quick: options.quick, only: options.only },
    scenarios: {},
  };
  try {
    for (const scenario of SCENARIOS) {
      if (options.only.length && !options.only.includes(scenario.name)) continue;
      const scale = options.scale ?? (options.quick ? scenario.quickScale : scenario.defaultScale);
      const context = await browser.newContext();
      const ctx: BenchContext = {
        scale,
        quick: options.quick,
        baseUrl: server.url,
        rendererDir,
        browser,
        log: (line) => console.error(`  ${line}`),
        newBenchPage: async () => {
          const page = await context.newPage();
          await page.goto(`${server.url}/bench/index.html`);
          await page.waitForFunction(() => window.benchReady === true);
          return page;
        },
      };
      const t0 = Date.now();
      let result: ScenarioResult;
      try {
        result = await scenario.run(ctx);
      } catch (error) {
        result = {
          scale,
          status: 'failed',
          metrics: {},
          notes: error instanceof Error ? error.message : String(error),
        };
      }
      result.durationMs = Date.now() - t0;
      report.scenarios[scenario.name] = result;
      await context.close();
    }
  } finally {
    await browser.close();
    server.child.kill('SIGINT');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync(join(options.out, '..'), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const report = await runBench(options);
    printTable(report);
    console.log(`\nwritten to ${options.out}`);
    process.exit(Object.values(report.scenarios).some((s) => s.status === 'failed') ? 1 : 0);
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
