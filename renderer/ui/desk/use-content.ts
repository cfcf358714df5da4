import { useLiveQuery } from 'dexie-react-hooks';
import type {
  CallScript,
  ClosingTechnique,
  ObjectionCard,
  Product,
} from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';

const EMPTY: never[] = [];

export function useObjectionCards(): ObjectionCard[] {
  const db = useDeskDb();
  return (
    useLiveQuery(
      async () =>
        (await db.content.where('kind').equals('objection').toArray()).map(
          (r) => r.data as ObjectionCard,
        ),
      [db],
    ) ?? EMPTY
  );
}

export function useClosingTechniques(): ClosingTechnique[] {
  const db = useDeskDb();
  return (
    useLiveQuery(
      async () =>
        (await db.content.where('kind').equals('closing').toArray()).map(
          (r) => r.data as ClosingTechnique,
        ),
      [db],
    ) ?? EMPTY
  );
}

export function useProducts(): Product[] {
  const db = useDeskDb();
  return (
    useLiveQuery(
      async () =>
        (await db.content.where('kind').equals('product').toArray()).map((r) => r.data as Product),
      [db],
    ) ?? EMPTY
  );
}

/** Every call script, ordinary and for inbound callers (shared/domain/script-choice.ts picks). */
export function useScripts(): CallScript[] {
  const db = useDeskDb();
  return (
    useLiveQuery(
      async () =>
        (await db.content.where('kind').equals('script').toArray()).map(
          (r) => r.data as CallScript,
        ),
      [db],
    ) ?? EMPTY
  );
}
