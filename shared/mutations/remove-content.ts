// removeContent: deletes a script, card, technique or product. A product a script sells or
// another product cross-sells stays until they no longer name it.
import { z } from 'zod';
import { productUsers } from '../domain/editing';
import { atSchema, defineVerb, fail, ok } from './verb';

export const removeContent = defineVerb({
  name: 'removeContent',
  args: z.object({ id: z.string().min(1).max(100), at: atSchema }),
  roles: ['supervisor', 'admin'],
  reach: { content: true },
  audited: true,
  reads: () => ({ content: true }),
  apply(state, args) {
    const row = state.content(args.id);
    if (!row) return fail('notFound');
    if (row.kind === 'product' && productUsers(state.contentRows(), row.id).length > 0)
      return fail('productInUse');
    return ok({ content: { remove: [row.id] } }, row);
  },
});
