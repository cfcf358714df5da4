// One transaction's read-then-write updates, taken in turn. Verbs run together (runTogether: an
// import writes one part while it reads the next) may update the same kept rows at the same time;
// each update reads the rows and puts them back, so two at once would read the same values and
// one would lose the other's change. Chained here, each reads after the one before has put.
import { Dexie } from 'dexie';

/** Each transaction's last update of one kind of kept rows (a WeakMap per kind). */
export type Turns = WeakMap<object, PromiseLike<void>>;

/**
 * Runs `update` once every earlier update under the same `turns` and `trans` has settled. Dexie
 * promises throughout: their continuations stay inside the transaction.
 */
export function inTurn<T>(turns: Turns, trans: object, update: () => PromiseLike<T>): Promise<T> {
  const run = Dexie.Promise.resolve(turns.get(trans)).then(update);
  turns.set(
    trans,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}
