// One simulated desk's connection: the real desk sync engine (renderer/sync) on a Dexie database,
// talking to the server through an injected fetch (the fault proxy, an offline switch).
import type { DeskDatabase } from '../../../renderer/db/schema';
import { clientId } from '../../../renderer/db/outbox';
import { AuthSession, memoryTokenStore } from '../../../renderer/sync/auth';
import { SyncEngine } from '../../../renderer/sync/engine';
import { HttpTransport, type FetchLike } from '../../../renderer/sync/transport';
import type { PresenceInput } from '../../../shared/domain/telephony';

export type SyncDriver = {
  signIn(email: string, password: string): Promise<void>;
  /** One full cycle (push everything, pull until done): what moved; rejects on failure. */
  sync(): Promise<{ pushed: number; pulled: number }>;
  engine: SyncEngine;
  /** Reports the agent's state, as the desk's presence reporter does. */
  presence(input: PresenceInput): Promise<void>;
  close(): Promise<void>;
};

export function createSyncDriver(options: {
  db: DeskDatabase;
  baseUrl: string;
  fetch: FetchLike;
  timeoutMs?: number;
  pullLimit?: number;
  /** Read the live event stream (only once `engine.start()` runs the loop). */
  live?: boolean;
}): SyncDriver {
  const { db } = options;
  const transport = new HttpTransport({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 20_000,
  });
  // Each desk its own lock name: the in-process mutex is keyed by it.
  const auth = new AuthSession(transport, memoryTokenStore(), `sim-auth:${db.name}`);
  const engine = new SyncEngine({
    db,
    auth,
    live: options.live ?? false,
    events: null,
    isOnline: () => true,
    ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
    // Live tests: retry fast, poll rarely (pokes must do the work).
    backoff: { baseMs: 50, capMs: 500 },
    pushDebounceMs: 20,
  });
  return {
    engine,
    async signIn(email, password) {
      await auth.signIn(email, password, await clientId(db));
    },
    async sync() {
      const outboxBefore = await db.outbox.count();
      const pulledBefore = engine.status.pulledRows;
      await engine.syncNow();
      const outboxAfter = await db.outbox.count();
      return {
        pushed: Math.max(0, outboxBefore - outboxAfter),
        pulled: engine.status.pulledRows - pulledBefore,
      };
    },
    presence: (input) => auth.authorized((t) => transport.putPresence(t, input)),
    close: () => engine.stop(),
  };
}
