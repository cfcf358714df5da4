import { useLiveQuery } from 'dexie-react-hooks';
import { readTouchSettings, type TouchSettings } from '../../../shared/domain/messages';
import { useDeskDb } from '../../db/use-desk-db';

/** Meta key of the organisation's touch settings (the touchChain setting, synced). */
export const TOUCH_SETTINGS_KEY = 'touchChain';

/** The organisation's touch goal and WhatsApp mode (defaults until a supervisor sets them). */
export function useTouchSettings(): TouchSettings {
  const db = useDeskDb();
  const value = useLiveQuery(async () => (await db.meta.get(TOUCH_SETTINGS_KEY))?.value, [db]);
  return readTouchSettings(value);
}
