import { useAppStore } from '../../../store/use-app-store';
import { openDialUri } from '../open-dial-uri';

/** Dials from the call screen: starts the call timer, then hands the address to the softphone. */
export function useDial(): (uri: string) => void {
  const startCall = useAppStore((s) => s.startCall);
  return (uri: string) => {
    startCall(Date.now());
    openDialUri(uri);
  };
}
