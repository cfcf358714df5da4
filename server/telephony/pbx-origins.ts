// The PBX addresses the web client may open a WebSocket to: the organisations' configured
// wss:// URLs and no other, so the page's Content-Security-Policy stays `connect-src 'self'` plus
// exactly those. Kept in memory, reloaded after a change here and at most a minute late after a
// change made through another server process.
import type { Queryable } from '../db/db';

const MAX_AGE_MS = 60_000;

export class PbxOrigins {
  private origins: readonly string[] = [];
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  /** The origins as last loaded (starting a reload in the background when they are old). */
  list(): readonly string[] {
    if (this.now() - this.loadedAt > MAX_AGE_MS) void this.reload().catch(() => undefined);
    return this.origins;
  }

  reload(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const { rows } = await this.db.query<{ url: string | null }>(
          `SELECT data->>'wssUrl' AS url FROM telephony_settings
           UNION SELECT wss_url FROM sip_accounts WHERE wss_url IS NOT NULL`,
        );
        this.origins = originsOf(rows.map((r) => r.url));
        this.loadedAt = this.now();
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }
}

/** `ws(s)://host[:port]` of each valid URL, deduplicated and sorted. */
export function originsOf(urls: readonly (string | null)[]): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    if (!u) continue;
    try {
      const url = new URL(u);
      if (url.protocol === 'wss:' || url.protocol === 'ws:')
        out.add(`${url.protocol}//${url.host}`);
    } catch {
      // Not a URL: the settings schema never stores one, so nothing to allow.
    }
  }
  return [...out].sort();
}
