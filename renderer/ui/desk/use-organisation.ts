import { useLiveQuery } from 'dexie-react-hooks';
import type { OrganisationProfile } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';

/** The organisation profile stored on this desk (calling hours, currency, timezone). */
export function useOrganisation(): OrganisationProfile | null {
  const db = useDeskDb();
  return (
    useLiveQuery(
      async () =>
        ((await db.meta.get('organisation'))?.value as OrganisationProfile | undefined) ?? null,
      [db],
    ) ?? null
  );
}
