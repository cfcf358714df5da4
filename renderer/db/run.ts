// How the desk changes anything: `run(desk, verb, args)` runs one verb of shared/mutations in ONE
// strict IndexedDB transaction — load the rows it reads, apply it (the same `execute` the sync
// server runs), write its effects and append its outbox entry — so a crash never leaves half an
// action behind and sync pushes exactly what happened. Several verbs that must happen together
// (an import's parts, a national do-not-call file) go through `runTogether`.
import { Dexie, type Table } from 'dexie';
import type { OrganisationProfile } from '../../shared/domain/content';
import { followUpPolicyFrom, type FollowUpPolicy } from '../../shared/domain/follow-up';
import { callingRulesFrom } from '../../shared/domain/calling-rules';
import type { Effects } from '../../shared/mutations/effects';
import { execute, type Actor, type Verb, type VerbError } from '../../shared/mutations/verb';
import { loadDeskState } from './desk-state';
import { addToOutbox } from './outbox';
import type { DeskDatabase } from './schema';
import { effectTables, writeEffects } from './write-effects';

/** What running a verb on this desk needs: the database, who acts, the organisation's rules. */
export type Desk = {
  db: DeskDatabase;
  actor: Actor;
  organisation: OrganisationProfile;
  policy?: FollowUpPolicy;
  /** The desk's clock (tests fix it). */
  now?: () => number;
};

export type RunResult<R> =
  { ok: true; result: R; effects: Effects } | { ok: false; error: VerbError };

/** A verb's arguments as a caller gives them: the time is the desk's own unless given. */
export type RunInput<I> = I extends unknown ? Omit<I, 'at'> & { at?: number } : never;

/** A refusal inside runTogether: aborts the whole transaction. */
export class VerbRefused extends Error {
  constructor(
    readonly verb: string,
    readonly error: VerbError,
  ) {
    super(`${verb} refused: ${error.code}${error.detail ? ` (${error.detail})` : ''}`);
    this.name = 'VerbRefused';
  }
}

type Runner = <A, R, I>(verb: Verb<A, R, I>, input: RunInput<I>) => Promise<RunResult<R>>;

function runner(desk: Desk): Runner {
  const { db } = desk;
  return async (verb, input) => {
    const at = input.at ?? (desk.now ?? Date.now)();
    const parsed = verb.args.safeParse({ ...input, at });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'args';
      return {
        ok: false,
        error: { code: 'invalidArgs', detail: `${where}: ${issue?.message ?? 'invalid'}` },
      };
    }
    const args = parsed.data;
    // Everything the verb reads is asked at once: each answer waited for in turn costs a round
    // trip to the browser's IndexedDB backend (issue 18: a disposition made 19 in a row).
    const [state, [followUp, callingRules, client]] = await Promise.all([
      loadDeskState(db, verb.reads(args)),
      db.meta.bulkGet(['followUp', 'callingRules', 'clientId']),
    ]);
    // The organisation's follow-up setting (synced in meta), as the server applies it.
    const policy = desk.policy ?? followUpPolicyFrom(followUp?.value);
    // The organisation's calling rules (synced in meta), as the server applies them.
    const r = execute(verb, state, args, {
      ...desk,
      policy,
      callingRules: callingRulesFrom(callingRules?.value),
    });
    if (!r.ok) return r;
    await writeEffects(db, r.effects, state, () =>
      addToOutbox(db, verb.name, args, r.effects, at, client?.value),
    );
    return { ok: true, result: r.result, effects: r.effects };
  };
}

/** Runs one verb: its rows and its outbox entry together, or nothing at all. */
export function run<A, R, I>(
  desk: Desk,
  verb: Verb<A, R, I>,
  input: RunInput<I>,
): Promise<RunResult<R>> {
  const { db } = desk;
  // An async scope: Dexie keeps the transaction alive across native awaits only for those.
  return db.transaction('rw', [...effectTables(db), db.outbox], async () =>
    runner(desk)(verb, input),
  );
}

/**
 * Runs several verbs in one transaction (with `extra` tables for the caller's own records). A
 * refused verb throws VerbRefused out of `body`, which undoes every verb run before it.
 */
export function runTogether<T>(
  desk: Desk,
  body: (run: <A, R, I>(verb: Verb<A, R, I>, input: RunInput<I>) => Promise<R>) => Promise<T>,
  extra: readonly Table[] = [],
): Promise<T> {
  const { db } = desk;
  const once = runner(desk);
  return db.transaction('rw', [...effectTables(db), db.outbox, ...extra], async () =>
    body((verb, input) =>
      // A Dexie promise, not a native one: awaited later (an import parses the next part while
      // this one is written), it still resumes inside this transaction — a native promise's
      // continuation can run outside it, where Dexie opens a transaction of its own.
      Dexie.Promise.resolve(once(verb, input)).then((r) => {
        if (!r.ok) throw new VerbRefused(verb.name, r.error);
        return r.result;
      }),
    ),
  );
}
