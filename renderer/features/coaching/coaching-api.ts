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
import { errorBodySchema, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { NetworkError, SyncHttpError } from '../../sync/errors';
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
    return this.sync.withAccess(async (token, serverUrl) => {
      let res: Response;
      try {
        res = await fetch(`${serverUrl}${path}`, {
          method,
          headers: {
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
            authorization: `Bearer ${token}`,
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          cache: 'no-store',
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw new NetworkError(`${method} ${path}: ${String(error)}`, { cause: error });
      }
      if (!res.ok) {
        const parsed = errorBodySchema.safeParse(await res.json().catch(() => null));
        throw new SyncHttpError(
          res.status,
          parsed.success ? parsed.data.error : 'httpError',
          parsed.success ? parsed.data.message : `HTTP ${res.status}`,
        );
      }
      if (!schema) return undefined as z.infer<S>;
      return schema.parse(await res.json()) as z.infer<S>;
    });
  }
}
