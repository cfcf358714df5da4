// Narrow-selector access to the bound store: components re-render only for what they select.
import { useContext } from 'react';
import { useStore } from 'zustand';
import { StoreContext } from './store-context';
import type { AppState, AppStore } from './store';

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return useStore(store, selector);
}

/** The store itself, for code that reads or writes it outside rendering (event handlers, the phone). */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi must be used inside <StoreContext.Provider>');
  return store;
}
