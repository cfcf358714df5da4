// This desk's live coaching (coaching-desk.ts) and its state, re-rendering when it changes.
import { useSyncExternalStore } from 'react';
import { useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { coachingDeskOf, type CoachingDesk, type CoachingView } from './coaching-desk';

export function useCoaching(): { desk: CoachingDesk; view: CoachingView } {
  const desk = coachingDeskOf(useDeskSyncController());
  const view = useSyncExternalStore(desk.subscribe, desk.view);
  return { desk, view };
}
