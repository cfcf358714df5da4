// The desk the desk scenarios (queue, action, coldStart, memory) run on: the web client's own
// database — the demo organisation plus `scale` synthetic leads, a farmer owning every
// `farmerEvery`-th as a customer — in an on-disk Chromium profile. It is seeded once per scale
// and each scenario gets a copy of the profile, so a scenario's writes never reach another and a
// million leads are written once, not four times. Full-scale seeds are kept between runs
// (kept-profile.ts), keyed by the seeding code in page/seed.ts, the desk schema, the search keys,
// the queue zones, the demo organisation, the seed's parameters, the Chromium version and the
// origin.
import { DEMO_USER_IDS } from '../../shared/demo/organisation';
import { keptProfile, type SeedPlace } from './kept-profile';

/** The files whose content decides the seeded database (besides the desk schema). */
const SEED_INPUTS = [
  'tests/bench/page/seed.ts',
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

export const DESK_AGENTS = 50;
export const DESK_FARMER = DEMO_USER_IDS.noura;
/** About 10,000 customers for the farmer at any scale (every 100th lead at 1M). */
export const farmerEveryFor = (scale: number) => Math.max(2, Math.floor(scale / 10_000));

export type SeedOptions = SeedPlace & { scale: number };

/** The seeded desk for this scale: from the cache when an identical one is there, else seeded. */
export async function seededDesk(o: SeedOptions): Promise<SeededDesk> {
  const farmerEvery = farmerEveryFor(o.scale);
  const kept = await keptProfile({
    ...o,
    kind: 'desk',
    inputs: SEED_INPUTS,
    params: `${DESK_AGENTS}|${DESK_FARMER}|${farmerEvery}`,
    seed: async (page) => {
      const { name, seedMs } = await page.evaluate(
        ([n, f, every, agents]) =>
          window.bench.prepareDesk(n, { farmer: f, farmerEvery: every, agents }),
        [o.scale, DESK_FARMER, farmerEvery, DESK_AGENTS] as const,
      );
      return {
        dbName: name,
        scale: o.scale,
        agents: DESK_AGENTS,
        farmer: DESK_FARMER,
        farmerEvery,
        seedMs,
      };
    },
  });
  const { meta } = kept;
  if (!kept.cached) o.log(`desk: ${Math.round((o.scale / meta.seedMs) * 1000)} leads/s written`);
  return {
    dbName: meta.dbName,
    scale: meta.scale,
    agents: meta.agents,
    farmer: meta.farmer,
    farmerEvery: meta.farmerEvery,
    seedMs: meta.seedMs,
    cached: kept.cached,
    profile: kept.profile,
  };
}
