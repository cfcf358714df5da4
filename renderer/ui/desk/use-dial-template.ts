import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_DIAL_TEMPLATE, isValidDialTemplate } from '../../../shared/domain/dial-uri';
import { useDeskDb } from '../../db/use-desk-db';

/** How this desk dials: `tel:{e164}` unless set to the PBX's `sip:`/`callto:` form. */
export function useDialTemplate(): string {
  const db = useDeskDb();
  const value = useLiveQuery(async () => (await db.meta.get('dialTemplate'))?.value, [db]);
  return typeof value === 'string' && isValidDialTemplate(value) ? value : DEFAULT_DIAL_TEMPLATE;
}
