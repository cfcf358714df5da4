// Bad input on every route, on PGlite and PostgreSQL: each route the server has (read from the
// server itself, so a new route is fuzzed without editing this file) gets broken path ids,
// queries, headers and bodies — a NUL or half a surrogate pair in any field, integers past their
// columns, forged cursors, JSON nested 10,000 deep, garbled cookies — as nobody, as an agent and
// as an administrator. Not one answer may be a 5xx: a desk resends a batch refused with a 5xx
// forever, and an error page is no answer a person can act on.
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DB_KINDS } from './test/databases';
import { Desk, EMAIL, L, PASSWORD, protocol, U } from './test/sync-fixture';
import { worldPerSuite } from './test/world-per-suite';

type Route = { path: string; methods: string[] };

/** The routes as `printRoutes({ commonPrefix: false })` draws them: a tree, one per line. */
export function parseRoutes(tree: string): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)[├└]── (\S+) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) {
      const bare = /^((?:│ {3}| {4})*)[├└]── (\S+)$/.exec(line);
      if (bare) stack.splice(bare[1]!.length / 4, Infinity, bare[2]!);
      continue;
    }
    const depth = m[1]!.length / 4;
    stack.splice(depth, Infinity, m[2]!);
    routes.push({ path: stack.join(''), methods: m[3]!.split(', ') });
  }
  return routes;
}

const LONE_SURROGATE = 'a\uD800b';
const BAD_VALUES: unknown[] = [
  'a\u0000b',
  LONE_SURROGATE,
  '\uDC00',
  2147483648,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  1e308,
  1.5,
  'x'.repeat(100_000),
  '',
  null,
  true,
  [],
  {},
  ['a\u0000'],
];

/** Path parameters no route should choke on (a random UUID is simply nobody). */
const BAD_IDS = [
  randomUUID(),
  '-'.repeat(36),
  '%00',
  '%ED%A0%80',
  '1'.repeat(40),
  '..%2F..%2Fetc%2Fpasswd',
  "x'%20OR%20'1'='1",
  '%E0%A4%A',
];

const BAD_QUERIES = [
  '?limit=%00',
  '?limit=99999999999999999999',
  '?limit=-1',
  '?before=%00',
  '?before=99999999999999999999',
  '?stage=%00',
  '?stage=%ED%A0%80',
  '?cursor=%',
  '?a=%E0%A4%A',
];

const key = Buffer.from('not-a-uuid').toString('base64url');
const BAD_CURSORS = [
  'c1.x.1.99999999999999999999',
  `s1.x.1.0.${key}`,
  's9.x.9.9',
  '%',
  'c1.\u0000',
  'a'.repeat(10_000),
  `s1.${LONE_SURROGATE}`,
];

/** Every body that differs from `template` in one leaf, set to each bad value. */
function variants(template: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (value: unknown, set: (v: unknown) => unknown) => {
    for (const bad of BAD_VALUES) out.push(set(bad));
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, (v) => set(value.map((x, j) => (j === i ? v : x)))));
    } else if (value && typeof value === 'object') {
      for (const [k, item] of Object.entries(value)) {
        walk(item, (v) => set({ ...value, [k]: v }));
      }
    }
  };
  walk(template, (v) => v);
  return out;
}

describe.each(DB_KINDS)('every route with bad input on %s', (kind) => {
  const current = worldPerSuite(kind);

  it('answers every one of them below 500', { timeout: 600_000 }, async () => {
    const { app } = current();
    await app.ready();
    const routes = parseRoutes(app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(20);
    const agent = await Desk.signIn(current(), 'agent');
    const admin = await Desk.signIn(current(), 'admin');
    const who = { nobody: protocol, agent: agent.headers, admin: admin.headers };

    // Bodies each route is meant for, to break one field at a time.
    const templates: Record<string, unknown[]> = {
      '/api/auth/sign-in': [{ email: EMAIL.mate, password: PASSWORD, clientId: randomUUID() }],
      '/api/auth/refresh': [{ refreshToken: 'r'.repeat(43) }],
      '/api/auth/sign-out': [{ refreshToken: 'r'.repeat(43) }],
      '/api/sync/push': [
        {
          clientId: agent.clientId,
          mutations: [agent.mutation('addNote', { leadId: L.own, text: 'x' })],
        },
        {
          clientId: admin.clientId,
          mutations: [
            // Each field broken in turn: dailyCallTarget 2147483648 (past the int column) was a 500.
            admin.mutation('putUser', {
              user: {
                id: randomUUID(),
                displayName: 'New person',
                email: `new.${randomUUID()}@a.example`,
                roles: ['hunter'],
                teamId: null,
                locale: 'en',
                dailyCallTarget: 0,
                dailyBookingTarget: 0,
              },
              isNew: true,
            }),
          ],
        },
        {
          clientId: admin.clientId,
          mutations: [
            admin.mutation('putTargets', {
              userId: U.agent,
              dailyCalls: 1,
              dailyBookings: 1,
              monthlyWins: 1,
              monthlyRevenue: 1,
            }),
          ],
        },
      ],
      '/api/sync/pull': [{ cursor: null, limit: 10 }, ...BAD_CURSORS.map((cursor) => ({ cursor }))],
      '/api/sync/discarded': [
        { userId: U.agent, unsent: 1, reason: 'sessionEnded', at: Date.now() },
      ],
      '/api/auth/password-link/check': [{ token: 't'.repeat(43) }],
      '/api/auth/password-link/use': [{ token: 't'.repeat(43), password: 'a long new password' }],
      '/api/admin/users/:id/password-link': [{ kind: 'invite' }],
      '/api/account/password': [{ currentPassword: 'wrong one', newPassword: 'a new password' }],
      '/api/telephony/presence': [{ state: 'paused', reason: 'break' }],
      '/api/admin/telephony': [{ wssUrl: 'wss://pbx.example/ws', sipDomain: 'pbx.example' }],
      '/api/admin/users/:id/sip': [{ kind: 'password', sipUri: 'sip:1@pbx.example' }],
    };
    const raw = [
      `${'['.repeat(10_000)}1${']'.repeat(10_000)}`,
      `{"a":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
      '{"a":',
      '\u0000',
      '"\\ud800"',
      '[]',
      'null',
    ];
    const headerSets: Record<string, string>[] = [
      { cookie: 'sd_refresh=%' },
      { cookie: 'sd_refresh=%E0%A4%A; sd_refresh=x' },
      { authorization: 'Bearer %00' },
      { authorization: `Bearer ${'a'.repeat(5_000)}.${'b'.repeat(50)}` },
      { authorization: 'Basic eDp5' },
      { 'x-sales-desk-protocol': '99999999999999999999' },
      { 'x-sales-desk-protocol': 'abc' },
    ];

    let tried = 0;
    const failures: string[] = [];
    const send = async (opts: InjectOptions, label: string) => {
      // A stream a valid token opens never ends by itself (tested with real sockets in
      // tests/integration/server-live.test.ts): its headers are answered to HEAD the same way.
      const auth = (opts.headers as Record<string, string> | undefined)?.authorization ?? '';
      if (
        opts.method === 'GET' &&
        String(opts.url).startsWith('/api/sync/events') &&
        (auth === who.agent.authorization || auth === who.admin.authorization)
      )
        opts = { ...opts, method: 'HEAD' };
      tried++;
      const res = await app.inject(opts);
      if (res.statusCode >= 500)
        failures.push(`${res.statusCode} ${label}: ${res.body.slice(0, 200)}`);
    };
    // Destructive routes (disable, revoke) are only ever sent ids that are nobody's.
    for (const route of routes) {
      const paths = route.path.includes(':')
        ? BAD_IDS.map((id) => route.path.replace(/:[a-z]+/gi, id))
        : [route.path];
      for (const method of route.methods) {
        const m = method as InjectOptions['method'];
        const hasBody = method === 'POST' || method === 'PUT';
        const caller: keyof typeof who = route.path.startsWith('/api/admin')
          ? 'admin'
          : route.path.startsWith('/api/auth')
            ? 'nobody'
            : 'agent';
        for (const url of paths) {
          for (const [name, headers] of Object.entries(who)) {
            await send(
              { method: m, url, headers, ...(hasBody ? { payload: {} } : {}) },
              `${method} ${url} as ${name}`,
            );
          }
          if (!hasBody) {
            for (const q of BAD_QUERIES)
              await send(
                { method: m, url: `${url}${q}`, headers: who[caller] },
                `${method} ${url}${q}`,
              );
          }
          for (const extra of headerSets) {
            await send(
              {
                method: m,
                url,
                headers: { ...who[caller], ...extra },
                ...(hasBody ? { payload: {} } : {}),
              },
              `${method} ${url} with ${JSON.stringify(extra).slice(0, 60)}`,
            );
          }
          if (!hasBody) continue;
          for (const payload of raw) {
            await send(
              {
                method: m,
                url,
                headers: { ...who[caller], 'content-type': 'application/json' },
                payload,
              },
              `${method} ${url} raw ${payload.slice(0, 20)}`,
            );
          }
          // Pushes as an agent and as an administrator: their verbs differ.
          const senders =
            route.path === '/api/sync/push' ? (['agent', 'admin'] as const) : [caller];
          for (const template of templates[route.path] ?? [{}]) {
            for (const as of senders)
              for (const body of variants(template)) {
                await send(
                  {
                    method: m,
                    url,
                    headers: { ...who[as], 'content-type': 'application/json' },
                    payload: JSON.stringify(body),
                  },
                  `${method} ${url} ${JSON.stringify(body).slice(0, 120)}`,
                );
              }
          }
        }
      }
    }
    // For the closing note: how much was tried.
    expect({ kind, failures }).toEqual({ kind, failures: [] });
    expect(tried).toBeGreaterThan(3_000);
    process.stdout.write(
      `fuzz on ${kind}: ${tried} requests over ${routes.length} routes, ${failures.length} answered 5xx\n`,
    );
  });
});
