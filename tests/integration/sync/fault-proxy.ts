// A fault-injecting HTTP proxy for sync tests: sits on loopback between desks and the real sync
// server and, driven by a seeded PRNG, drops requests, drops responses after the server
// processed them, duplicates requests, reorders them, delays them, answers 5xx without
// forwarding, restarts the server between commit and reply, and cuts event streams.
//
// Decisions are drawn from one PRNG per fault key (header `x-fault-key`, e.g. the desk's name),
// so each desk sees the same faults on replay whatever order the desks' requests interleave in.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { createRandom, type Random } from '../../../shared/demo/random';

export const FAULT_KINDS = [
  'dropRequest',
  'dropResponse',
  'duplicate',
  'reorder',
  'delay',
  'error5xx',
  'restartAfterCommit',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Probability of each fault per eligible request (checked in FAULT_KINDS order), and of cutting a stream. */
export type FaultRates = Partial<Record<FaultKind | 'cutStream', number>>;

export const FAULT_KEY_HEADER = 'x-fault-key';

export type FaultEvent = {
  /** Arrival number at the proxy, from 1. */
  n: number;
  key: string;
  method: string;
  path: string;
  fault:
    FaultKind | 'none' | 'stream' | 'cutStream' | 'upstreamDown' | 'holdRequest' | 'holdResponse';
  /** Status the server answered (the client may not have seen it), if it answered. */
  status?: number;
};

export type FaultProxyOptions = {
  /** Where the real server listens; a function so a restart may move it. */
  target: () => { host: string; port: number };
  seed: string | number;
  rates?: FaultRates;
  /** Which requests faults may hit; default every `/api/` path except `/api/health`. */
  faultable?: (method: string, path: string) => boolean;
  /** Event streams: piped through (and maybe cut) rather than buffered. */
  isStream?: (method: string, path: string) => boolean;
  /** Kills and restarts the server on the same data; without it restartAfterCommit drops the response. */
  restart?: () => Promise<void>;
  /** Longest random delay, ms (default 300). */
  maxDelayMs?: number;
  /** A held (reordered) request is released after the next one, or after this long (default 400). */
  holdMs?: number;
  /** Longest time before a stream chosen for cutting is cut, ms (default 2000). */
  maxStreamLifeMs?: number;
};

/** A request held by `FaultProxy.hold`. */
export type Hold = {
  /** Resolves when the request reached the proxy ('request') or the server answered ('response'). */
  arrived: Promise<void>;
  /** Lets it go on (to the server, or back to the client if it is still there). */
  release: () => void;
};

type Buffered = { status: number; headers: Record<string, string | string[]>; body: Buffer };

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'content-length',
  'host',
]);

function copyHeaders(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined || HOP_BY_HOP.has(k) || k === FAULT_KEY_HEADER) continue;
    out[k] = v;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class FaultProxy {
  readonly events: FaultEvent[] = [];
  private server: Server | undefined;
  private rates: FaultRates;
  private readonly randoms = new Map<string, Random>();
  private readonly forced: FaultKind[] = [];
  private readonly streams = new Set<Socket>();
  private readonly sockets = new Set<Socket>();
  private held: (() => void) | undefined;
  private readonly holds: (Hold & {
    match: (method: string, path: string) => boolean;
    when: 'request' | 'response';
    open: () => void;
    wait: Promise<void>;
  })[] = [];
  private restarting: Promise<void> | undefined;
  private arrivals = 0;
  port = 0;

  constructor(private readonly options: FaultProxyOptions) {
    this.rates = { ...options.rates };
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Changes the fault rates from now on; `{}` heals the network. */
  setRates(rates: FaultRates): void {
    this.rates = { ...rates };
  }

  /** The next eligible request gets this fault whatever the rates say (tests). */
  forceNext(kind: FaultKind): void {
    this.forced.push(kind);
  }

  /**
   * Holds the next request matching `match`: before forwarding it ('request') or after the
   * server answered it ('response', i.e. committed), until `release()`. For crash tests: kill
   * the client while its push or pull is in flight.
   */
  hold(match: (method: string, path: string) => boolean, when: 'request' | 'response'): Hold {
    let arrived!: () => void;
    let release!: () => void;
    const hold: Hold & {
      match: typeof match;
      when: typeof when;
      open: () => void;
      wait: Promise<void>;
    } = {
      match,
      when,
      arrived: new Promise<void>((r) => (arrived = r)),
      wait: new Promise<void>((r) => (release = r)),
      release: () => release(),
      open: () => arrived(),
    };
    this.holds.push(hold);
    return hold;
  }

  /** Resolves once no server restart is under way (after a restartAfterCommit fault). */
  async settled(): Promise<void> {
    while (this.restarting) await this.restarting.catch(() => undefined);
  }

  /** The last restart that failed, if any (the server is then down for good). */
  restartError: unknown = undefined;

  /** How many times each fault happened so far. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.events) out[e.fault] = (out[e.fault] ?? 0) + 1;
    return out;
  }

  /** Cuts every open event stream now. */
  cutStreams(): void {
    for (const s of this.streams) s.destroy();
    this.streams.clear();
  }

  async start(port = 0): Promise<void> {
    const server = createServer((req, res) => {
      void this.handle(req, res.socket, res).catch(() => {
        res.socket?.destroy();
      });
    });
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    this.server = server;
  }

  async close(): Promise<void> {
    this.held?.();
    for (const h of this.holds.splice(0)) h.release();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    await this.restarting;
  }

  private random(key: string): Random {
    let r = this.randoms.get(key);
    if (!r) {
      r = createRandom(`${this.options.seed}:${key}`);
      this.randoms.set(key, r);
    }
    return r;
  }

  private choose(random: Random): FaultKind | 'none' {
    const forced = this.forced.shift();
    if (forced) return forced;
    // Always draw the same number of values per request, so one rate change does not shift
    // every later decision of that key.
    const draws = FAULT_KINDS.map(() => random.next());
    for (let i = 0; i < FAULT_KINDS.length; i++) {
      const kind = FAULT_KINDS[i]!;
      if ((draws[i] ?? 1) < (this.rates[kind] ?? 0)) return kind;
    }
    return 'none';
  }

  private async handle(
    req: IncomingMessage,
    socket: Socket | null,
    res: ServerResponse,
  ): Promise<void> {
    const n = ++this.arrivals;
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const rawKey = req.headers[FAULT_KEY_HEADER];
    const key = typeof rawKey === 'string' ? rawKey : 'default';
    const bare = path.split('?')[0] ?? path;
    const faultable = (this.options.faultable ?? defaultFaultable)(method, bare);
    const stream = (this.options.isStream ?? defaultIsStream)(method, bare);
    const body = await readBody(req);
    const headers = copyHeaders(req.headers);
    const random = this.random(key);
    const event: FaultEvent = { n, key, method, path: bare, fault: 'none' };
    this.events.push(event);

    if (stream) {
      // Streams: maybe refused like any request, else piped through and maybe cut later.
      const cut = faultable && random.next() < (this.rates.cutStream ?? 0);
      const cutAfter = random.next() * (this.options.maxStreamLifeMs ?? 2000);
      if (faultable && random.next() < (this.rates.error5xx ?? 0)) {
        event.fault = 'error5xx';
        return this.reply5xx(res, random);
      }
      event.fault = 'stream';
      return this.pipeStream(
        method,
        path,
        headers,
        body,
        res,
        socket,
        cut ? cutAfter : null,
        event,
      );
    }

    const holdIndex = this.holds.findIndex((h) => h.match(method, bare));
    if (holdIndex >= 0) {
      const [h] = this.holds.splice(holdIndex, 1);
      event.fault = h!.when === 'request' ? 'holdRequest' : 'holdResponse';
      try {
        if (h!.when === 'request') {
          h!.open();
          await h!.wait;
          if (socket?.destroyed) return;
          return this.send(res, await this.forward(method, path, headers, body, event));
        }
        const r = await this.forward(method, path, headers, body, event);
        h!.open();
        await h!.wait;
        if (!socket?.destroyed) this.send(res, r);
      } catch {
        socket?.destroy();
      }
      return;
    }

    const fault = faultable ? this.choose(random) : 'none';
    event.fault = fault;
    // Another request arrived: let a held one go once this one is through.
    const release = fault === 'reorder' ? undefined : this.takeHeld();

    try {
      switch (fault) {
        case 'dropRequest':
          socket?.destroy();
          return;
        case 'error5xx':
          return this.reply5xx(res, random);
        case 'delay': {
          // Each way between a fifth of the longest delay and all of it.
          const max = this.options.maxDelayMs ?? 300;
          await sleep((0.2 + 0.8 * random.next()) * max);
          const r = await this.forward(method, path, headers, body, event);
          await sleep((0.2 + 0.8 * random.next()) * max);
          return this.send(res, r);
        }
        case 'dropResponse': {
          await this.forward(method, path, headers, body, event);
          socket?.destroy();
          return;
        }
        case 'duplicate': {
          // The server sees the request twice (a retransmit): at once, or one after the other.
          const together = random.next() < 0.5;
          if (together) {
            const [, second] = await Promise.all([
              this.forward(method, path, headers, body, event),
              this.forward(method, path, headers, body, event),
            ]);
            return this.send(res, second);
          }
          await this.forward(method, path, headers, body, event);
          return this.send(res, await this.forward(method, path, headers, body, event));
        }
        case 'reorder': {
          // Held until the next request has gone through, then forwarded: it arrives second.
          this.takeHeld()?.();
          await new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              if (this.held === go) this.held = undefined;
              resolve();
            }, this.options.holdMs ?? 400);
            const go = () => {
              clearTimeout(timer);
              resolve();
            };
            this.held = go;
          });
          return this.send(res, await this.forward(method, path, headers, body, event));
        }
        case 'restartAfterCommit': {
          await this.forward(method, path, headers, body, event);
          if (this.options.restart && !this.restarting) {
            this.restarting = this.options
              .restart()
              .catch((error: unknown) => {
                this.restartError = error;
              })
              .finally(() => (this.restarting = undefined));
            await this.restarting;
          }
          socket?.destroy();
          return;
        }
        case 'none':
          return this.send(res, await this.forward(method, path, headers, body, event));
      }
    } catch {
      // The server is down (restarting) or cut the connection: the client sees a 502.
      if (event.fault === 'none') event.fault = 'upstreamDown';
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'badGateway', message: 'fault proxy: upstream down' }));
      } else socket?.destroy();
    } finally {
      release?.();
    }
  }

  private takeHeld(): (() => void) | undefined {
    const held = this.held;
    this.held = undefined;
    return held;
  }

  private reply5xx(res: ServerResponse, random: Random): void {
    const status = random.pick([500, 502, 503]);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'unavailable', message: 'fault proxy: injected error' }));
  }

  private send(res: ServerResponse, r: Buffered): void {
    res.writeHead(r.status, { ...r.headers, 'content-length': String(r.body.length) });
    res.end(r.body);
  }

  private forward(
    method: string,
    path: string,
    headers: Record<string, string | string[]>,
    body: Buffer,
    event: FaultEvent,
  ): Promise<Buffered> {
    const { host, port } = this.options.target();
    return new Promise((resolve, reject) => {
      const up = httpRequest(
        {
          host,
          port,
          method,
          path,
          headers: { ...headers, 'content-length': String(body.length), connection: 'close' },
        },
        (upRes) => {
          const chunks: Buffer[] = [];
          upRes.on('data', (c: Buffer) => chunks.push(c));
          upRes.on('end', () => {
            event.status = upRes.statusCode ?? 0;
            resolve({
              status: upRes.statusCode ?? 502,
              headers: copyHeaders(upRes.headers),
              body: Buffer.concat(chunks),
            });
          });
          upRes.on('error', reject);
        },
      );
      up.on('error', reject);
      up.end(body);
    });
  }

  private pipeStream(
    method: string,
    path: string,
    headers: Record<string, string | string[]>,
    body: Buffer,
    res: ServerResponse,
    socket: Socket | null,
    cutAfterMs: number | null,
    event: FaultEvent,
  ): void {
    const { host, port } = this.options.target();
    const up = httpRequest(
      {
        host,
        port,
        method,
        path,
        headers: { ...headers, 'content-length': String(body.length), connection: 'close' },
      },
      (upRes) => {
        event.status = upRes.statusCode ?? 0;
        res.writeHead(upRes.statusCode ?? 502, copyHeaders(upRes.headers));
        res.flushHeaders();
        upRes.pipe(res);
        if (!socket) return;
        this.streams.add(socket);
        const done = () => {
          this.streams.delete(socket);
          up.destroy();
        };
        socket.on('close', done);
        upRes.on('close', () => socket.destroy());
        if (cutAfterMs !== null) {
          setTimeout(() => {
            if (socket.destroyed) return;
            this.events.push({ ...event, fault: 'cutStream' });
            socket.destroy();
          }, cutAfterMs).unref();
        }
      },
    );
    up.on('error', () => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'badGateway', message: 'fault proxy: upstream down' }));
      } else socket?.destroy();
    });
    up.end(body);
  }
}

function defaultFaultable(_method: string, path: string): boolean {
  return path.startsWith('/api/') && path !== '/api/health';
}

function defaultIsStream(method: string, path: string): boolean {
  return method === 'GET' && path === '/api/sync/events';
}
