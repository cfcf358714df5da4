// The floors of issue 18, measured in the same run as the figure they sit beside:
//  - the desk's: the same lead rows put with a raw Dexie bulkPut into a store with four plain
//    indexes, on disk, strict durability, one transaction per page (page/floor-bench.ts);
//  - the server's: the same rows served by PostgreSQL alone — one json_agg query whose text
//    arrives in Node, no JavaScript per row.
import pg from 'pg';
import type { Page } from 'playwright-core';
import type { Lead } from '../../shared/domain/lead';
import type { PullResponse } from '../../shared/sync/protocol';

export type Floor = { rows: number; ms: number; rowsPerSec: number };

const rate = (rows: number, ms: number) => (ms > 0 ? (rows / ms) * 1000 : 0);

/** The lead rows of pulled pages, page by page (what a desk stores from them). */
export function leadPages(pages: readonly PullResponse[]): Lead[][] {
  return pages
    .map((p) => p.changes.flatMap((c) => (c.kind === 'lead' ? [c.row as Lead] : [])))
    .filter((rows) => rows.length > 0);
}

/** The desk's write floor for `pages` of leads, in the bench page's Chromium profile. */
export async function deskFloor(
  page: Page,
  name: string,
  pages: readonly (readonly Lead[])[],
): Promise<Floor> {
  await page.evaluate((n) => window.bench.floorOpen(n), name);
  const rows = pages.reduce((sum, p) => sum + p.length, 0);
  let ms = 0;
  let stored: number;
  try {
    for (const r of pages)
      ms += await page.evaluate(([n, p]) => window.bench.floorPut(n, p), [name, r] as const);
  } finally {
    stored = await page.evaluate((n) => window.bench.floorClose(n), name);
  }
  if (stored !== rows) throw new Error(`floor stored ${stored} rows, expected ${rows}`);
  return { rows, ms, rowsPerSec: rate(rows, ms) };
}

/**
 * PostgreSQL's serving floor: every lead of the organisation as one JSON array, made by the
 * database and read into Node as text. Best of `runs`.
 */
export async function serveFloor(
  databaseUrl: string,
  organisationId: string,
  runs = 3,
): Promise<Floor & { bytes: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let best = Infinity;
    let rows = 0;
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const { rows: out } = await client.query<{ n: number; body: string }>(
        `SELECT count(*)::int AS n, coalesce(json_agg(data ORDER BY id), '[]')::text AS body
           FROM leads WHERE organisation_id = $1`,
        [organisationId],
      );
      best = Math.min(best, performance.now() - t0);
      rows = out[0]?.n ?? 0;
      bytes = out[0]?.body.length ?? 0;
    }
    return { rows, ms: best, rowsPerSec: rate(rows, best), bytes };
  } finally {
    await client.end();
  }
}
