// Uploads the desk's sealed recordings to the server, one after another (issue 13), driving the
// pure upload machine (shared/recordings/upload-machine.ts) over HTTP: declare, the chunks the
// server lacks (each with its SHA-256), complete. Runs while signed in; woken at start (a desk
// killed mid-upload resumes), after each sealed recording and when the network comes back;
// waits a jittered backoff after a failure. Local pieces go only when the server says complete.
import {
  CHUNK_HASH_HEADER,
  uploadStatusSchema,
  type RecordingDeclaration,
} from '../../../shared/recordings/protocol';
import { sha256Hex } from '../../../shared/recordings/sha256';
import {
  initialUpload,
  nextAction,
  reduceUpload,
  type UploadAction,
  type UploadEvent,
} from '../../../shared/recordings/upload-machine';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import type { DeskDatabase } from '../../db/schema';
import { backoffDelay } from '../../sync/backoff';
import { SyncHttpError } from '../../sync/errors';
import { normaliseServerUrl } from '../../sync/transport';
import {
  hashRecording,
  markUploaded,
  noteUploadError,
  chunkReader,
  sealRecording,
  waitingRecordings,
} from './recording-store';

export type WithAccess = <T>(
  request: (token: string, serverUrl: string) => Promise<T>,
) => Promise<T>;

export type UploaderDeps = {
  db: DeskDatabase;
  withAccess: WithAccess;
  /** The recording the recorder is still writing (not to be sealed from here). */
  isRecording: (id: string) => boolean;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  /** Backoff ceilings (default 1 s doubling to 30 s). */
  backoff?: { baseMs: number; capMs: number };
};

/** How one request ended, before the machine reads it. */
type Answer = { status: number; body: unknown };

/** Codes worth showing while the upload keeps trying (the server's disk is full). */
const SHOWN_WHILE_RETRYING = new Set(['storageFull']);

export class RecordingUploader {
  private running = false;
  private stopped = false;
  private wake: (() => void) | null = null;
  private again = false;
  private readonly fetchFn: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly deps: UploaderDeps) {
    this.fetchFn = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = deps.now ?? Date.now;
  }

  /** Something may be waiting (start, a sealed recording, back online): upload it. */
  kick(): void {
    if (this.stopped) return;
    this.again = true;
    this.wake?.();
    if (!this.running) void this.loop();
  }

  /** Resolves when the queue is empty (or the uploader stopped). */
  async idle(): Promise<void> {
    while (this.running) await new Promise((r) => setTimeout(r, 50));
  }

  /** Signed out or closing: stop after the request in flight. */
  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      while (this.again && !this.stopped) {
        this.again = false;
        for (const row of await waitingRecordings(this.deps.db)) {
          if (this.stopped) return;
          if (row.status === 'recording') {
            // A desk killed during a call: what it stored is sealed and sent.
            if (this.deps.isRecording(row.id)) continue;
            const sealed = await sealRecording(this.deps.db, row.id, this.now());
            if (sealed?.status !== 'sealed' || !sealed.declaration) continue;
            await this.upload(row.id, sealed.declaration);
          } else if (row.declaration) {
            await this.upload(row.id, row.declaration);
          }
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** Runs one recording's upload to its end (done, failed, or the desk stopping). */
  private async upload(id: string, declaration: RecordingDeclaration): Promise<void> {
    let state = initialUpload(declaration.chunks);
    // The pieces are laid out once per upload, on the first chunk sent.
    let reader: Promise<(seq: number) => Promise<Uint8Array>> | null = null;
    const read = (seq: number) => (reader ??= chunkReader(this.deps.db, id)).then((r) => r(seq));
    for (;;) {
      if (this.stopped) return;
      const action = nextAction(state);
      if (action.kind === 'done') {
        await markUploaded(this.deps.db, id, this.now());
        return;
      }
      if (action.kind === 'failed') {
        await noteUploadError(this.deps.db, id, action.reason, true, this.now());
        return;
      }
      if (state.attempt > 0) await this.sleep(backoffDelay(state.attempt - 1, null, this.opts()));
      if (this.stopped) return;
      const event = await this.perform(id, declaration, action, read);
      const shown = event.kind === 'refused' ? null : this.lastCode;
      if (shown !== undefined)
        await noteUploadError(this.deps.db, id, shown, false, this.now()).catch(() => undefined);
      this.lastCode = undefined;
      state = reduceUpload(state, event);
    }
  }

  /** A code to note on the row after this request (null clears it; undefined leaves it). */
  private lastCode: string | null | undefined = undefined;

  private opts() {
    return {
      baseMs: 1_000,
      capMs: 30_000,
      ...(this.deps.random ? { random: this.deps.random } : {}),
    };
  }

  private async perform(
    id: string,
    declaration: RecordingDeclaration,
    action: UploadAction,
    read: (seq: number) => Promise<Uint8Array>,
  ): Promise<UploadEvent> {
    const path = `/api/recordings/${encodeURIComponent(id)}`;
    switch (action.kind) {
      case 'declare': {
        const a = await this.request('PUT', path, JSON.stringify(declaration), {
          'content-type': 'application/json',
        });
        if (a.status !== 200) return this.failure(a);
        const status = uploadStatusSchema.safeParse(a.body);
        if (!status.success) return { kind: 'networkError' };
        this.lastCode = null;
        return { kind: 'status', received: status.data.received, complete: status.data.complete };
      }
      case 'sendChunk': {
        const bytes = await read(action.seq);
        const a = await this.request('PUT', `${path}/chunks/${action.seq}`, bytes, {
          'content-type': 'application/octet-stream',
          [CHUNK_HASH_HEADER]: sha256Hex(bytes),
        });
        if (a.status === 200) return { kind: 'chunkStored', seq: action.seq };
        // Damaged on the way: send it again.
        if (a.status === 422) return { kind: 'networkError' };
        return this.failure(a);
      }
      case 'complete': {
        const a = await this.request('POST', `${path}/complete`, '{}', {
          'content-type': 'application/json',
        });
        if (a.status === 200) return { kind: 'completed' };
        const body = a.body as { error?: string; missing?: unknown } | null;
        if (a.status === 409 && body?.error === 'missingChunks')
          return {
            kind: 'missingChunks',
            seqs: Array.isArray(body.missing) ? body.missing.filter(Number.isInteger) : [],
          };
        if (a.status === 422 && body?.error === 'hashMismatch') return { kind: 'hashMismatch' };
        return this.failure(a);
      }
      case 'rehash': {
        const { size, sha256 } = await hashRecording(this.deps.db, id);
        return {
          kind: 'rehashed',
          changed: size !== declaration.size || sha256 !== declaration.sha256,
        };
      }
      case 'refresh':
        // withAccess refreshes a stale token itself; a 401 that survives it waits a moment.
        await this.sleep(1_000);
        return { kind: 'refreshed' };
      case 'done':
      case 'failed':
        throw new Error(`not a request: ${action.kind}`);
    }
  }

  private failure(a: Answer): UploadEvent {
    const code = (a.body as { error?: unknown } | null)?.error;
    const reason = typeof code === 'string' ? code : `http${a.status}`;
    if (a.status === 0 || a.status >= 500 || a.status === 429 || a.status === 408) {
      if (SHOWN_WHILE_RETRYING.has(reason)) this.lastCode = reason;
      return { kind: 'networkError' };
    }
    if (a.status === 401) return { kind: 'unauthorized' };
    return { kind: 'refused', reason };
  }

  /** One request with the session's token (refreshed once when stale); status 0: no answer. */
  private async request(
    method: 'PUT' | 'POST',
    path: string,
    body: string | Uint8Array,
    headers: Record<string, string>,
  ): Promise<Answer> {
    try {
      return await this.deps.withAccess(async (token, serverUrl) => {
        const res = await this.fetchFn(`${normaliseServerUrl(serverUrl)}${path}`, {
          method,
          headers: {
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
            authorization: `Bearer ${token}`,
            ...headers,
          },
          body: body as BodyInit,
          cache: 'no-store',
          signal: AbortSignal.timeout(60_000),
        });
        const parsed: unknown = await res.json().catch(() => null);
        const code = (parsed as { error?: unknown } | null)?.error;
        // A stale token: the session refreshes it and this request runs once more.
        if (res.status === 401 && code === 'tokenExpired')
          throw new SyncHttpError(401, 'tokenExpired', 'Access token expired.');
        return { status: res.status, body: parsed };
      });
    } catch (error) {
      if (error instanceof SyncHttpError && error.status === 401)
        return { status: 401, body: { error: error.code } };
      // No answer (offline, the connection cut, a timeout), or no session to ask with.
      return { status: 0, body: null };
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      // A kick (back online, a new recording) cuts the wait short.
      this.wake = done;
    });
  }
}
