// upgrade (issue 18): a desk of `scale` leads left by the previous release (schema v10: every
// pulled lead also in leadBase, one lead in a hundred with a change waiting) opened by today's
// schema in real Chromium — the time the upgrade takes, beside the time the same rows took to
// write in this run, and proof that nothing is lost: the queue, zone, stage, owner, team, list,
// phone and search reads answer the same before and after, and leadBase keeps exactly the leads
// with changes waiting. A difference fails the scenario. Then the older leads' search word pairs
// (schema v15, written in the background on a desk), timed, and the same answers again.
import type { Scenario } from '../context';
import { metric } from '../types';

const AGENTS = 50;

export const upgrade: Scenario = {
  name: 'upgrade',
  defaultScale: 100_000,
  quickScale: 2_000,
  async run(ctx) {
    const page = await ctx.newBenchPage();
    const r = await page.evaluate(([n, c, a]) => window.bench.upgradeFromV10(n, c, a), [
      `bench-upgrade-${ctx.scale}`,
      ctx.scale,
      AGENTS,
    ] as const);
    await page.close();
    const before = JSON.stringify(r.before);
    const after = JSON.stringify(r.after);
    if (before !== after) {
      const changed = Object.keys(r.before).filter(
        (k) => JSON.stringify(r.before[k]) !== JSON.stringify(r.after[k]),
      );
      throw new Error(`the upgrade changed what the desk answers: ${changed.join(', ')}`);
    }
    const afterPairs = JSON.stringify(r.afterPairs);
    if (before !== afterPairs)
      throw new Error('the search pairs written after the upgrade changed what the desk answers');
    if (!r.pairsKept || r.pairsWrong > 0)
      throw new Error(`${r.pairsWrong} leads without their search pairs after the background work`);
    // Searches of common words find with the pairs every lead checking them one by one found
    // (and more where that stopped at its budget).
    for (const [q, ids] of Object.entries(r.searchesBefore)) {
      const after = new Set(r.searchesAfter[q]);
      const lost = ids.filter((id) => !after.has(id));
      if (lost.length > 0) throw new Error(`"${q}" no longer finds ${lost.join(', ')}`);
    }
    if (r.before.leads !== ctx.scale)
      throw new Error(`expected ${ctx.scale} leads, the v10 desk held ${String(r.before.leads)}`);
    if (!r.basesRight)
      throw new Error(
        `leadBase kept ${r.basesKept} leads, expected the ${r.basesExpected} waiting`,
      );
    if (r.outboxIndexed !== r.basesExpected)
      throw new Error(`${r.outboxIndexed} of ${r.basesExpected} outbox entries found by lead`);
    ctx.log(
      `upgrade: v10 → v${r.version} of ${ctx.scale} leads in ${Math.round(r.upgradeMs)} ms (writing them took ${Math.round(r.seedMs)} ms); their search pairs in ${Math.round(r.pairsMs)} ms (${r.pairSteps} steps)`,
    );
    return {
      scale: ctx.scale,
      status: 'ok',
      metrics: {
        upgradeMs: metric(r.upgradeMs, 'ms', ctx.scale / 10, 'lower'),
        upgradeVsWrite: metric(r.upgradeMs / r.seedMs, '×', 1, 'lower'),
        // In the background after the desk opened (search-pairs.ts): no target of the issue's;
        // held to the time the same leads took to write.
        pairsBackfillMs: metric(r.pairsMs, 'ms', r.seedMs, 'lower'),
        pairsBackfillVsWrite: metric(r.pairsMs / r.seedMs, '×', 1, 'lower'),
      },
      notes:
        `v10 → v${r.version}: ${ctx.scale} leads, ${r.basesExpected} with a change waiting; ` +
        `upgrade ${Math.round(r.upgradeMs)} ms against ${Math.round(r.seedMs)} ms to write the same leads and bases at v10 (pages of 1,000, strict); ` +
        `${Object.keys(r.before).length} reads (queue, zone, stage, owner, team, list, phone, search) answered the same before and after; ` +
        `leadBase kept exactly the ${r.basesKept} leads with changes waiting; ` +
        `the older leads' search word pairs (schema v15) written after the upgrade in ${Math.round(r.pairsMs)} ms, ${r.pairSteps} steps of 100, ` +
        `every lead checked, the same reads answered, and ${Object.keys(r.searchesBefore).length} searches of common words (${Object.values(r.searchesBefore).flat().length} leads before the pairs, ${Object.values(r.searchesAfter).flat().length} after) losing none`,
    };
  },
};
