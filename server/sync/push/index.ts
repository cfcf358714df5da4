// Push: applies a desk's outbox batch exactly once, in order, in ONE transaction with the desk's
// last applied seq — decode (verb and arguments), authorise (roles), load (the rows the verbs
// read, leads locked), apply (each verb on the server's rows, the desk's effects checked against
// the result), write (set-based). A refused mutation has no effect at all; its seq still
// advances. server/README.md "Sync protocol" explains the rules.
import type { Db, Queryable } from '../../db/db';
import { generationChanged, sameGeneration } from '../../db/generation';
import { noteRowsCreated } from '../../db/statistics';
import { invalidRequest } from '../../errors';
import { followUpPolicyFrom } from '../../../shared/domain/follow-up';
import { callingRulesFrom } from '../../../shared/domain/calling-rules';
import { mergeReads } from '../../../shared/mutations/state';
import type { PushRequest, PushResponse, RejectionReason } from '../../../shared/sync/protocol';
import { ORGANISATION_COLUMNS, wireOrganisation, type OrganisationRow } from '../rows';
import type { Caller } from '../scope';
import { applyMutation, emptyChanges } from './apply';
import { actorOf, authorise } from './authorise';
import { decode, type Decoded } from './decode';
import { loadState } from './load';
import { isRefusal, type Refusal } from './refusal';
import { writeChanges } from './write';
import { pokePayload, SYNC_CHANNEL, type Poke } from '../poke';

const RETRYABLE = new Set(['40P01', '40001', '23505']);

type HeadRow = OrganisationRow & {
  last_seq: string;
  generation: string | null;
  follow_up: { value?: unknown } | null;
  calling_rules: { value?: unknown } | null;
};

const HEAD_SQL = `WITH cursor AS (
    INSERT INTO client_cursors (user_id, client_id) VALUES ($1, $2)
    ON CONFLICT (user_id, client_id) DO UPDATE SET updated_at = now()
    RETURNING last_seq)
  SELECT cursor.last_seq,
         (SELECT value FROM server_settings WHERE key = 'generation') AS generation,
         (SELECT data FROM settings WHERE organisation_id = $3 AND key = 'followUp') AS follow_up,
         (SELECT data FROM settings WHERE organisation_id = $3 AND key = 'callingRules') AS calling_rules,
         ${ORGANISATION_COLUMNS}
    FROM cursor, organisations WHERE organisations.id = $3`;

const FINISH_SQL = `WITH cursor AS (
    UPDATE client_cursors SET last_seq = $3, updated_at = now() WHERE user_id = $1 AND client_id = $2),
  refused AS (
    INSERT INTO push_rejections (user_id, client_id, seq, reason, detail)
    SELECT $1, $2, seq, reason, detail
      FROM jsonb_to_recordset($4::jsonb) AS v(seq bigint, reason text, detail text)
    ON CONFLICT DO NOTHING)
  SELECT pg_notify($5, $6) WHERE $6::text IS NOT NULL`;
const MAX_ATTEMPTS = 5;

/**
 * Applies the batch. Throws HttpError 400 for a malformed batch (nothing written); per-mutation
 * problems come back in `rejected`.
 */
export async function push(
  db: Db,
  caller: Caller,
  request: PushRequest,
  ip: string | null = null,
): Promise<PushResponse> {
  let prev = 0;
  for (const m of request.mutations) {
    if (m.seq <= prev)
      throw invalidRequest(`Mutation seqs must increase strictly (${m.seq} after ${prev}).`);
    prev = m.seq;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const { response, created } = await db.transaction((tx) =>
        applyBatch(tx, caller, request, ip),
      );
      // Committed: a big import gets fresh planner statistics (db/statistics.ts), in the
      // background, after this transaction.
      noteRowsCreated(db, created);
      return response;
    } catch (error) {
      // A deadlock, or two desks creating the same row at once: run the batch again.
      const code = (error as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

async function applyBatch(
  tx: Queryable,
  caller: Caller,
  request: PushRequest,
  ip: string | null,
): Promise<{ response: PushResponse; created: number }> {
  const { clientId } = request;
  // One round trip before any verb runs: the desk's cursor (locked for the batch), the server
  // generation, the organisation its verbs need (timezone, calling hours) and its follow-up and
  // calling-rule settings.
  const { rows: cur } = await tx.query<HeadRow>(
    HEAD_SQL,
    [caller.userId, clientId, caller.organisationId],
    { name: 'push.head' },
  );
  const row = cur[0];
  if (!row) throw new Error(`No organisation ${caller.organisationId}`);
  const lastSeq = Number(row.last_seq);
  // A desk that synced with another generation (the database was restored under it) must learn
  // what the database still holds of its pushes before anything of its is applied (the
  // transaction, its cursor write included, is rolled back).
  if (!sameGeneration(request.generation, row.generation))
    throw generationChanged(row.generation, lastSeq);
  const maxSeq = request.mutations.at(-1)?.seq ?? 0;
  const pending = request.mutations.filter((m) => m.seq > lastSeq);
  const replayed = request.mutations.filter((m) => m.seq <= lastSeq).map((m) => m.seq);

  const rejected: PushResponse['rejected'] = [];
  if (replayed.length > 0) {
    // Already applied: no second effect, but the same answer as the first time.
    const { rows } = await tx.query<{ seq: string; reason: RejectionReason; detail: string }>(
      `SELECT seq, reason, detail FROM push_rejections
        WHERE user_id = $1 AND client_id = $2 AND seq = ANY($3::bigint[]) ORDER BY seq`,
      [caller.userId, clientId, replayed],
      { name: 'push.replayed' },
    );
    for (const r of rows) rejected.push({ seq: Number(r.seq), reason: r.reason, detail: r.detail });
  }
  if (pending.length === 0)
    return { response: { ackedSeq: Math.max(lastSeq, maxSeq), rejected }, created: 0 };

  const actor = actorOf(caller);
  const fresh: Refusal[] = [];
  const runnable: Decoded[] = [];
  for (const m of pending) {
    const d = decode(m);
    if (isRefusal(d)) {
      fresh.push(d);
      continue;
    }
    const refused = authorise(d, actor);
    if (refused) fresh.push(refused);
    else runnable.push(d);
  }

  let created = 0;
  let poke: Poke | null = null;
  if (runnable.length > 0) {
    const reads = mergeReads(runnable.map((d) => d.verb.reads(d.args)));
    const loaded = await loadState(tx, caller.organisationId, reads);
    const organisation = wireOrganisation(row);
    const changes = emptyChanges();
    // The organisation's follow-up setting (the re-call delay), as the desk applied it.
    const policy = followUpPolicyFrom(row.follow_up?.value);
    // The organisation's calling rules, as the desk applied them (its calling window when unset).
    const callingRules = callingRulesFrom(row.calling_rules?.value);
    const ctx = { actor, organisation, policy, callingRules, clientId, ip };
    for (const d of runnable) {
      const refused = applyMutation(loaded, changes, d, ctx);
      if (refused) fresh.push(refused);
    }
    ({ created, poke } = await writeChanges(tx, caller.organisationId, loaded, changes));
  }
  fresh.sort((a, b) => a.seq - b.seq);
  // One round trip to finish: the refusals kept for a resent batch, the desk's cursor, and the
  // poke that goes out when the transaction commits.
  await tx.query(
    FINISH_SQL,
    [
      caller.userId,
      clientId,
      maxSeq,
      JSON.stringify(fresh),
      SYNC_CHANNEL,
      poke === null ? null : pokePayload(poke),
    ],
    { name: 'push.finish' },
  );
  return { response: { ackedSeq: maxSeq, rejected: [...rejected, ...fresh] }, created };
}
