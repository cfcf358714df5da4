import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_DIAL_TEMPLATE, isValidDialTemplate } from '../../../shared/domain/dial-uri';
import type { DeskDatabase } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';

// The last template read per desk database: a call screen mounts afresh for every lead, and
// until its query answers it must not fall back to tel: (a D pressed as the lead appears).
const known = new WeakMap<DeskDatabase, string>();

/** How this desk dials: `tel:{e164}` unless set to the PBX's `sip:`/`callto:` form. */
export function useDialTemplate(): string {
  const db = useDeskDb();
  const value = useLiveQuery(
    async () => {
      const stored = (await db.meta.get('dialTemplate'))?.value;
      const template =
        typeof stored === 'string' && isValidDialTemplate(stored) ? stored : DEFAULT_DIAL_TEMPLATE;
      known.set(db, template);
      return template;
    },
    [db],
    known.get(db),
  );
  return value ?? DEFAULT_DIAL_TEMPLATE;
}
