// Hands the desk's Dexie database to the component tree.
import { createContext } from 'react';
import type { DeskDatabase } from './schema';

export const DbContext = createContext<DeskDatabase | null>(null);
