import { lazy, Suspense, type ComponentType } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import { useRememberedLeads } from '../features/call/hooks/use-remembered-leads';
import type { Area } from '../store/areas';
import { useAppStore } from '../store/use-app-store';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * Each area's screen is its own chunk: the first page loads only the area it opens on (main.tsx
 * starts fetching it before the app renders), and the others when a person first switches.
 */
const LOADERS: Record<Area, () => Promise<{ default: ComponentType }>> = {
  hunter: () =>
    import('../features/hunter/HunterScreen').then((m) => ({ default: m.HunterScreen })),
  closer: () =>
    import('../features/closer/CloserScreen').then((m) => ({ default: m.CloserScreen })),
  farmer: () =>
    import('../features/farmer/FarmerScreen').then((m) => ({ default: m.FarmerScreen })),
  supervisor: () =>
    import('../features/supervisor/SupervisorScreen').then((m) => ({
      default: m.SupervisorScreen,
    })),
};

const SCREENS: Record<Area, ComponentType> = {
  hunter: lazy(LOADERS.hunter),
  closer: lazy(LOADERS.closer),
  farmer: lazy(LOADERS.farmer),
  supervisor: lazy(LOADERS.supervisor),
};

/** Starts fetching an area's screen (the app's entry does for the area in the address). */
export function preloadArea(area: Area): void {
  void LOADERS[area]().catch(() => undefined);
}

/** Shows the current area's screen, each behind its own error boundary. */
export function AreaOutlet() {
  const area = useAppStore((s) => s.area);
  // A reload puts each area back on the lead it had open.
  useRememberedLeads();
  const Screen = SCREENS[area];
  return (
    <ErrorBoundary key={area}>
      <Suspense fallback={<LinearProgress aria-busy data-testid="area-loading" />}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}
