// The resumable recording upload as a pure state machine (issue 13): which request the desk sends
// next, and what each answer (or its absence) means. No I/O and no clock: the uploader
// (renderer/features/recording/uploader.ts) performs the actions, waits the backoff the machine
// asks for and feeds the outcomes back. Every request is idempotent on the server (declaring the
// same recording again, storing a chunk it holds, completing a complete recording), so a lost or
// duplicated answer is always healed by sending again; a desk restarted mid-upload declares
// again and the server's status says which chunks it already holds.

export type UploadPhase =
  /** `PUT /api/recordings/:id` (declare, or re-declare after a restart): the status comes back. */
  | 'declare'
  /** Chunks the server does not hold yet, one at a time, in order. */
  | 'send'
  /** `POST /api/recordings/:id/complete`. */
  | 'complete'
  /** The server's file did not match the declared hash: hash the local pieces again (once). */
  | 'rehash'
  /** The server holds the whole recording: local pieces may go. */
  | 'done'
  /** The server refused the recording for good (reason says why); local pieces are kept. */
  | 'failed';

export type UploadState = {
  phase: UploadPhase;
  /** Number of chunks of the declared file. */
  chunks: number;
  /** Sequence numbers the server is known to hold (sorted, unique). */
  held: number[];
  /** Failures in a row (network, server busy): the next request waits its backoff first. */
  attempt: number;
  /** A 401: refresh the session before the next request. */
  refresh: boolean;
  /** The local pieces were hashed again once after a mismatch (never loop). */
  rehashed: boolean;
  /** Why it failed: a stable code the desk translates. */
  reason: string | null;
};

export type UploadAction =
  | { kind: 'declare' }
  | { kind: 'sendChunk'; seq: number }
  | { kind: 'complete' }
  | { kind: 'rehash' }
  | { kind: 'refresh' }
  | { kind: 'done' }
  | { kind: 'failed'; reason: string };

export type UploadEvent =
  /** The server's status (answer to a declaration): the chunks it holds, and if it is complete. */
  | { kind: 'status'; received: readonly number[]; complete: boolean }
  /** The server stored (or already held) chunk `seq`. */
  | { kind: 'chunkStored'; seq: number }
  /** The server assembled the file and its hash matched. */
  | { kind: 'completed' }
  /** 409 on complete: the server lacks these chunks. */
  | { kind: 'missingChunks'; seqs: readonly number[] }
  /** 422 on complete: the assembled file's hash is not the declared one. */
  | { kind: 'hashMismatch' }
  /**
   * The local pieces hashed again. Unchanged: the server's chunks differ from them, so every
   * chunk is sent again (the server lets a mismatched upload's chunks be replaced). Changed: the
   * desk's own copy no longer matches what it declared, and nothing sent can be trusted.
   */
  | { kind: 'rehashed'; changed: boolean }
  /** No answer, a cut-off answer, a 5xx / 429: try the same request again after a backoff. */
  | { kind: 'networkError' }
  /** 401: the access token is stale. */
  | { kind: 'unauthorized' }
  | { kind: 'refreshed' }
  /** A 4xx the desk cannot heal by sending again (too large, forbidden, malformed …). */
  | { kind: 'refused'; reason: string }
  /** The desk restarted (or was killed): nothing in memory survived but the declaration. */
  | { kind: 'restart' };

/** A recording declared with `chunks` chunks, nothing sent yet. */
export function initialUpload(chunks: number): UploadState {
  return {
    phase: 'declare',
    chunks,
    held: [],
    attempt: 0,
    refresh: false,
    rehashed: false,
    reason: null,
  };
}

/** What to do next (`done` and `failed` are final). */
export function nextAction(state: UploadState): UploadAction {
  if (state.phase === 'done') return { kind: 'done' };
  if (state.phase === 'failed') return { kind: 'failed', reason: state.reason ?? 'failed' };
  if (state.refresh) return { kind: 'refresh' };
  switch (state.phase) {
    case 'declare':
      return { kind: 'declare' };
    case 'rehash':
      return { kind: 'rehash' };
    case 'complete':
      return { kind: 'complete' };
    case 'send': {
      const seq = firstMissing(state);
      return seq === null ? { kind: 'complete' } : { kind: 'sendChunk', seq };
    }
  }
}

/** The state after `event` (an answer to the last action, or a restart). */
export function reduceUpload(state: UploadState, event: UploadEvent): UploadState {
  if (state.phase === 'done') return state;
  if (state.phase === 'failed' && event.kind !== 'restart') return state;
  const ok = { ...state, attempt: 0 };
  switch (event.kind) {
    case 'status': {
      if (event.complete) return { ...ok, phase: 'done', held: range(state.chunks) };
      const held = normalise(event.received, state.chunks);
      return { ...ok, held, phase: held.length === state.chunks ? 'complete' : 'send' };
    }
    case 'chunkStored': {
      const held = normalise([...state.held, event.seq], state.chunks);
      return { ...ok, held, phase: held.length === state.chunks ? 'complete' : 'send' };
    }
    case 'completed':
      return { ...ok, phase: 'done', held: range(state.chunks) };
    case 'missingChunks': {
      const missing = new Set(event.seqs);
      const held = state.held.filter((s) => !missing.has(s));
      // A server that says "missing" without naming any that are: ask for its status again.
      if (held.length === state.held.length) return { ...ok, phase: 'declare', held: [] };
      return { ...ok, held, phase: 'send' };
    }
    case 'hashMismatch':
      if (state.rehashed) return fail(state, 'hashMismatch');
      return { ...ok, phase: 'rehash' };
    case 'rehashed':
      if (event.changed) return fail(state, 'localChanged');
      return { ...ok, phase: 'send', held: [], rehashed: true };
    case 'networkError':
      return { ...state, attempt: state.attempt + 1 };
    case 'unauthorized':
      // A second 401 straight after a refresh: the session is over, not stale.
      if (state.refresh) return fail(state, 'sessionEnded');
      return { ...state, refresh: true };
    case 'refreshed':
      return { ...state, refresh: false };
    case 'refused':
      return fail(state, event.reason);
    case 'restart':
      // Declaring again is idempotent, and its answer says what the server already holds.
      return { ...initialUpload(state.chunks), rehashed: state.rehashed };
  }
}

/** The next chunk the server does not hold, or null. */
function firstMissing(state: UploadState): number | null {
  let expect = 0;
  for (const seq of state.held) {
    if (seq !== expect) break;
    expect += 1;
  }
  return expect < state.chunks ? expect : null;
}

function fail(state: UploadState, reason: string): UploadState {
  return { ...state, phase: 'failed', reason, refresh: false };
}

function normalise(seqs: readonly number[], chunks: number): number[] {
  return [...new Set(seqs)]
    .filter((s) => Number.isInteger(s) && s >= 0 && s < chunks)
    .sort((a, b) => a - b);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
