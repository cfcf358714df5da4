// Hands the desk's sync controller (renderer/sync/desk-sync.ts) to the component tree.
import { createContext } from 'react';
import type { DeskSync } from '../../sync/desk-sync';

export const DeskSyncContext = createContext<DeskSync | null>(null);
