// Where the desk may reach: the sync servers it is configured for or signed in to, their PBXs'
// WebSocket addresses, and a short list of web hosts it may hand to the browser. The app page's
// connect-src and `openExternal` are both cut from it, so neither allows "any https host".
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isAllowedExternalUrl } from '../../shared/ipc/external-url';

/** What the desk may reach; every entry exact (origins `scheme://host[:port]`, hosts lower case). */
export type DeskPolicy = {
  /** Sync servers: the configured one and those the person signed in to from this desk. */
  serverOrigins: readonly string[];
  /** The PBXs' WebSocket origins, as the sync servers publish them (their own CSP). */
  pbxOrigins: readonly string[];
  /** Web hosts (https only) the desk may open in the browser. */
  externalHosts: readonly string[];
};

/** The product's help site (package.json `homepage`); more come from the configuration. */
export const DEFAULT_EXTERNAL_HOSTS: readonly string[] = ['salesdesk.example'];

/** How many servers signed in to from the form are remembered; the oldest goes first. */
export const MAX_REMEMBERED_SERVERS = 5;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * `scheme://host[:port]` of a sync server address the desk may use — https anywhere, plain http
 * only on this machine, no credentials — or null.
 */
export function serverOriginOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))
    return url.origin;
  return null;
}

/** `ws(s)://host[:port]` of a PBX address, or null. */
function pbxOriginOf(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'wss:' && url.protocol !== 'ws:') return null;
    if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
    return `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
}

/** A host name as configured (`help.example.com`), lower-cased, or null when it is not one. */
function hostOf(raw: string): string | null {
  const host = raw.trim().toLowerCase();
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(host)
    ? host
    : null;
}

const unique = (values: readonly (string | null)[]): string[] =>
  [...new Set(values.filter((v): v is string => v !== null))].sort();

/**
 * The PBX WebSocket origins a sync server's Content-Security-Policy allows (its connect-src):
 * the server lists exactly the organisations' configured PBX addresses there.
 */
export function pbxOriginsFromCsp(header: string | null): string[] {
  if (!header) return [];
  for (const directive of header.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === 'connect-src') return unique(sources.map(pbxOriginOf));
  }
  return [];
}

/**
 * The app page's Content-Security-Policy. MUI/emotion inject <style> tags, hence 'unsafe-inline'
 * for styles only; the page may connect to its own origin, the sync servers of `policy` and their
 * PBXs' WebSockets, and nothing else. The far end's audio plays from a MediaStream.
 */
export function appContentSecurityPolicy(policy: Pick<DeskPolicy, 'serverOrigins' | 'pbxOrigins'>) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...unique([...policy.serverOrigins, ...policy.pbxOrigins])].join(' '),
    "media-src 'self' blob: mediastream:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * May the desk hand `url` to the operating system? A `tel:`/`sip:`/`callto:` number (click-to-call)
 * and a `mailto:`/`sms:`/`whatsapp:` message always; an https page only on a sync server of the
 * policy, wa.me, or an allow-listed host (exact host, default port). Everything
 * `isAllowedExternalUrl` refuses stays refused.
 */
export function mayOpenExternal(url: string, policy: DeskPolicy): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') return true;
  if (policy.serverOrigins.includes(parsed.origin)) return true;
  // WhatsApp's own link to a chat (renderer/features/messages): the agent writes to a lead.
  if (parsed.hostname === 'wa.me' && parsed.port === '') return true;
  return parsed.port === '' && policy.externalHosts.includes(parsed.hostname.toLowerCase());
}

/** The deployment configuration: `desk-config.json` in the user-data folder, written by IT. */
export type DeskConfigFile = { serverUrls?: unknown; externalHosts?: unknown };

/** What the desk learned itself: `desk-servers.json`, written by the app only. */
type LearnedFile = { servers: string[]; pbxOrigins: Record<string, string[]> };

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export type DeskPolicySources = {
  /** The server given with --server-url or SALESDESK_URL, if any. */
  serverUrl: string | null;
  env: Record<string, string | undefined>;
  /** `<userData>/desk-config.json` (IT's, read only). */
  configFile: string;
  /** `<userData>/desk-servers.json` (the app's). */
  learnedFile: string;
  /** Fetches a server's /api/sync/info (Electron's net.fetch; tests pass their own). */
  fetch?: (url: string, init: { signal: AbortSignal }) => Promise<{ headers: Headers }>;
};

/**
 * The desk's policy, from the command line, the environment (SALESDESK_EXTERNAL_HOSTS), IT's
 * `desk-config.json` and what the desk learned (servers signed in to, their PBX addresses).
 */
export class DeskPolicyStore {
  private readonly configured: { servers: string[]; hosts: string[] };
  private learned: LearnedFile;

  constructor(private readonly sources: DeskPolicySources) {
    const config = (readJson(sources.configFile) ?? {}) as DeskConfigFile;
    const envHosts = (sources.env.SALESDESK_EXTERNAL_HOSTS ?? '').split(',');
    this.configured = {
      servers: unique(
        [sources.serverUrl ?? '', ...strings(config.serverUrls)].map((u) => serverOriginOf(u)),
      ),
      hosts: unique(
        [...DEFAULT_EXTERNAL_HOSTS, ...envHosts, ...strings(config.externalHosts)].map(hostOf),
      ),
    };
    const learned = readJson(sources.learnedFile) as Partial<LearnedFile> | null;
    const pbx = learned?.pbxOrigins;
    this.learned = {
      servers: strings(learned?.servers)
        .map((u) => serverOriginOf(u))
        .filter((o): o is string => o !== null)
        .slice(-MAX_REMEMBERED_SERVERS),
      pbxOrigins:
        pbx && typeof pbx === 'object'
          ? Object.fromEntries(
              Object.entries(pbx).map(([server, list]) => [
                server,
                unique(strings(list).map(pbxOriginOf)),
              ]),
            )
          : {},
    };
  }

  policy(): DeskPolicy {
    const serverOrigins = unique([...this.configured.servers, ...this.learned.servers]);
    return {
      serverOrigins,
      pbxOrigins: unique(serverOrigins.flatMap((s) => this.learned.pbxOrigins[s] ?? [])),
      externalHosts: this.configured.hosts,
    };
  }

  /**
   * Lets the desk reach the sync server at `url` (the person signs in to it from the form).
   * `allowed: false` for an address no desk may use; `added` when it is new, so the page must
   * load again for its policy to include it.
   */
  allowServer(url: string): { allowed: boolean; added: boolean } {
    const origin = serverOriginOf(url);
    if (origin === null) return { allowed: false, added: false };
    if (this.policy().serverOrigins.includes(origin)) return { allowed: true, added: false };
    this.learned.servers = [...this.learned.servers, origin].slice(-MAX_REMEMBERED_SERVERS);
    this.save();
    return { allowed: true, added: true };
  }

  /**
   * Asks every server of the policy for the PBX addresses it allows (the connect-src of its own
   * CSP) and keeps them; a server that does not answer within `timeoutMs` keeps what it said last.
   */
  async refreshPbxOrigins(timeoutMs = 2_000): Promise<void> {
    const fetchFn = this.sources.fetch;
    if (!fetchFn) return;
    const servers = this.policy().serverOrigins;
    const results = await Promise.all(
      servers.map(async (server) => {
        try {
          const res = await fetchFn(`${server}/api/sync/info`, {
            signal: AbortSignal.timeout(timeoutMs),
          });
          return [server, pbxOriginsFromCsp(res.headers.get('content-security-policy'))] as const;
        } catch {
          return null;
        }
      }),
    );
    let changed = false;
    for (const result of results) {
      if (result === null) continue;
      const [server, origins] = result;
      if ((this.learned.pbxOrigins[server] ?? []).join(' ') !== origins.join(' ')) {
        this.learned.pbxOrigins[server] = origins;
        changed = true;
      }
    }
    if (changed) this.save();
  }

  private save(): void {
    mkdirSync(dirname(this.sources.learnedFile), { recursive: true });
    const tmp = `${this.sources.learnedFile}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.learned, null, 2), { mode: 0o600 });
    renameSync(tmp, this.sources.learnedFile);
  }
}
