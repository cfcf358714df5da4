// The organisation's list costs (setting `listCosts`, synced into the desk's meta table).
import { useLiveQuery } from 'dexie-react-hooks';
import { listCostsFrom, type ListCosts } from '../../../../shared/domain/list-costs';
import { useDeskDb } from '../../../db/use-desk-db';

/** Live: what each list cost, as the last supervisor to save it set it (undefined while read). */
export function useListCosts(): ListCosts | undefined {
  const db = useDeskDb();
  return useLiveQuery(async () => listCostsFrom((await db.meta.get('listCosts'))?.value), [db]);
}
