// HTTP transport to the sync server (shared/sync/README.md): every request carries the protocol
// header, every answer is validated against the protocol's zod schemas before the desk uses it,
// and every failure becomes a NetworkError or SyncHttpError. Base URL and fetch are injectable,
// so tests can put a fault-injecting proxy in between or run on Node's fetch.
import {
  deskPhoneSchema,
  phoneDirectorySchema,
  type PhoneDirectory,
  telephonyViewSchema,
  wallboardSchema,
  type PresenceInput,
  type Wallboard,
  type DeskPhone,
  type SipAccountInput,
  type TelephonySettingsInput,
  type TelephonyView,
} from '../../shared/domain/telephony';
import type { z } from 'zod';
import {
  errorBodySchema,
  GENERATION_CHANGED,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
  sessionSchema,
  type DiscardedReport,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SyncSession,
} from '../../shared/sync/protocol';
import {
  GenerationChangedError,
  NetworkError,
  ProtocolError,
  SyncHttpError,
  parseRetryAfter,
} from './errors';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type TransportOptions = {
  /** The sync server, e.g. `http://127.0.0.1:8787` (a trailing slash is fine). */
  baseUrl: string;
  fetch?: FetchLike;
  /** Per-request timeout for everything except the event stream. */
  timeoutMs?: number;
  /** Protocol version sent in the header (tests use an old one to see 426). */
  protocolVersion?: number;
};

/**
 * A server-sent event the desk cares about: something to pull (`poke`), an agent's state changed
 * (`presence`, sent to supervisors and administrators only), live-coaching news for this person
 * (`coach`: read the coaching signals), keep-alive, or connected.
 */
export type SyncEvent = 'poke' | 'presence' | 'coach' | 'ping' | 'open';

type RequestOptions<S extends z.ZodType> = {
  body?: unknown;
  token?: string | null;
  schema: S | null;
  /** Send cookies (the browser's HttpOnly refresh cookie). */
  credentials?: boolean;
  signal?: AbortSignal;
};

export class HttpTransport {
  readonly baseUrl: string;
  private readonly fetchFn: FetchLike;
  private readonly timeoutMs: number;
  private readonly protocolVersion: number;

  constructor(options: TransportOptions) {
    this.baseUrl = normaliseServerUrl(options.baseUrl);
    // Bound, so a window.fetch passed in keeps its `this`.
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.protocolVersion = options.protocolVersion ?? PROTOCOL_VERSION;
  }

  signIn(body: { email: string; password: string; clientId: string }): Promise<SyncSession> {
    return this.request('POST', '/api/auth/sign-in', {
      body,
      schema: sessionSchema,
      credentials: true,
    });
  }

  /** With a token (desktop) in the body; without one, the browser's `sd_refresh` cookie. */
  refresh(refreshToken: string | null): Promise<SyncSession> {
    return this.request('POST', '/api/auth/refresh', {
      body: refreshToken ? { refreshToken } : {},
      schema: sessionSchema,
      credentials: true,
    });
  }

  async signOut(token: string, refreshToken: string | null): Promise<void> {
    await this.request('POST', '/api/auth/sign-out', {
      body: refreshToken ? { refreshToken } : {},
      token,
      schema: null,
      credentials: true,
    });
  }

  /** Tells the server how many unsent changes went with a person's deleted data (its audit). */
  async reportDiscarded(token: string, body: DiscardedReport): Promise<void> {
    await this.request('POST', '/api/sync/discarded', { token, body, schema: null });
  }

  /** The signed-in person's phone (SIP account and credentials); 404 `noPhone` when none is set. */
  phone(token: string): Promise<DeskPhone> {
    return this.request('GET', '/api/telephony/phone', { token, schema: deskPhoneSchema });
  }

  phoneDirectory(token: string): Promise<PhoneDirectory> {
    return this.request('GET', '/api/telephony/directory', {
      token,
      schema: phoneDirectorySchema,
    });
  }

  async putPresence(token: string, body: PresenceInput): Promise<void> {
    await this.request('PUT', '/api/telephony/presence', { token, body, schema: null });
  }

  wallboard(token: string): Promise<Wallboard> {
    return this.request('GET', '/api/telephony/wallboard', { token, schema: wallboardSchema });
  }

  /** The organisation's phone settings and SIP accounts (administrators). */
  telephonyAdmin(token: string): Promise<TelephonyView> {
    return this.request('GET', '/api/admin/telephony', { token, schema: telephonyViewSchema });
  }

  async putTelephony(token: string, body: TelephonySettingsInput): Promise<void> {
    await this.request('PUT', '/api/admin/telephony', { token, body, schema: null });
  }

  async putSipAccount(token: string, userId: string, body: SipAccountInput): Promise<void> {
    await this.request('PUT', `/api/admin/users/${encodeURIComponent(userId)}/sip`, {
      token,
      body,
      schema: null,
    });
  }

  async deleteSipAccount(token: string, userId: string): Promise<void> {
    await this.request('DELETE', `/api/admin/users/${encodeURIComponent(userId)}/sip`, {
      token,
      schema: null,
    });
  }

  push(token: string, body: PushRequest): Promise<PushResponse> {
    return this.request('POST', '/api/sync/push', { body, token, schema: pushResponseSchema });
  }

  pull(
    token: string,
    body: { cursor: string | null; limit: number; generation?: string; clientId?: string },
  ): Promise<PullResponse> {
    return this.request('POST', '/api/sync/pull', { body, token, schema: pullResponseSchema });
  }

  /**
   * The live poke stream (`GET /api/sync/events`), read with fetch so the Authorization header
   * can be sent. Yields 'open' once connected, then 'poke'/'presence'/'ping' as they come; ends when the
   * server closes it and throws NetworkError when the connection breaks.
   */
  async *events(token: string, signal: AbortSignal): AsyncGenerator<SyncEvent> {
    let res: Response;
    try {
      res = await this.fetchFn(this.url('/api/sync/events'), {
        method: 'GET',
        headers: { ...this.headers(token), accept: 'text/event-stream' },
        signal,
        cache: 'no-store',
      });
    } catch (error) {
      throw new NetworkError(`event stream: ${describe(error)}`, { cause: error });
    }
    if (!res.ok) throw await httpError(res);
    if (!res.body) throw new ProtocolError('event stream without a body');
    yield 'open';
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<string>;
        try {
          chunk = await reader.read();
        } catch (error) {
          throw new NetworkError(`event stream: ${describe(error)}`, { cause: error });
        }
        if (chunk.done) return;
        buffer += chunk.value.replace(/\r\n?/g, '\n');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = parseEventBlock(block);
          if (event) yield event;
        }
      }
    } finally {
      reader.releaseLock();
    }
  }

  private url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  private headers(token?: string | null): Record<string, string> {
    return {
      [PROTOCOL_HEADER]: String(this.protocolVersion),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
  }

  private async request<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    options: RequestOptions<S>,
  ): Promise<z.infer<S>> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await this.fetchFn(this.url(path), {
        method,
        headers: {
          ...this.headers(options.token),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        credentials: options.credentials ? 'include' : 'same-origin',
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      throw new NetworkError(`${method} ${path}: ${describe(error)}`, { cause: error });
    }
    if (!res.ok) throw await httpError(res);
    if (!options.schema) {
      // Drain the body so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
      return undefined as z.infer<S>;
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (error) {
      // A body cut off mid-way is the network's fault, not the protocol's.
      throw new NetworkError(`${method} ${path}: body unreadable: ${describe(error)}`, {
        cause: error,
      });
    }
    const parsed = options.schema.safeParse(json);
    if (!parsed.success) {
      throw new ProtocolError(`${method} ${path}: unexpected answer: ${parsed.error.message}`);
    }
    return parsed.data;
  }
}

/** `http://host:port` without a trailing slash or path; throws on anything but http(s). */
export function normaliseServerUrl(raw: string): string {
  const url = new URL(raw.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`not an http(s) URL: ${raw}`);
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

async function httpError(res: Response): Promise<SyncHttpError | GenerationChangedError> {
  let code = `http${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  let accepted: number[] = [];
  try {
    const parsed = errorBodySchema.safeParse(await res.json());
    if (parsed.success) {
      code = parsed.data.error;
      message = parsed.data.message;
      accepted = parsed.data.accepted ?? [];
      const { generation, ackedSeq } = parsed.data;
      if (res.status === 409 && code === GENERATION_CHANGED && generation !== undefined)
        return new GenerationChangedError(generation, ackedSeq ?? 0, message);
    }
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  if (res.status === 426 && !code.startsWith('upgrade')) code = 'upgradeRequired';
  return new SyncHttpError(
    res.status,
    code,
    message,
    parseRetryAfter(res.headers.get('retry-after')),
    accepted,
  );
}

function parseEventBlock(block: string): SyncEvent | null {
  let name = 'message';
  let isComment = false;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) isComment = true;
    else if (line.startsWith('event:')) name = line.slice(6).trim();
  }
  if (name === 'poke' || name === 'presence' || name === 'coach') return name;
  return isComment || name === 'ping' ? 'ping' : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
