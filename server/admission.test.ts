import { describe, expect, it } from 'vitest';
import { Admission, syncAdmission } from './admission';
import { POOL_SIZE } from './db/postgres';
import { HttpError } from './errors';

/** A piece of work that runs until `finish()` is called; `started` says whether it began. */
function gate() {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((r) => (finish = r));
  const g = {
    started: false,
    finish: () => finish(),
    work: async () => {
      g.started = true;
      await done;
    },
  };
  return g;
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((r) => setImmediate(r));

async function refusal(p: Promise<unknown>): Promise<HttpError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('Admission', () => {
  it('lets `concurrency` requests in at once and the next ones in their order as places free', async () => {
    const admission = new Admission({ concurrency: 2, maxWaitMs: 60_000 });
    const gates = Array.from({ length: 5 }, gate);
    const runs = gates.map((g) => admission.run(g.work));
    await settle();
    expect(gates.map((g) => g.started)).toEqual([true, true, false, false, false]);
    expect(admission.stats.line).toBe(3);
    gates[1]!.finish();
    await settle();
    expect(gates.map((g) => g.started)).toEqual([true, true, true, false, false]);
    gates[0]!.finish();
    gates[2]!.finish();
    await settle();
    expect(gates.map((g) => g.started)).toEqual([true, true, true, true, true]);
    for (const g of gates) g.finish();
    await Promise.all(runs);
    expect(admission.stats).toEqual({ admitted: 5, waited: 3, refused: 0, line: 0 });
  });

  it('frees the place of a request whose work fails', async () => {
    const admission = new Admission({ concurrency: 1, maxWaitMs: 60_000 });
    await expect(admission.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(admission.run(() => Promise.resolve(7))).resolves.toBe(7);
    expect(admission.stats).toEqual({ admitted: 2, waited: 0, refused: 0, line: 0 });
  });

  it('turns a request away at once with 503 serverBusy and Retry-After when the line would keep it too long', async () => {
    let clock = 0;
    // Each request has taken 1 s at the database: a line of 3 is 3 s on one place.
    const admission = new Admission({
      concurrency: 1,
      maxWaitMs: 2_500,
      initialServiceMs: 1_000,
      now: () => clock,
    });
    const gates = Array.from({ length: 3 }, gate);
    const runs = gates.map((g) => admission.run(g.work));
    await settle();
    // One at the database, two waiting (2 s, then 3 s expected for the next: over 2.5 s).
    expect(admission.stats.line).toBe(2);
    const error = await refusal(admission.run(() => Promise.resolve()));
    expect(error.statusCode).toBe(503);
    expect(error.code).toBe('serverBusy');
    // Its turn is 3 s away; it comes back half a line (1.25 s) before: in 2 s.
    expect(error.headers['retry-after']).toBe('2');
    expect(error.message).toContain('2 s');
    expect(admission.stats).toMatchObject({ refused: 1, line: 2 });
    clock += 1_000;
    for (const g of gates) g.finish();
    await Promise.all(runs);
  });

  it('turns away a request that waited maxWaitMs, and the line goes on without it', async () => {
    const admission = new Admission({ concurrency: 1, maxWaitMs: 30, initialServiceMs: 1 });
    const first = gate();
    const running = admission.run(first.work);
    const waiting = admission.run(() => Promise.resolve('late'));
    expect(admission.stats.line).toBe(1);
    const error = await refusal(waiting);
    expect(error.statusCode).toBe(503);
    expect(Number(error.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(admission.stats.line).toBe(0);
    first.finish();
    await running;
    await expect(admission.run(() => Promise.resolve('next'))).resolves.toBe('next');
    expect(admission.stats).toEqual({ admitted: 2, waited: 0, refused: 1, line: 0 });
  });

  it('gives each desk it turns away a turn of its own, one after another at the measured pace, at least 1 s and at most 60 away', async () => {
    let clock = 0;
    const admission = new Admission({
      concurrency: 1,
      maxWaitMs: 0,
      initialServiceMs: 400,
      now: () => clock,
    });
    const busy = gate();
    const running = admission.run(busy.work);
    const retryAfter = async () =>
      Number((await refusal(admission.run(() => Promise.resolve()))).headers['retry-after']);
    // The place frees in 0.4 s; then one desk every 0.4 s: 0.4, 0.8, 1.2, 1.6, 2.0, 2.4 s.
    const turns: number[] = [];
    for (let i = 0; i < 6; i++) turns.push(await retryAfter());
    expect(turns).toEqual([1, 1, 2, 2, 2, 3]);
    // Time passes and the desks told to come back have been served: the turns start over.
    clock += 10_000;
    expect(await retryAfter()).toBe(1);
    busy.finish();
    await running;

    const slow = new Admission({ concurrency: 1, maxWaitMs: 0, initialServiceMs: 50_000 });
    const held = gate();
    const holding = slow.run(held.work);
    const first = await refusal(slow.run(() => Promise.resolve()));
    const second = await refusal(slow.run(() => Promise.resolve()));
    expect([first.headers['retry-after'], second.headers['retry-after']]).toEqual(['50', '60']);
    held.finish();
    await holding;
  });

  it('gives the sync routes the pool but two on PostgreSQL, two on PGlite, 10 s in line', () => {
    expect(syncAdmission('postgres')).toEqual({ concurrency: POOL_SIZE - 2, maxWaitMs: 10_000 });
    expect(syncAdmission('pglite')).toEqual({ concurrency: 2, maxWaitMs: 10_000 });
  });
});
