// Live pokes: every server process LISTENs on one channel; a push batch NOTIFYs once after it
// commits (any process, via PostgreSQL; PGlite delivers in-process), and each open event stream
// whose scope the change may touch gets a contentless "poke" to pull. An agent's change of state
// is a "presence" event instead, for the supervisors and administrators watching the wallboard.
import type { ServerResponse } from 'node:http';
import type { Db } from '../db/db';
import { parseLiveMessage, SYNC_CHANNEL, type Poke } from './poke';
import { scopeClass, type Caller } from './scope';

/**
 * What a stream is told: pull (`poke`), an agent's state changed (`presence`), or its person has
 * live-coaching news (`coach`, to that person's streams only).
 */
export type LiveEvent = 'poke' | 'presence' | 'coach';
type Subscriber = { caller: Caller; poke: (event: LiveEvent) => void; stream: ServerResponse };

export class PokeHub {
  private readonly subscribers = new Set<Subscriber>();
  private listening: Promise<() => Promise<void>> | null = null;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly onBadPayload: (payload: string) => void = () => undefined,
  ) {}

  /** LISTENs from the first event stream on (no listening connection while nobody watches). */
  listen(): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('The server is shutting down.'));
    this.listening ??= this.db
      .listen(
        SYNC_CHANNEL,
        (payload) => this.dispatch(payload, this.onBadPayload),
        // Notifications may have been lost while the listening connection was down.
        () => this.pokeAll(),
      )
      .catch((error: unknown) => {
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** Streams this process holds open for one session. */
  streamsOf(sessionId: string): number {
    let n = 0;
    for (const sub of this.subscribers) if (sub.caller.sessionId === sessionId) n++;
    return n;
  }

  subscribe(caller: Caller, stream: ServerResponse, poke: (event: LiveEvent) => void): () => void {
    const sub = { caller, poke, stream };
    this.subscribers.add(sub);
    return () => this.subscribers.delete(sub);
  }

  /** Whether a change described by `p` may concern this caller. */
  static concerns(caller: Caller, p: Poke): boolean {
    if (p.organisationId !== caller.organisationId) return false;
    // Only those who may open the wallboard watch agents' states.
    if (p.presence && scopeClass(caller.roles) === 'agent') return false;
    if (p.all || scopeClass(caller.roles) === 'admin') return true;
    if (p.users.includes(caller.userId)) return true;
    return caller.teamId !== null && p.teams.includes(caller.teamId);
  }

  /**
   * Pokes the streams a NOTIFY payload concerns, or closes those of ended sessions and users; a
   * payload that is neither goes to `onBadPayload`.
   */
  dispatch(payload: string, onBadPayload: (payload: string) => void = () => undefined): void {
    const message = parseLiveMessage(payload);
    if (!message) {
      onBadPayload(payload);
      return;
    }
    if (message.kind === 'ended') {
      const { endedSessions, endedUsers } = message.ended;
      for (const sub of [...this.subscribers]) {
        if (
          endedSessions.includes(sub.caller.sessionId) ||
          endedUsers.includes(sub.caller.userId)
        ) {
          // The desk reconnects, is refused (401 sessionEnded) and signs out.
          this.subscribers.delete(sub);
          sub.stream.end();
        }
      }
      return;
    }
    if (message.kind === 'coach') {
      const { organisationId, coachUser } = message.coach;
      for (const sub of this.subscribers)
        if (sub.caller.organisationId === organisationId && sub.caller.userId === coachUser)
          sub.poke('coach');
      return;
    }
    const p = message.poke;
    const event: LiveEvent = p.presence ? 'presence' : 'poke';
    for (const sub of this.subscribers) if (PokeHub.concerns(sub.caller, p)) sub.poke(event);
  }

  /** After notifications may have been lost: every stream pulls, and wallboards read again. */
  pokeAll(): void {
    for (const sub of this.subscribers) {
      sub.poke('poke');
      if (scopeClass(sub.caller.roles) !== 'agent') sub.poke('presence');
    }
  }

  /** Ends every open stream (server shutdown) and stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    for (const sub of this.subscribers) sub.stream.end();
    this.subscribers.clear();
    const stop = await this.listening?.catch(() => null);
    this.listening = null;
    await stop?.();
  }
}
