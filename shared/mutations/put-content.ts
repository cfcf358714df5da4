// putContent: a supervisor adds or changes a script, objection card, closing technique or product
// (tidied: texts trimmed, empty languages dropped). Content with errors is refused with them.
import { z } from 'zod';
import { contentRowSchema } from '../domain/content';
import { checkContentRow, hasErrors, normaliseContentRow } from '../domain/editing';
import { atSchema, defineVerb, fail, ok } from './verb';

export const putContent = defineVerb({
  name: 'putContent',
  args: z.object({
    row: contentRowSchema,
    /** A new item never overwrites another with the same id. */
    isNew: z.boolean(),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { content: true },
  audited: true,
  reads: () => ({ content: true }),
  apply(state, args) {
    const row = normaliseContentRow(args.row);
    if (row.id !== row.data.id) return fail('invalid', 'The row id differs from the item id.');
    const existing = state.content(row.id);
    if (args.isNew && existing) return fail('idTaken');
    if (!args.isNew && !existing) return fail('notFound');
    if (existing && existing.kind !== row.kind)
      return fail('invalid', `${row.id} is a ${existing.kind}, not a ${row.kind}.`);
    const products = state
      .contentRows()
      .filter((r) => r.kind === 'product')
      .map((r) => r.id);
    const issues = checkContentRow(row, row.kind === 'product' ? [...products, row.id] : products);
    if (hasErrors(issues)) return { ok: false, error: { code: 'invalid', issues } };
    return ok({ content: { put: [row] } }, row);
  },
});
