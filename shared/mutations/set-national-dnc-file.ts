// setNationalDncFile: which national registry file the list now holds and when it was published,
// so every supervisor's desk can warn when it is more than 31 days old.
import { z } from 'zod';
import { checkFileDate } from '../domain/dnc';
import { atSchema, defineVerb, epochMsSchema, fail, ok } from './verb';

export const setNationalDncFile = defineVerb({
  name: 'setNationalDncFile',
  args: z.object({
    fileName: z.string().max(300),
    fileDate: epochMsSchema,
    count: z.number().int().min(0),
    at: atSchema,
  }),
  roles: ['supervisor', 'admin'],
  reach: { settings: ['dncNationalFile'] },
  audited: true,
  reads: () => ({}),
  apply(_state, args) {
    if (checkFileDate(args.fileDate, args.at)) return fail('fileDateInFuture');
    const value = {
      fileName: args.fileName,
      fileDate: args.fileDate,
      importedAt: args.at,
      count: args.count,
    };
    return ok({ settings: [{ key: 'dncNationalFile', value }] });
  },
});
