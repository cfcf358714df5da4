// The sync proof: desks of every role work against the real server through a faulty network,
// then heal; every desk must equal the server for its scope and every acknowledged call must be
// on the server exactly once. A failure prints the seed and the line that replays it.
//
// SIM_SEED=<seed> replays one seed; SIM_STEPS=<n> makes runs longer; `node scripts/sim.mjs`
// runs many seeds at a larger scale.
import { describe, expect, it } from 'vitest';
import { LARGE_DESKS, relevantTrace, replayLine, runSimulation, SMALL_DESKS } from './sim';

const seeds = process.env.SIM_SEED ? [process.env.SIM_SEED] : ['alpha', 'bravo'];
const steps = Number(process.env.SIM_STEPS ?? 60);
const large = process.env.SIM_LARGE === '1';

describe('sync under faults', () => {
  for (const seed of seeds) {
    it(`seed ${seed}: every desk converges with the server, nothing lost or doubled`, async () => {
      const result = await runSimulation({
        seed,
        steps,
        desks: large ? LARGE_DESKS : SMALL_DESKS,
        maxRestarts: Number(process.env.SIM_RESTARTS ?? 1),
      });
      if (result.violations.length) {
        console.error(
          `sync simulation failed for seed ${seed}\nreplay: ${replayLine(seed, steps, large)}\n` +
            `faults: ${JSON.stringify(result.faults)}\nstats: ${JSON.stringify(result.stats)}\n` +
            result.violations.slice(0, 40).join('\n') +
            `\ntrace:\n${relevantTrace(result).join('\n')}`,
        );
      }
      expect(result.violations, `replay: ${replayLine(seed, steps, large)}`).toEqual([]);
      // The run really was faulty and really did work.
      expect(result.stats['mutationsApplied'] ?? 0).toBeGreaterThan(0);
      expect(Object.keys(result.faults).filter((k) => k !== 'none').length).toBeGreaterThan(2);
    }, 400_000);
  }
});
