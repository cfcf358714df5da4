// floor (issue 18): what the desk's writes and the server's serving cost with nothing of the app
// in the way, on this machine in this run — a raw Dexie bulkPut of `scale` leads into four plain
// indexes (on disk, strict durability, pages of 1,000) and PostgreSQL's own json_agg of them.
// The pull scenario measures the same floors beside its rates and reports the ratios.
import { metric, type Metric } from '../types';
import { floorsFor, importAndPull } from './pull';
import { serverScenario } from './server-common';

export const floorScenario = serverScenario('floor', 100_000, 1_000, async (ctx, run) => {
  const { pages } = await importAndPull(ctx, run, 'floor');
  const floors = await floorsFor(ctx, run, pages);
  const s = run.suffix;
  const metrics: Record<string, Metric> = {
    [`bulkPutRowsPerSec${s}`]: metric(floors.desk.rowsPerSec, 'rows/s', 0, 'higher'),
  };
  if (floors.serve)
    metrics[`serveRowsPerSec${s}`] = metric(floors.serve.rowsPerSec, 'rows/s', 0, 'higher');
  return {
    metrics,
    notes:
      `raw bulkPut of ${floors.desk.rows} leads (4 plain indexes, strict, pages of 1,000): ${(floors.desk.ms / 1000).toFixed(1)} s` +
      (floors.serve
        ? `; PostgreSQL json_agg of ${floors.serve.rows} leads: ${Math.round(floors.serve.ms)} ms`
        : ''),
  };
});
