import { useLiveQuery } from 'dexie-react-hooks';
import type { MessageTemplate } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';

const EMPTY: MessageTemplate[] = [];

/** Every message template of the organisation. */
export function useMessageTemplates(): MessageTemplate[] {
  const db = useDeskDb();
  return (
    useLiveQuery(
      async () =>
        (await db.content.where('kind').equals('message').toArray()).map(
          (r) => r.data as MessageTemplate,
        ),
      [db],
    ) ?? EMPTY
  );
}
