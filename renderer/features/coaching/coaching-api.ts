// The live-coaching routes (server/routes/coaching.ts) as the desk calls them: answers validated
// with the contract's schemas, failures as SyncHttpError (its code translated by the panel) or
// NetworkError, the access token refreshed once when stale.
import type { z } from 'zod';
import {
  coachingInboxSchema,
  coachingStartedSchema,
  type CoachingInbox,
  type CoachingMode,
  type CoachingSignal,
  type CoachingStarted,
} from '../../../shared/recordings/protocol';
import { apiCall } from '../../sync/api-call';
import type { DeskSync } from '../../sync/desk-sync';

export class CoachingApi {
  constructor(private readonly sync: Pick<DeskSync, 'withAccess'>) {}

  start(agentId: string, mode: CoachingMode): Promise<CoachingStarted> {
    return this.call('POST', '/api/coaching', { agentId, mode }, coachingStartedSchema);
  }

  async signal(sessionId: string, signal: CoachingSignal): Promise<void> {
    await this.call('POST', `/api/coaching/${encodeURIComponent(sessionId)}/signal`, signal, null);
  }

  inbox(): Promise<CoachingInbox> {
    return this.call('GET', '/api/coaching/signals', undefined, coachingInboxSchema);
  }

  /** Ends the session; `callEnded`: the agent's desk ends it because its call ended. */
  async end(sessionId: string, callEnded = false): Promise<void> {
    const query = callEnded ? '?reason=callEnded' : '';
    await this.call(
      'DELETE',
      `/api/coaching/${encodeURIComponent(sessionId)}${query}`,
      undefined,
      null,
    );
  }

  private call<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    schema: S | null,
  ): Promise<z.infer<S>> {
    // Signalling waits on a live call: a slow answer is as good as none.
    return this.sync.withAccess((token, serverUrl) =>
      apiCall(serverUrl, method, path, { token, body, schema, timeoutMs: 15_000 }),
    );
  }
}
