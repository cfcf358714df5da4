import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '../db/db';
import { buildApp } from '../app';
import { migrate } from '../db/migrate';
import { openDb } from '../db/open-db';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../test/databases';
import { Desk, protocol } from '../test/sync-fixture';
import { seedDemo } from './demo';
import { runCommand, UsageError } from '../cli';
import { AccountError } from './accounts';
import { DEMO_PASSWORD } from '../../shared/demo/credentials';
import { DEMO_USER_IDS, DEMO_USERS } from '../../shared/demo/organisation';
import { changeSchema, sessionSchema, type Change } from '../../shared/sync/protocol';

describe.each(DB_KINDS)('demo organisation on %s', (kind) => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase(kind);
    db = await testDb.open();
    await migrate(db);
  });

  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('seeds an empty database once; every demo user signs in; pulls are valid protocol', async () => {
    expect(await seedDemo(db)).toMatchObject({
      seeded: true,
      users: DEMO_USERS.length,
      leads: 300,
    });
    expect(await seedDemo(db)).toEqual({ seeded: false, users: 0, leads: 0 });
    const app = await buildApp({ db, version: 'test', staticDir: null });
    try {
      const sarah = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.sarah);
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: protocol,
        payload: { email: sarah?.email, password: DEMO_PASSWORD, clientId: randomUUID() },
      });
      expect(res.statusCode).toBe(200);
      const session = sessionSchema.parse(res.json());
      expect(session.organisation.name.ar).toBeTruthy();
      expect(session.organisation.callingWindow).toEqual({ startMinutes: 540, endMinutes: 1200 });
      // A hunter's first page starts with their own queue, and everything parses.
      const faisal = DEMO_USERS.find((u) => u.id === DEMO_USER_IDS.faisal);
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: protocol,
        payload: { email: faisal?.email, password: DEMO_PASSWORD, clientId: randomUUID() },
      });
      const desk = new Desk(app, sessionSchema.parse(login.json()));
      const changes: Change[] = await desk.pullAll(500);
      for (const c of changes) changeSchema.parse(c);
      const leads = changes.flatMap((c) => (c.kind === 'lead' ? [c.row] : []));
      expect(leads.length).toBeGreaterThan(0);
      const firstForeign = leads.findIndex((l) => l.ownerId !== DEMO_USER_IDS.faisal);
      const lastOwn = leads.map((l) => l.ownerId).lastIndexOf(DEMO_USER_IDS.faisal);
      if (firstForeign !== -1) expect(lastOwn).toBeLessThan(firstForeign);
      expect(changes.filter((c) => c.kind === 'content').length).toBeGreaterThan(10);
    } finally {
      await app.close();
    }
  });
});

describe('account commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const stdin = (text: string) => Readable.from([text]);

  it('creates an organisation with its administrator, then users in teams', async () => {
    const env = { SALESDESK_DATA_DIR: dir };
    expect(
      await runCommand(
        'create-organisation',
        [
          '--name',
          'Acme Calls',
          '--admin-email',
          'boss@acme.example',
          '--admin-name',
          'Boss',
          '--password-stdin',
        ],
        env,
        stdin('very secret password\n'),
      ),
    ).toMatch(/^Created organisation .* with administrator boss@acme\.example/);
    expect(
      await runCommand(
        'create-user',
        [
          '--email',
          'sam@acme.example',
          '--name',
          'Sam',
          '--roles',
          'hunter,closer',
          '--team',
          'North',
          '--password-stdin',
        ],
        env,
        stdin('another password\n'),
      ),
    ).toMatch(/in new team North/);
    await expect(
      runCommand(
        'create-user',
        ['--email', 'SAM@acme.example', '--name', 'Sam', '--roles', 'hunter', '--password-stdin'],
        env,
        stdin('another password'),
      ),
    ).rejects.toThrow(AccountError);
    await expect(
      runCommand(
        'create-user',
        ['--email', 'x@acme.example', '--name', 'X', '--roles', 'wizard', '--password-stdin'],
        env,
        stdin('another password'),
      ),
    ).rejects.toThrow(/unknown: wizard/);
    await expect(
      runCommand(
        'create-user',
        ['--email', 'x@acme.example', '--name', 'X', '--roles', 'hunter'],
        env,
        stdin('pw'),
      ),
    ).rejects.toThrow(UsageError);
    await expect(
      runCommand(
        'create-user',
        ['--email', 'x@acme.example', '--name', 'X', '--roles', 'hunter', '--password-stdin'],
        env,
        stdin('short'),
      ),
    ).rejects.toThrow(/at least 8/);

    const db = await openDb({ databaseUrl: null, dataDir: dir });
    try {
      const app = await buildApp({ db, version: 'test', staticDir: null });
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: protocol,
        payload: {
          email: 'sam@acme.example',
          password: 'another password',
          clientId: randomUUID(),
        },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().user).toMatchObject({
        roles: ['hunter', 'closer'],
        teamId: expect.any(String),
      });
      await app.close();
    } finally {
      await db.close();
    }
  }, 180_000);
});
