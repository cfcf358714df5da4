// Saving and deleting authored content (scripts, objection cards, closing techniques, products)
// from the supervisor's editors, through the putContent and removeContent verbs: each changes
// the content row and appends its outbox entry in ONE transaction; content with errors, or from
// someone without the right, is refused and nothing is written.
import type { ContentRow } from '../../shared/domain/content';
import type { Actor, EditIssue } from '../../shared/domain/editing';
import { putContent } from '../../shared/mutations/put-content';
import { removeContent as removeContentVerb } from '../../shared/mutations/remove-content';
import type { VerbError } from '../../shared/mutations/verb';
import { openDesk } from './desk';
import { run } from './run';
import type { DeskDatabase } from './schema';

export type EditorContext = {
  db: DeskDatabase;
  /** Who is editing: decides what they may change. */
  actor: Actor | null;
  now?: () => number;
};

export type ContentError = 'forbidden' | 'invalid' | 'idTaken' | 'notFound' | 'productInUse';

export type ContentResult =
  { ok: true; row: ContentRow } | { ok: false; error: ContentError; issues: EditIssue[] };

function refused(error: VerbError): { ok: false; error: ContentError; issues: EditIssue[] } {
  const code = error.code;
  const known: ContentError =
    code === 'forbidden' || code === 'idTaken' || code === 'notFound' || code === 'productInUse'
      ? code
      : 'invalid';
  return { ok: false, error: known, issues: error.issues ?? [] };
}

/**
 * Saves a content row: `isNew` refuses an id already taken (a new or duplicated item never
 * overwrites another one). Returns the row as stored (tidied).
 */
export async function saveContent(
  ctx: EditorContext,
  row: ContentRow,
  { isNew }: { isNew: boolean },
): Promise<ContentResult> {
  const desk = await openDesk(ctx.db, ctx.actor, ctx.now);
  if (!desk) return { ok: false, error: 'forbidden', issues: [] };
  const r = await run(desk, putContent, { row, isNew });
  return r.ok ? { ok: true, row: r.result } : refused(r.error);
}

/** Deletes a content row. A product a script sells or another product cross-sells stays. */
export async function removeContent(ctx: EditorContext, id: string): Promise<ContentResult> {
  const desk = await openDesk(ctx.db, ctx.actor, ctx.now);
  if (!desk) return { ok: false, error: 'forbidden', issues: [] };
  const r = await run(desk, removeContentVerb, { id });
  return r.ok ? { ok: true, row: r.result } : refused(r.error);
}
