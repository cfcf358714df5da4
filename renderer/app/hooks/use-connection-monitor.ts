// Watches whether the sync server that served this page still answers. Served from app:// (the
// desktop app with no server configured) there is nothing to watch: "local only".
import { useEffect } from 'react';
import { useAppStore } from '../../store/use-app-store';

const CHECK_EVERY_MS = 15_000;
const TIMEOUT_MS = 5_000;

export function useConnectionMonitor(): void {
  const setConnection = useAppStore((s) => s.setConnection);

  useEffect(() => {
    if (!/^https?:$/.test(window.location.protocol)) {
      setConnection('notConfigured');
      return;
    }
    let cancelled = false;
    const check = async () => {
      if (!navigator.onLine) {
        setConnection('offline');
        return;
      }
      try {
        const res = await fetch('/api/health', {
          cache: 'no-store',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (!cancelled) setConnection(res.ok ? 'online' : 'offline');
      } catch {
        if (!cancelled) setConnection('offline');
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    const onOnline = () => void check();
    const onOffline = () => setConnection('offline');
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [setConnection]);
}
