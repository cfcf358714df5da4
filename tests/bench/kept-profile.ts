// A Chromium profile seeded once and kept between bench runs: the seeded desk of the desk
// scenarios (seeded-desk.ts) and the databases scenarios seed for themselves (`insight`). Full-scale
// seeds take from 20 minutes to over an hour and write the same bytes every time, so they are kept
// in node_modules/.cache/salesdesk-bench/, keyed by a hash of everything that decides those bytes:
// the files named as the seed's inputs, the seed's parameters, the Chromium version and the origin
// (IndexedDB belongs to it). A seed of other code or parameters is thrown away and made again;
// `--fresh-seed` throws away any; --quick seeds are never kept (the caller seeds into a folder it
// removes).
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
import { chromium, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_CACHE = join(root, 'node_modules/.cache/salesdesk-bench');

/** Files that decide every seed's bytes: the desk's schema and what it keeps with every write. */
const COMMON_INPUTS = ['renderer/db/schema.ts'];

/** The key of a seed: its kind's inputs' content, its parameters, the Chromium and the origin. */
export function seedKey(
  inputs: readonly string[],
  params: string,
  origin: string,
  chromiumVersion: string,
): string {
  const hash = createHash('sha256');
  for (const file of [...COMMON_INPUTS, ...inputs])
    hash.update(file).update(readFileSync(join(root, file)));
  hash.update(`${params}|${origin}|${chromiumVersion}`);
  return hash.digest('hex').slice(0, 16);
}

/** Where and with what a seed is made or found. */
export type SeedPlace = {
  /** The bench page's origin; IndexedDB belongs to it, so the key includes it. */
  baseUrl: string;
  executablePath: string | undefined;
  args: string[];
  chromiumVersion: string;
  /** Where to seed: the cache when `keep`, else a folder the caller throws away. */
  dir: string;
  keep: boolean;
  fresh: boolean;
  log: (line: string) => void;
};

export type KeptProfileOptions<M> = SeedPlace & {
  /** Names the profile's folder (`<kind>-<scale>-<key>`); older seeds of the kind and scale go. */
  kind: string;
  scale: number;
  /** The files (from the repository's root) whose content decides the seed's bytes. */
  inputs: readonly string[];
  /** The seed's parameters besides the scale, as they go into the key. */
  params: string;
  /** Seeds on a bench page of the profile; what it returns is kept beside the profile. */
  seed: (page: Page) => Promise<M & { seedMs: number }>;
};

export type KeptProfile<M> = {
  /** What the seed returned, with when and in which Chromium it ran. */
  meta: M & { seedMs: number; seededAt: string; chromium: string };
  /** Whether the profile came from the cache of an earlier run. */
  cached: boolean;
  /** The profile folder to copy (copyProfile); never opened by a scenario itself. */
  profile: string;
};

/** The kept profile for this kind, scale and code: from the cache when it is there, else seeded. */
export async function keptProfile<M>(o: KeptProfileOptions<M>): Promise<KeptProfile<M>> {
  const key = seedKey(o.inputs, `${o.kind}|${o.scale}|${o.params}`, o.baseUrl, o.chromiumVersion);
  const profile = join(o.dir, `${o.kind}-${o.scale}-${key}`);
  const metaFile = join(profile, 'salesdesk-seed.json');
  if (o.keep && !o.fresh && existsSync(metaFile)) {
    o.log(`${o.kind}: scale ${o.scale} from the seed cache (${profile})`);
    return { meta: JSON.parse(readFileSync(metaFile, 'utf8')), cached: true, profile };
  }
  // Other scales and kinds stay; older seeds of this kind and scale (other code) go.
  if (existsSync(o.dir)) {
    for (const entry of readdirSync(o.dir))
      if (entry.startsWith(`${o.kind}-${o.scale}-`))
        rmSync(join(o.dir, entry), { recursive: true, force: true });
  }
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: o.executablePath,
    args: o.args,
  });
  let meta: KeptProfile<M>['meta'];
  try {
    const page = await context.newPage();
    // A full-scale seed runs for an hour or more: no timeout of Playwright's own cuts it short.
    page.setDefaultTimeout(0);
    await page.goto(`${o.baseUrl}/bench/index.html`);
    await page.waitForFunction(() => window.benchReady === true);
    const started = Date.now();
    const progress = setInterval(
      () =>
        o.log(
          `${o.kind}: seeding scale ${o.scale}… ${Math.round((Date.now() - started) / 1000)} s`,
        ),
      60_000,
    );
    try {
      const seeded = await o.seed(page);
      meta = { ...seeded, seededAt: new Date().toISOString(), chromium: o.chromiumVersion };
    } finally {
      clearInterval(progress);
    }
    await page.close();
  } finally {
    await context.close();
  }
  // Written last: a seed stopped half-way is never taken for a whole one.
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  o.log(`${o.kind}: seeded scale ${o.scale} in ${Math.round(meta.seedMs / 1000)} s`);
  return { meta, cached: false, profile };
}

/** A scenario's own copy of a kept profile. */
export function copyProfile(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
