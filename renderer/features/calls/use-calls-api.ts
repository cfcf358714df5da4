// The recordings and reviews API of the server this desk is signed in to; null in the offline demo.
import { useContext, useMemo } from 'react';
import { DeskSyncContext } from '../../ui/sync/desk-sync-context';
import { callsApi, type CallsApi } from './calls-api';

export function useCallsApi(): CallsApi | null {
  const sync = useContext(DeskSyncContext);
  return useMemo(() => (sync ? callsApi((request) => sync.withAccess(request)) : null), [sync]);
}
