// What the server holds, read through its own API (never through the fault proxy): a user's
// whole scope from cursor null, as a desk signing in for the first time would get it.
import { randomUUID } from 'node:crypto';
import { HttpTransport } from '../../../renderer/sync/transport';
import type { Activity, Lead } from '../../../shared/domain/lead';
import { DEMO_PASSWORD } from '../../../shared/demo/credentials';

export type Truth = {
  leads: Map<string, Lead>;
  activities: Map<string, Activity>;
  /** Activity ids the snapshot listed more than once (a double insert would show here). */
  duplicateActivities: string[];
  users: number;
  teams: number;
};

/** Signs in as `email` with a fresh client id and pulls the whole scope from cursor null. */
export async function serverTruth(baseUrl: string, email: string): Promise<Truth> {
  const transport = new HttpTransport({ baseUrl, timeoutMs: 60_000 });
  const session = await transport.signIn({
    email,
    password: DEMO_PASSWORD,
    clientId: randomUUID(),
  });
  const truth: Truth = {
    leads: new Map(),
    activities: new Map(),
    duplicateActivities: [],
    users: 0,
    teams: 0,
  };
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const res = await transport.pull(session.accessToken, { cursor, limit: 5000 });
    for (const c of res.changes) {
      if (c.kind === 'lead') truth.leads.set(c.row.id, c.row);
      else if (c.kind === 'activity') {
        if (seen.has(c.row.id)) truth.duplicateActivities.push(c.row.id);
        seen.add(c.row.id);
        truth.activities.set(c.row.id, c.row);
      } else if (c.kind === 'tombstone' && c.entity === 'lead') {
        truth.leads.delete(c.id);
        // As a desk does: the person's own activities stay (server/sync/pull.ts activityScopeSql).
        for (const [id, a] of truth.activities)
          if (a.leadId === c.id && a.agentId !== session.user.id) truth.activities.delete(id);
      } else if (c.kind === 'user') truth.users++;
      else if (c.kind === 'team') truth.teams++;
    }
    cursor = res.cursor;
    if (!res.more) break;
  }
  await transport.signOut(session.accessToken, session.refreshToken).catch(() => undefined);
  return truth;
}
