// Message templates (WhatsApp, SMS, e-mail) are authored content like scripts: the content
// table's kind check admits them.
import type { Queryable } from '../db/db';

export const name = '1765000007000-message-templates';

export async function up(tx: Queryable): Promise<void> {
  await tx.query('ALTER TABLE content DROP CONSTRAINT content_kind_check');
  await tx.query(
    `ALTER TABLE content ADD CONSTRAINT content_kind_check
       CHECK (kind IN ('script', 'objection', 'closing', 'product', 'message'))`,
  );
}
