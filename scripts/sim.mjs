// Large sync simulation runs: N seeds, more desks and more steps than the default test, each on
// a fresh server. Prints one line per seed and, for a failing seed, its violations and the line
// that replays it. Exit code 1 when any seed fails.
//
//   node scripts/sim.mjs [--seeds 20] [--steps 400] [--prefix run1] [--small] [--restarts 3]
//   node scripts/sim.mjs --seed <seed> [--steps …] (one seed, e.g. to replay a failure)
//
// DATABASE_URL set → each seed on a fresh PostgreSQL database; otherwise PGlite. The server is
// the built one when out/server/main.js is fresh, else the sources (SIM_SERVER=built|source).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The simulation is TypeScript: run this script again under tsx when it is not loaded yet.
if (!process.env.SALESDESK_SIM_TSX) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...process.argv.slice(1)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SALESDESK_SIM_TSX: '1' },
  });
  process.exit(r.status ?? 1);
}

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
}
const flag = (name) => args.includes(name);

const { runSimulation, replayLine, relevantTrace, LARGE_DESKS, SMALL_DESKS } =
  await import('../tests/integration/sync/sim.ts');

const one = option('--seed', null);
const count = Number(option('--seeds', '10'));
const steps = Number(option('--steps', '400'));
const prefix = option('--prefix', `sim${Date.now().toString(36)}`);
const maxRestarts = Number(option('--restarts', '3'));
const desks = flag('--small') ? SMALL_DESKS : LARGE_DESKS;
const seeds = one ? [one] : Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

let failed = 0;
for (const seed of seeds) {
  const started = Date.now();
  let result;
  try {
    result = await runSimulation({
      seed,
      steps,
      desks,
      maxRestarts,
      log: flag('--verbose') ? (line) => console.log(`  ${line}`) : undefined,
    });
  } catch (error) {
    failed++;
    console.log(`✗ ${seed}: crashed: ${error?.stack ?? error}`);
    console.log(`  replay: ${replayLine(seed, steps, desks !== SMALL_DESKS)}`);
    continue;
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const applied = result.stats.mutationsApplied ?? 0;
  const rejected = result.stats.mutationsRejected ?? 0;
  const faults = Object.entries(result.faults)
    .filter(([k]) => k !== 'none')
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  if (flag('--verbose')) console.log(`  stats: ${JSON.stringify(result.stats)}`);
  if (result.violations.length) {
    failed++;
    console.log(`✗ ${seed} (${secs} s): ${result.violations.length} violations`);
    for (const v of result.violations.slice(0, 30)) console.log(`    ${v}`);
    console.log('  trace:');
    for (const t of relevantTrace(result)) console.log(`    ${t}`);
    console.log(`  faults: ${faults}; restarts ${result.restarts}`);
    console.log(`  rejections: ${JSON.stringify(result.rejections)}`);
    console.log(
      `  replay: SIM_RESTARTS=${maxRestarts} ${replayLine(seed, steps, desks !== SMALL_DESKS)}`,
    );
    console.log(
      `      or: node scripts/sim.mjs --seed ${seed} --steps ${steps} --restarts ${maxRestarts}${desks === SMALL_DESKS ? ' --small' : ''}`,
    );
  } else {
    console.log(
      `✓ ${seed} (${secs} s): ${applied} mutations applied, ${rejected} rejected; ${faults}; restarts ${result.restarts}`,
    );
  }
}
console.log(
  `\n${seeds.length - failed}/${seeds.length} seeds passed (${steps} steps, ${desks.length} desks)`,
);
process.exit(failed ? 1 : 0);
