import { HunterScreen } from '../features/hunter/HunterScreen';
import { CloserScreen } from '../features/closer/CloserScreen';
import { FarmerScreen } from '../features/farmer/FarmerScreen';
import { SupervisorScreen } from '../features/supervisor/SupervisorScreen';
import { useRememberedLeads } from '../features/call/hooks/use-remembered-leads';
import { useAppStore } from '../store/use-app-store';
import { ErrorBoundary } from './ErrorBoundary';

const SCREENS = {
  hunter: HunterScreen,
  closer: CloserScreen,
  farmer: FarmerScreen,
  supervisor: SupervisorScreen,
} as const;

/** Shows the current area's screen, each behind its own error boundary. */
export function AreaOutlet() {
  const area = useAppStore((s) => s.area);
  // A reload puts each area back on the lead it had open.
  useRememberedLeads();
  const Screen = SCREENS[area];
  return (
    <ErrorBoundary key={area}>
      <Screen />
    </ErrorBoundary>
  );
}
