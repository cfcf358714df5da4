// The desk the desk scenarios (queue, action, coldStart, memory) run on: the web client's own
// database — the demo organisation plus `scale` synthetic leads, a farmer owning every
// `farmerEvery`-th as a customer — in an on-disk Chromium profile. It is seeded once per scale
// and each scenario gets a copy of the profile, so a scenario's writes never reach another and a
// million leads are written once, not four times.
//
// Full-scale seeds are kept between runs in node_modules/.cache/salesdesk-bench/, keyed by a hash
// of everything that decides their bytes (the seeding code in page/seed.ts, the desk schema, the
// search keys, the queue zones, the seed's parameters, the Chromium version, the origin). `--fresh-seed` throws them away; --quick seeds
// are never kept.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_USER_IDS } from '../../shared/demo/organisation';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_CACHE = join(root, 'node_modules/.cache/salesdesk-bench');

/** The files whose content decides the seeded database. */
const SEED_INPUTS = [
  'tests/bench/page/seed.ts',
  'renderer/db/schema.ts',
  'renderer/db/demo-loader.ts',
  'shared/domain/search-key.ts',
  'shared/domain/dial-queue.ts',
  'shared/demo/organisation.ts',
];

export type SeededDesk = {
  /** The desk database's name in the profile (the web client's, for the demo organisation). */
  dbName: string;
  scale: number;
  /** Synthetic owners agent-0 … agent-(agents-1). */
  agents: number;
  /** The farmer who owns every `farmerEvery`-th lead (i % farmerEvery === 1) as a customer. */
  farmer: string;
  farmerEvery: number;
  /** How long writing the leads took (when this run or an earlier one seeded them). */
  seedMs: number;
  /** Whether the profile came from the cache of an earlier run. */
  cached: boolean;
  /** The profile folder to copy; never opened by a scenario itself. */
  profile: string;
};

type SeedMeta = Omit<SeededDesk, 'cached' | 'profile'> & { seededAt: string; chromium: string };

export const DESK_AGENTS = 50;
export const DESK_FARMER = DEMO_USER_IDS.noura;
/** About 10,000 customers for the farmer at any scale (every 100th lead at 1M). */
export const farmerEveryFor = (scale: number) => Math.max(2, Math.floor(scale / 10_000));

export function seedFingerprint(scale: number, origin: string, chromiumVersion: string): string {
  const hash = createHash('sha256');
  for (const file of SEED_INPUTS) hash.update(file).update(readFileSync(join(root, file)));
  hash.update(
    `${scale}|${DESK_AGENTS}|${DESK_FARMER}|${farmerEveryFor(scale)}|${origin}|${chromiumVersion}`,
  );
  return hash.digest('hex').slice(0, 16);
}

export type SeedOptions = {
  scale: number;
  /** The bench page's origin; IndexedDB belongs to it, so the cache key includes it. */
  baseUrl: string;
  executablePath: string | undefined;
  args: string[];
  chromiumVersion: string;
  /** Where to seed; kept between runs when `keep` (the cache), else thrown away by the caller. */
  dir: string;
  keep: boolean;
  fresh: boolean;
  log: (line: string) => void;
};

/** The seeded desk for this scale: from the cache when an identical one is there, else seeded. */
export async function seededDesk(o: SeedOptions): Promise<SeededDesk> {
  const key = seedFingerprint(o.scale, o.baseUrl, o.chromiumVersion);
  const profile = join(o.dir, `desk-${o.scale}-${key}`);
  const metaFile = join(profile, 'salesdesk-seed.json');
  if (o.keep && !o.fresh && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as SeedMeta;
    o.log(`desk: ${o.scale} leads from the seed cache (${profile})`);
    return { ...meta, cached: true, profile };
  }
  // Other scales stay; older seeds of this scale (other code) go.
  if (existsSync(o.dir)) {
    for (const entry of readdirSync(o.dir))
      if (entry.startsWith(`desk-${o.scale}-`))
        rmSync(join(o.dir, entry), { recursive: true, force: true });
  }
  mkdirSync(profile, { recursive: true });
  const farmerEvery = farmerEveryFor(o.scale);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: o.executablePath,
    args: o.args,
  });
  let meta: SeedMeta;
  try {
    const page = await context.newPage();
    await page.goto(`${o.baseUrl}/bench/index.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const started = Date.now();
    const progress = setInterval(
      () => o.log(`desk: seeding ${o.scale} leads… ${Math.round((Date.now() - started) / 1000)} s`),
      60_000,
    );
    try {
      const { name, seedMs } = await page.evaluate(
        ([n, f, every, agents]) =>
          window.bench.prepareDesk(n, { farmer: f, farmerEvery: every, agents }),
        [o.scale, DESK_FARMER, farmerEvery, DESK_AGENTS] as const,
      );
      meta = {
        dbName: name,
        scale: o.scale,
        agents: DESK_AGENTS,
        farmer: DESK_FARMER,
        farmerEvery,
        seedMs,
        seededAt: new Date().toISOString(),
        chromium: o.chromiumVersion,
      };
    } finally {
      clearInterval(progress);
    }
    await page.close();
  } finally {
    await context.close();
  }
  // Written last: a seed stopped half-way is never taken for a whole one.
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  o.log(
    `desk: seeded ${o.scale} leads in ${Math.round(meta.seedMs / 1000)} s ` +
      `(${Math.round((o.scale / meta.seedMs) * 1000)} leads/s)`,
  );
  return { ...meta, cached: false, profile };
}

/** A scenario's own copy of the seeded profile. */
export function copyProfile(desk: SeededDesk, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(desk.profile, to, { recursive: true });
}
