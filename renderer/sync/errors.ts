// What can go wrong talking to the sync server, sorted into what the engine does about it:
// retry later (network, 5xx, 429), refresh the session (401 tokenExpired), stop (426), or give up
// on one request (4xx).

/** The server answered with an error status; `code` is the stable `errorBodySchema.error`. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From `Retry-After` (429/503), in milliseconds. */
    readonly retryAfterMs: number | null = null,
    /** For 426: the protocol versions the server accepts. */
    readonly accepted: readonly number[] = [],
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** The server could not be reached (connection refused, DNS, timeout, aborted stream). */
export class NetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** The server answered 200 with a body that does not match the protocol. */
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/** Worth trying again later: the network, an overloaded or failing server. */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof SyncHttpError) {
    return error.status >= 500 || error.status === 429 || error.status === 408;
  }
  return false;
}

export function isUpgradeRequired(error: unknown): boolean {
  return error instanceof SyncHttpError && error.status === 426;
}

/** The session is over: sign in again (refresh refused, user disabled, signed out elsewhere). */
export function isSessionOver(error: unknown): boolean {
  return (
    error instanceof SyncHttpError &&
    (error.status === 401 || error.code === 'userDisabled') &&
    error.code !== 'tokenExpired' &&
    error.code !== 'badCredentials'
  );
}

/** `Retry-After` as milliseconds: delta seconds or an HTTP date; null when absent or bad. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * 409 `generationChanged`: the server's database was restored from a backup since this desk
 * last synced. Not a SyncHttpError on purpose — it is no refusal of the batch: the engine
 * re-syncs (generation.ts) and sends the batch again.
 */
export class GenerationChangedError extends Error {
  constructor(
    /** The server's generation now. */
    readonly generation: string,
    /** The last seq of this desk's pushes the restored database holds (0: none). */
    readonly ackedSeq: number,
    message: string,
  ) {
    super(message);
    this.name = 'GenerationChangedError';
  }
}
