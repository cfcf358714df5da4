// Saving and deleting authored content (scripts, objection cards, closing techniques, products)
// from the supervisor's editors. Each write changes the content row and appends its outbox
// entry in ONE transaction; content with errors, or from someone without the right, is refused
// and nothing is written.
import {
  canEditContent,
  checkClosing,
  checkObjection,
  checkProduct,
  checkScript,
  hasErrors,
  normaliseClosing,
  normaliseObjection,
  normaliseProduct,
  normaliseScript,
  type Actor,
  type EditIssue,
} from '../../shared/domain/editing';
import type { CallScript, Product } from '../../shared/domain/content';
import { addToOutbox } from './outbox';
import type { DeskDatabase } from './schema';
import type { ContentKind, ContentRow } from '../../shared/domain/content';

export type EditorContext = {
  db: DeskDatabase;
  /** Who is editing: decides what they may change. */
  actor: Actor | null;
  now?: () => number;
};

export type ContentError = 'forbidden' | 'invalid' | 'idTaken' | 'notFound' | 'productInUse';

export type ContentResult =
  { ok: true; row: ContentRow } | { ok: false; error: ContentError; issues: EditIssue[] };

/** The row as it will be stored: texts trimmed, empty languages dropped. */
export function normaliseRow(row: ContentRow): ContentRow {
  switch (row.kind) {
    case 'script':
      return { ...row, data: normaliseScript(row.data) };
    case 'objection':
      return { ...row, data: normaliseObjection(row.data) };
    case 'closing':
      return { ...row, data: normaliseClosing(row.data) };
    case 'product':
      return { ...row, data: normaliseProduct(row.data) };
  }
}

/** Errors and warnings of a row, checked against the product catalogue on the desk. */
export function checkRow(row: ContentRow, productIds: readonly string[]): EditIssue[] {
  switch (row.kind) {
    case 'script':
      return checkScript(row.data, productIds);
    case 'objection':
      return checkObjection(row.data);
    case 'closing':
      return checkClosing(row.data);
    case 'product':
      return checkProduct(row.data, productIds);
  }
}

async function productIds(db: DeskDatabase): Promise<string[]> {
  return (await db.content.where('kind').equals('product').primaryKeys()) as string[];
}

/**
 * Saves a content row: `isNew` refuses an id already taken (a new or duplicated item never
 * overwrites another one). Returns the row as stored.
 */
export async function saveContent(
  ctx: EditorContext,
  input: ContentRow,
  { isNew }: { isNew: boolean },
): Promise<ContentResult> {
  const { db } = ctx;
  if (!canEditContent(ctx.actor)) return { ok: false, error: 'forbidden', issues: [] };
  const row = normaliseRow(input);
  if (row.id !== row.data.id) return { ok: false, error: 'invalid', issues: [] };
  const now = ctx.now?.() ?? Date.now();
  return db.transaction('rw', [db.content, db.outbox, db.meta], async () => {
    const existing = await db.content.get(row.id);
    if (isNew && existing) return { ok: false, error: 'idTaken', issues: [] } as ContentResult;
    if (!isNew && !existing) return { ok: false, error: 'notFound', issues: [] } as ContentResult;
    const ids = await productIds(db);
    const issues = checkRow(row, row.kind === 'product' ? [...ids, row.id] : ids);
    if (hasErrors(issues)) return { ok: false, error: 'invalid', issues } as ContentResult;
    await db.content.put(row);
    await addToOutbox(
      db,
      'putContent',
      { kind: row.kind, id: row.id, isNew },
      { content: { put: [row] } },
      now,
    );
    return { ok: true, row } as ContentResult;
  });
}

/** Deletes a content row. A product a script sells or another product cross-sells stays. */
export async function removeContent(ctx: EditorContext, id: string): Promise<ContentResult> {
  const { db } = ctx;
  if (!canEditContent(ctx.actor)) return { ok: false, error: 'forbidden', issues: [] };
  const now = ctx.now?.() ?? Date.now();
  return db.transaction('rw', [db.content, db.outbox, db.meta], async () => {
    const row = await db.content.get(id);
    if (!row) return { ok: false, error: 'notFound', issues: [] } as ContentResult;
    if (row.kind === 'product' && (await productUsers(db, id)).length > 0)
      return { ok: false, error: 'productInUse', issues: [] } as ContentResult;
    await db.content.delete(id);
    await addToOutbox(
      db,
      'removeContent',
      { kind: row.kind, id },
      { content: { remove: [id] } },
      now,
    );
    return { ok: true, row } as ContentResult;
  });
}

/** Scripts selling a product and products cross-selling it. */
export async function productUsers(db: DeskDatabase, productId: string): Promise<ContentRow[]> {
  const rows = await db.content
    .where('kind')
    .anyOf(['script', 'product'] satisfies ContentKind[])
    .toArray();
  return rows.filter((r) =>
    r.kind === 'script'
      ? (r.data as CallScript).productId === productId
      : r.kind === 'product' &&
        r.id !== productId &&
        (r.data as Product).crossSell.includes(productId as Product['id']),
  );
}
