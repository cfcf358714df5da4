// A migrated server holding the sync fixture's world (server/test/sync-fixture.ts) whose mail goes
// to a real SMTP receiver: the set-up of every test of the server's e-mail (links, quotes,
// messages to leads).
import { buildApp } from '../app';
import { migrate } from '../db/migrate';
import type { DbKind } from '../db/db';
import { createTestDatabase } from './databases';
import { startSmtpReceiver, type SmtpReceiver, type SmtpReceiverOptions } from './smtp-receiver';
import { seedWorld, type World } from './sync-fixture';

export type MailWorld = { smtp: SmtpReceiver; world: World; close(): Promise<void> };

/** `login` ("user:password") goes into the server's SMTP URL for a receiver that asks for one. */
export async function mailWorld(
  kind: DbKind,
  receiver: SmtpReceiverOptions = {},
  login = '',
): Promise<MailWorld> {
  const smtp = await startSmtpReceiver(receiver);
  const testDb = await createTestDatabase(kind);
  const db = await testDb.open();
  await migrate(db);
  await seedWorld(db);
  const app = await buildApp({
    db,
    version: 'test',
    staticDir: null,
    mail: {
      smtpUrl: `smtp://${login ? `${login}@` : ''}127.0.0.1:${smtp.port}`,
      from: 'Sales Desk <desk@org.example>',
      publicUrl: 'https://desk.org.example',
    },
  });
  return {
    smtp,
    world: { db, app },
    async close() {
      await app.close();
      await db.close();
      await testDb.drop();
      await smtp.close();
    },
  };
}
