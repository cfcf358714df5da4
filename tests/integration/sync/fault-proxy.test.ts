// The fault proxy itself, against a tiny local server that records what reached it: every fault
// provably happens (or provably does not reach the server), and decisions replay from the seed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { FAULT_KEY_HEADER, FaultProxy, type FaultKind } from './fault-proxy';

type Seen = { path: string; body: string; key: string | undefined };

let upstream: Server;
let upstreamPort = 0;
let seen: Seen[] = [];

beforeEach(async () => {
  seen = [];
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const key = req.headers[FAULT_KEY_HEADER];
      seen.push({
        path,
        body: Buffer.concat(chunks).toString(),
        key: typeof key === 'string' ? key : undefined,
      });
      if (path === '/api/sync/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('event: poke\ndata: {}\n\n');
        const timer = setInterval(() => res.write(': ping\n\n'), 50);
        res.on('close', () => clearInterval(timer));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ n: seen.length, path }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const a = upstream.address();
  upstreamPort = typeof a === 'object' && a ? a.port : 0;
});

afterEach(async () => {
  upstream.closeAllConnections();
  await new Promise<void>((r) => upstream.close(() => r()));
});

async function withProxy(
  fn: (proxy: FaultProxy) => Promise<void>,
  options: Partial<ConstructorParameters<typeof FaultProxy>[0]> = {},
): Promise<void> {
  const proxy = new FaultProxy({
    target: () => ({ host: '127.0.0.1', port: upstreamPort }),
    seed: 'proxy-test',
    maxDelayMs: 100,
    holdMs: 2_000,
    ...options,
  });
  await proxy.start();
  try {
    await fn(proxy);
  } finally {
    await proxy.close();
  }
}

function post(proxy: FaultProxy, path: string, body = '{}', key = 'desk') {
  return fetch(`${proxy.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [FAULT_KEY_HEADER]: key },
    body,
  });
}

describe('fault proxy', () => {
  it('passes requests through untouched without faults, and strips the fault key', async () => {
    await withProxy(async (proxy) => {
      const res = await post(proxy, '/api/sync/push', '{"a":1}');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ n: 1, path: '/api/sync/push' });
      expect(seen).toEqual([{ path: '/api/sync/push', body: '{"a":1}', key: undefined }]);
      expect(proxy.events).toMatchObject([{ fault: 'none', status: 200, key: 'desk' }]);
    });
  });

  it('drops a request: the client fails and the server never sees it', async () => {
    await withProxy(async (proxy) => {
      proxy.forceNext('dropRequest');
      await expect(post(proxy, '/api/sync/push')).rejects.toThrow();
      expect(seen).toHaveLength(0);
    });
  });

  it('drops a response: the server processed the request but the client fails', async () => {
    await withProxy(async (proxy) => {
      proxy.forceNext('dropResponse');
      await expect(post(proxy, '/api/sync/push', 'x')).rejects.toThrow();
      expect(seen.map((s) => s.body)).toEqual(['x']);
      expect(proxy.events[0]).toMatchObject({ fault: 'dropResponse', status: 200 });
    });
  });

  it('duplicates a request: the server sees it twice, the client gets one answer', async () => {
    await withProxy(async (proxy) => {
      proxy.forceNext('duplicate');
      const res = await post(proxy, '/api/sync/push', 'twice');
      expect(res.status).toBe(200);
      expect(seen.map((s) => s.body)).toEqual(['twice', 'twice']);
    });
  });

  it('reorders: a held request reaches the server after the next one', async () => {
    await withProxy(async (proxy) => {
      proxy.forceNext('reorder');
      const first = post(proxy, '/api/sync/push', 'first', 'a');
      await new Promise((r) => setTimeout(r, 100));
      const second = post(proxy, '/api/sync/pull', 'second', 'b');
      const [r1, r2] = await Promise.all([first, second]);
      expect([r1.status, r2.status]).toEqual([200, 200]);
      expect(seen.map((s) => s.body)).toEqual(['second', 'first']);
    });
  });

  it('releases a held request on its own when no other request comes', async () => {
    await withProxy(
      async (proxy) => {
        proxy.forceNext('reorder');
        const started = Date.now();
        expect((await post(proxy, '/api/sync/push')).status).toBe(200);
        expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      },
      { holdMs: 150 },
    );
  });

  it('delays a request both ways', async () => {
    await withProxy(async (proxy) => {
      proxy.forceNext('delay');
      const started = Date.now();
      expect((await post(proxy, '/api/sync/push')).status).toBe(200);
      // At least a fifth of the longest delay each way.
      expect(Date.now() - started).toBeGreaterThanOrEqual(38);
      expect(seen).toHaveLength(1);
    });
  });

  it('answers 5xx without forwarding', async () => {
    await withProxy(async (proxy) => {
      proxy.forceNext('error5xx');
      const res = await post(proxy, '/api/sync/push');
      expect([500, 502, 503]).toContain(res.status);
      expect(((await res.json()) as { error: string }).error).toBe('unavailable');
      expect(seen).toHaveLength(0);
    });
  });

  it('restarts the server between commit and reply, then fails the client', async () => {
    const order: string[] = [];
    await withProxy(
      async (proxy) => {
        proxy.forceNext('restartAfterCommit');
        await expect(
          post(proxy, '/api/sync/push', 'committed').then((r) => order.push(`client:${r.status}`)),
        ).rejects.toThrow();
        expect(order).toEqual(['server saw committed', 'restart']);
      },
      {
        restart: async () => {
          order.push(`server saw ${seen.map((s) => s.body).join(',')}`);
          order.push('restart');
        },
      },
    );
  });

  it('holds a request before the server sees it, until released', async () => {
    await withProxy(async (proxy) => {
      const hold = proxy.hold((_m, path) => path === '/api/sync/push', 'request');
      const res = post(proxy, '/api/sync/push', 'held');
      await hold.arrived;
      await new Promise((r) => setTimeout(r, 50));
      expect(seen).toHaveLength(0);
      hold.release();
      expect((await res).status).toBe(200);
      expect(seen.map((s) => s.body)).toEqual(['held']);
    });
  });

  it('holds a response after the server answered, until released', async () => {
    await withProxy(async (proxy) => {
      const hold = proxy.hold((_m, path) => path === '/api/sync/pull', 'response');
      let answered = false;
      const res = post(proxy, '/api/sync/pull', 'committed').then((r) => {
        answered = true;
        return r;
      });
      await hold.arrived;
      expect(seen.map((s) => s.body)).toEqual(['committed']);
      await new Promise((r) => setTimeout(r, 50));
      expect(answered).toBe(false);
      hold.release();
      expect((await res).status).toBe(200);
    });
  });

  it('keeps health checks and non-API paths out of faults', async () => {
    await withProxy(
      async (proxy) => {
        expect((await fetch(`${proxy.url}/api/health`)).status).toBe(200);
        expect((await fetch(`${proxy.url}/index.html`)).status).toBe(200);
        expect(seen).toHaveLength(2);
      },
      { rates: { dropRequest: 1 } },
    );
  });

  it('passes an event stream through and cuts it on demand', async () => {
    await withProxy(async (proxy) => {
      const res = await fetch(`${proxy.url}/api/sync/events`);
      expect(res.headers.get('content-type')).toBe('text/event-stream');
      const reader = res.body!.getReader();
      const first = new TextDecoder().decode((await reader.read()).value);
      expect(first).toContain('event: poke');
      proxy.cutStreams();
      await expect(
        (async () => {
          for (;;) if ((await reader.read()).done) return 'ended';
        })(),
      ).rejects.toThrow();
    });
  });

  it('cuts streams at random when told to', async () => {
    await withProxy(
      async (proxy) => {
        const res = await fetch(`${proxy.url}/api/sync/events`);
        const reader = res.body!.getReader();
        const ended = (async () => {
          try {
            for (;;) if ((await reader.read()).done) return 'ended';
          } catch {
            return 'cut';
          }
        })();
        expect(await ended).toMatch(/cut|ended/);
        expect(proxy.counts().cutStream).toBe(1);
      },
      { rates: { cutStream: 1 }, maxStreamLifeMs: 200 },
    );
  });

  it('draws the same faults for the same seed and key, whatever other keys do', async () => {
    const rates = { dropRequest: 0.2, error5xx: 0.2, duplicate: 0.2 };
    const run = async (noise: boolean): Promise<string[]> => {
      const faults: string[] = [];
      await withProxy(
        async (proxy) => {
          for (let i = 0; i < 30; i++) {
            if (noise) await post(proxy, '/api/sync/pull', '{}', 'other').catch(() => undefined);
            await post(proxy, '/api/sync/push', '{}', 'desk').catch(() => undefined);
          }
          faults.push(...proxy.events.filter((e) => e.key === 'desk').map((e) => e.fault));
        },
        { rates, seed: 'replay' },
      );
      return faults;
    };
    const a = await run(false);
    const b = await run(true);
    expect(a).toEqual(b);
    const kinds = new Set<string>(a);
    for (const k of ['dropRequest', 'error5xx', 'duplicate', 'none'] satisfies (
      FaultKind | 'none'
    )[])
      expect(kinds).toContain(k);
  });

  it('turns faults off when the network heals', async () => {
    await withProxy(
      async (proxy) => {
        await post(proxy, '/api/sync/push').catch(() => undefined);
        proxy.setRates({});
        for (let i = 0; i < 10; i++) expect((await post(proxy, '/api/sync/push')).status).toBe(200);
      },
      { rates: { dropRequest: 1 } },
    );
  });
});
