import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  initialUpload,
  nextAction,
  reduceUpload,
  type UploadAction,
  type UploadEvent,
  type UploadState,
} from './upload-machine';

function run(state: UploadState, ...events: UploadEvent[]): UploadState {
  return events.reduce(reduceUpload, state);
}

describe('upload machine', () => {
  it('declares, sends every chunk in order, completes, and is done', () => {
    let s = initialUpload(3);
    const actions: UploadAction[] = [];
    const answer = (a: UploadAction): UploadEvent => {
      if (a.kind === 'declare') return { kind: 'status', received: [], complete: false };
      if (a.kind === 'sendChunk') return { kind: 'chunkStored', seq: a.seq };
      return { kind: 'completed' };
    };
    for (let a = nextAction(s); a.kind !== 'done'; a = nextAction(s)) {
      actions.push(a);
      s = reduceUpload(s, answer(a));
    }
    expect(actions).toEqual([
      { kind: 'declare' },
      { kind: 'sendChunk', seq: 0 },
      { kind: 'sendChunk', seq: 1 },
      { kind: 'sendChunk', seq: 2 },
      { kind: 'complete' },
    ]);
  });

  it('after a restart sends only what the server does not hold', () => {
    const s = run(
      initialUpload(4),
      { kind: 'restart' },
      {
        kind: 'status',
        received: [0, 2, 2, 9],
        complete: false,
      },
    );
    expect(s.held).toEqual([0, 2]);
    expect(nextAction(s)).toEqual({ kind: 'sendChunk', seq: 1 });
    expect(nextAction(run(s, { kind: 'chunkStored', seq: 1 }))).toEqual({
      kind: 'sendChunk',
      seq: 3,
    });
  });

  it('a recording the server already completed is done at once (killed after complete)', () => {
    const s = run(initialUpload(5), { kind: 'status', received: [], complete: true });
    expect(nextAction(s)).toEqual({ kind: 'done' });
  });

  it('counts network failures for the backoff and resets after an answer', () => {
    let s = run(initialUpload(2), { kind: 'networkError' }, { kind: 'networkError' });
    expect(s.attempt).toBe(2);
    expect(nextAction(s)).toEqual({ kind: 'declare' });
    s = reduceUpload(s, { kind: 'status', received: [], complete: false });
    expect(s.attempt).toBe(0);
  });

  it('refreshes the session on a 401 and retries; a second 401 in a row ends it', () => {
    let s = run(initialUpload(2), { kind: 'status', received: [], complete: false });
    s = reduceUpload(s, { kind: 'unauthorized' });
    expect(nextAction(s)).toEqual({ kind: 'refresh' });
    s = reduceUpload(s, { kind: 'refreshed' });
    expect(nextAction(s)).toEqual({ kind: 'sendChunk', seq: 0 });
    s = run(s, { kind: 'unauthorized' }, { kind: 'unauthorized' });
    expect(nextAction(s)).toEqual({ kind: 'failed', reason: 'sessionEnded' });
  });

  it('a refusal fails with its reason and ignores late answers', () => {
    const s = run(
      initialUpload(2),
      { kind: 'refused', reason: 'recordingTooLarge' },
      { kind: 'completed' },
    );
    expect(nextAction(s)).toEqual({ kind: 'failed', reason: 'recordingTooLarge' });
    // The next start tries again (the reason may have been passing, like an ended session).
    expect(nextAction(reduceUpload(s, { kind: 'restart' }))).toEqual({ kind: 'declare' });
  });

  it('resends the chunks a 409 names as missing', () => {
    const s = run(
      initialUpload(3),
      { kind: 'status', received: [0, 1, 2], complete: false },
      { kind: 'missingChunks', seqs: [1] },
    );
    expect(nextAction(s)).toEqual({ kind: 'sendChunk', seq: 1 });
    expect(nextAction(run(s, { kind: 'chunkStored', seq: 1 }))).toEqual({ kind: 'complete' });
  });

  it('a 409 naming nothing it lacks asks the server for its status again', () => {
    const s = run(
      initialUpload(2),
      { kind: 'status', received: [0, 1], complete: false },
      { kind: 'missingChunks', seqs: [] },
    );
    expect(nextAction(s)).toEqual({ kind: 'declare' });
  });

  it('a hash mismatch re-hashes the local data once and, unchanged, sends every chunk again', () => {
    let s = run(
      initialUpload(2),
      { kind: 'status', received: [0, 1], complete: false },
      { kind: 'hashMismatch' },
    );
    expect(nextAction(s)).toEqual({ kind: 'rehash' });
    s = reduceUpload(s, { kind: 'rehashed', changed: false });
    expect(nextAction(s)).toEqual({ kind: 'sendChunk', seq: 0 });
    s = run(s, { kind: 'chunkStored', seq: 0 }, { kind: 'chunkStored', seq: 1 });
    expect(nextAction(s)).toEqual({ kind: 'complete' });
    // A second mismatch does not loop.
    s = run(s, { kind: 'hashMismatch' });
    expect(nextAction(s)).toEqual({ kind: 'failed', reason: 'hashMismatch' });
  });

  it('a hash mismatch where the desk’s own copy changed fails clearly', () => {
    const s = run(initialUpload(1), { kind: 'hashMismatch' }, { kind: 'rehashed', changed: true });
    expect(nextAction(s)).toEqual({ kind: 'failed', reason: 'localChanged' });
  });
});

// A model of the server's idempotent upload routes, counting what has an effect.
type ModelServer = {
  declared: boolean;
  stored: Map<number, number>;
  completes: number;
};

type Fault = 'ok' | 'lostRequest' | 'lostResponse' | 'duplicate' | 'restart' | 'unauthorized';

function serve(server: ModelServer, chunks: number, action: UploadAction): UploadEvent {
  switch (action.kind) {
    case 'declare':
      server.declared = true;
      return {
        kind: 'status',
        received: [...server.stored.keys()],
        complete: server.completes > 0,
      };
    case 'sendChunk':
      if (!server.stored.has(action.seq)) server.stored.set(action.seq, 1);
      return { kind: 'chunkStored', seq: action.seq };
    case 'complete': {
      const missing = Array.from({ length: chunks }, (_, i) => i).filter(
        (i) => !server.stored.has(i),
      );
      if (missing.length > 0) return { kind: 'missingChunks', seqs: missing };
      if (server.completes === 0) server.completes = 1;
      return { kind: 'completed' };
    }
    default:
      throw new Error(`not a server request: ${action.kind}`);
  }
}

describe('upload machine under faults (property)', () => {
  it('any mix of lost, duplicated answers and restarts ends with each chunk held once, completed once', () => {
    const fault = fc.constantFrom<Fault>(
      'ok',
      'lostRequest',
      'lostResponse',
      'duplicate',
      'restart',
      'unauthorized',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fault, { maxLength: 80 }),
        (n, faults) => {
          const server: ModelServer = { declared: false, stored: new Map(), completes: 0 };
          let s = initialUpload(n);
          let steps = 0;
          let i = 0;
          for (let a = nextAction(s); a.kind !== 'done'; a = nextAction(s)) {
            steps += 1;
            if (steps > 4 * (n + faults.length) + 10) throw new Error('no progress');
            if (a.kind === 'failed') throw new Error(`failed: ${a.reason}`);
            if (a.kind === 'refresh') {
              s = reduceUpload(s, { kind: 'refreshed' });
              continue;
            }
            const f = faults[i++] ?? 'ok';
            // Nothing a server request touches may run before the recording is declared.
            if (a.kind !== 'declare') expect(server.declared).toBe(true);
            if (f === 'lostRequest') s = reduceUpload(s, { kind: 'networkError' });
            else if (f === 'unauthorized') s = reduceUpload(s, { kind: 'unauthorized' });
            else {
              const answer = serve(server, n, a);
              if (f === 'duplicate') s = reduceUpload(s, serve(server, n, a));
              if (f === 'lostResponse') s = reduceUpload(s, { kind: 'networkError' });
              else if (f === 'restart') s = reduceUpload(s, { kind: 'restart' });
              else s = reduceUpload(s, answer);
            }
          }
          expect([...server.stored.keys()].sort((a, b) => a - b)).toEqual(
            Array.from({ length: n }, (_, k) => k),
          );
          expect([...server.stored.values()].every((c) => c === 1)).toBe(true);
          expect(server.completes).toBe(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never sends a chunk it was told the server holds, unless the server said it lacks it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 9 })),
        (n, received) => {
          let s = reduceUpload(initialUpload(n), {
            kind: 'status',
            received,
            complete: false,
          });
          const held = new Set(received.filter((r) => r < n));
          const sent: number[] = [];
          for (let a = nextAction(s); a.kind === 'sendChunk'; a = nextAction(s)) {
            sent.push(a.seq);
            s = reduceUpload(s, { kind: 'chunkStored', seq: a.seq });
          }
          expect(sent.some((seq) => held.has(seq))).toBe(false);
          expect(sent.length + held.size).toBe(n);
          expect(nextAction(s)).toEqual({ kind: 'complete' });
        },
      ),
    );
  });
});
