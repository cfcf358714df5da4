// The signed-in desk's account calls, bound to its session.
import { useMemo } from 'react';
import { useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { accountCalls, type AccountCalls } from './account-api';

export function useAccountCalls(): AccountCalls {
  const sync = useDeskSyncController();
  return useMemo(() => accountCalls((request) => sync.withAccess(request)), [sync]);
}
