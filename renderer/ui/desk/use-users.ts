import { useLiveQuery } from 'dexie-react-hooks';
import type { User } from '../../../shared/domain/content';
import { useDeskDb } from '../../db/use-desk-db';

const NONE: User[] = [];

/** The people this desk knows (closers to book, farmers to hand customers to, who booked what). */
export function useUsers(): User[] {
  const db = useDeskDb();
  return useLiveQuery(() => db.users.toArray(), [db]) ?? NONE;
}
