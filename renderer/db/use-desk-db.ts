import { useContext } from 'react';
import { DbContext } from './db-context';
import type { DeskDatabase } from './schema';

export function useDeskDb(): DeskDatabase {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDeskDb must be used inside <DbContext.Provider>');
  return db;
}
