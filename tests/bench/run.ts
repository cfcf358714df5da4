// `npm run bench`: runs the scenarios against the real server process and real Chromium, writes
// tests/bench/results/latest.json and prints a table. Options: --scale N, --only a,b, --quick.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import type { BenchContext } from './context';
import { portIsFree, startServer } from './server-process';
import { copyProfile, keptProfile, SEED_CACHE, type KeptProfile } from './kept-profile';
import { seededDesk, type SeededDesk } from './seeded-desk';
import { SCENARIOS } from './scenarios/index';
import type { BenchReport, ScenarioResult } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type BenchOptions = {
  scale: number | null;
  quick: boolean;
  only: string[];
  out: string;
  /** Seed the desk again even when an identical seed is cached. */
  freshSeed: boolean;
};

/** The desk scenarios' origin: the same between runs, so a cached seed's IndexedDB is found. */
const DESK_PORT = Number(process.env.BENCH_PORT ?? 47_311);

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    scale: null,
    quick: false,
    only: [],
    out: join(root, 'tests/bench/results/latest.json'),
    freshSeed: false,
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
    else if (flag === '--fresh-seed') options.freshSeed = true;
    else
      throw new Error(
        `unknown option ${arg} (use --scale N, --only <scenario>, --quick, --out <file>, --fresh-seed)`,
      );
  }
  const known = new Set(SCENARIOS.map((s) => s.name));
  const unknown = options.only.filter((n) => !known.has(n));
  if (unknown.length)
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return options;
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
  // Desk scenarios need only a web server; server scenarios start their own on a fresh database.
  // On a fixed port when it is free, so the desk seed cache (IndexedDB is per origin) applies.
  const fixedPort = (await portIsFree(DESK_PORT)) ? DESK_PORT : undefined;
  // A bench stopped half-way can leave its server on the port: say so, since without the port
  // (the desk pages' origin) no seed is taken from or kept in the cache.
  if (fixedPort === undefined && !options.quick)
    console.error(
      `  bench: port ${DESK_PORT} is taken (a server left by an earlier run?): the seeded desks ` +
        `are seeded afresh and not kept`,
    );
  const server = await startServer({ staticDir, port: fixedPort });
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
      loadAverage: { start: Math.round(loadavg()[0]! * 100) / 100 },
    },
    options: { scale: options.scale, quick: options.quick, only: options.only },
    scenarios: {},
  };
  // Seeds are kept in the cache at full scale when the origin is the usual one.
  const keep = !options.quick && fixedPort !== undefined;
  const seedOptions = {
    baseUrl: server.url,
    executablePath,
    args: CHROMIUM_ARGS,
    chromiumVersion: browser.version(),
    dir: keep ? SEED_CACHE : join(work, 'seeds'),
    keep,
    fresh: options.freshSeed,
    log: (line: string) => console.error(`  ${line}`),
  };
  const desks = new Map<number, SeededDesk>();
  const deskFor = async (scale: number): Promise<SeededDesk> => {
    let desk = desks.get(scale);
    if (!desk) {
      desk = await seededDesk({ ...seedOptions, scale });
      desks.set(scale, desk);
    }
    return desk;
  };
  try {
    for (const scenario of SCENARIOS) {
      if (options.only.length && !options.only.includes(scenario.name)) continue;
      const scale = options.scale ?? (options.quick ? scenario.quickScale : scenario.defaultScale);
      // A persistent profile per scenario: IndexedDB on disk, as on a desk. (An incognito context
      // — browser.newContext() — keeps IndexedDB in memory, so strict durability costs nothing.)
      const profile = join(work, `profile-${scenario.name}`);
      let desk: SeededDesk | null = null;
      let seeded: KeptProfile<Record<string, unknown>> | null = null;
      if (scenario.desk || scenario.seed) {
        try {
          if (scenario.desk) {
            desk = await deskFor(scale);
            copyProfile(desk.profile, profile);
          }
          const seed = scenario.seed;
          if (seed) {
            seeded = await keptProfile({
              ...seedOptions,
              kind: scenario.name,
              scale,
              inputs: seed.inputs,
              params: '',
              seed: (page) => seed.run(page, scale),
            });
            copyProfile(seeded.profile, profile);
          }
        } catch (error) {
          report.scenarios[scenario.name] = {
            scale,
            status: 'failed',
            metrics: {},
            notes: `seeding ${scenario.desk ? 'the desk' : 'its database'} failed: ${error instanceof Error ? error.message : String(error)}`,
          };
          continue;
        }
      }
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        args: CHROMIUM_ARGS,
      });
      const ctx: BenchContext = {
        scale,
        quick: options.quick,
        baseUrl: server.url,
        rendererDir,
        browser,
        context,
        log: (line) => console.error(`  ${line}`),
        desk,
        seeded,
        staticDir,
        postgresUrl: process.env.DATABASE_URL || null,
        newBenchPage: async (baseUrl = server.url) => {
          const page = await context.newPage();
          await page.goto(`${baseUrl}/bench/index.html`);
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
      rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    if (report.machine.loadAverage)
      report.machine.loadAverage.end = Math.round(loadavg()[0]! * 100) / 100;
    await browser.close();
    await server.stop();
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
