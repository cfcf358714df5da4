// import: a CSV of N leads through the desk's own import worker (decode, parse, normalise phones
// to E.164, dedupe, leads + outbox entries + history row in one transaction) in real Chromium,
// against a raw Dexie bulkPut of the same prepared leads into the same schema, in the same run.
import type { Scenario } from '../context';
import { metric } from '../types';

export const importScenario: Scenario = {
  name: 'import',
  defaultScale: 100_000,
  quickScale: 2_000,
  async run(ctx) {
    const page = await ctx.newBenchPage();
    const r = await page.evaluate((n) => window.bench.importLeads(n), ctx.scale);
    await page.close();
    if (r.imported !== ctx.scale)
      throw new Error(`expected ${ctx.scale} imported leads, the import reported ${r.imported}`);
    const entries = Math.ceil(ctx.scale / 1000);
    if (r.leadTally !== ctx.scale)
      throw new Error(`the desk counts ${r.leadTally} leads after importing ${ctx.scale}`);
    if (r.outboxEntries !== entries)
      throw new Error(`expected ${entries} outbox entries, found ${r.outboxEntries}`);
    ctx.log(
      `import: ${ctx.scale} rows (${Math.round(r.bytes / 1024)} KiB) in ${Math.round(r.importMs)} ms; raw bulkPut ${Math.round(r.bulkPutMs)} ms`,
    );
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        leadsPerSec: metric((r.imported / r.importMs) * 1000, 'leads/s', 4000, 'higher'),
        ratioVsRawBulkPut: metric(r.importMs / r.bulkPutMs, '×', 1.3, 'lower'),
      },
      notes: `whole import through the worker (file read, UTF-8 BOM + CRLF + quoted newlines, E.164, dedupe, round-robin to 5 agents, ${entries} outbox entries, one transaction): ${Math.round(r.importMs)} ms; one raw bulkPut of the same ${r.imported} stored leads into a fresh database of the same schema: ${Math.round(r.bulkPutMs)} ms`,
    };
  },
};
