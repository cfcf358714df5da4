import { useSyncExternalStore } from 'react';
import { tokenPersistence, type TokenNotPersisted } from '../../sync/token-persistence';

/** Why the desktop app keeps the sign-in for this run only (no OS keyring), or null. */
export function useTokenPersistence(): TokenNotPersisted | null {
  return useSyncExternalStore(tokenPersistence.subscribe, tokenPersistence.get, () => null);
}
