import { useContext, useSyncExternalStore } from 'react';
import type { DeskSync, DeskSyncSnapshot } from '../../sync/desk-sync';
import { DeskSyncContext } from './desk-sync-context';

/** The sync controller itself (sign-in, sign-out, sync now). */
export function useDeskSyncController(): DeskSync {
  const sync = useContext(DeskSyncContext);
  if (!sync) throw new Error('useDeskSync must be used inside <DeskSyncContext.Provider>');
  return sync;
}

/** The sync controller's state, re-rendering when it changes. */
export function useDeskSync(): DeskSyncSnapshot {
  const sync = useDeskSyncController();
  return useSyncExternalStore(sync.subscribe, sync.snapshot);
}
