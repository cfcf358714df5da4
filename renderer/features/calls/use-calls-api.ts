// The recordings and reviews API of the server this desk is signed in to; null without a server
// session (the offline demo, the sign-in screen), where the screens say so instead of failing.
import { useContext, useMemo, useSyncExternalStore } from 'react';
import { DeskSyncContext } from '../../ui/sync/desk-sync-context';
import { callsApi, type CallsApi } from './calls-api';

const never = () => () => {};

export function useCallsApi(): CallsApi | null {
  const sync = useContext(DeskSyncContext);
  const active = useSyncExternalStore(
    sync ? sync.subscribe : never,
    () => sync?.snapshot().phase === 'active',
  );
  return useMemo(
    () => (sync && active ? callsApi((request) => sync.withAccess(request)) : null),
    [sync, active],
  );
}
