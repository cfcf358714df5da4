// Hands the bound store to the component tree (a context, so tests can render with their own).
import { createContext } from 'react';
import type { AppStore } from './store';

export const StoreContext = createContext<AppStore | null>(null);
