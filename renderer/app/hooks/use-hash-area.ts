// Keeps the current area and the URL hash in step, so reload and back/forward work.
import { useEffect } from 'react';
import { areaFromHash, areasFor, hashForArea } from '../../store/areas';
import { useAppStore } from '../../store/use-app-store';

export function useHashArea(): void {
  const area = useAppStore((s) => s.area);
  const setArea = useAppStore((s) => s.setArea);
  const roles = useAppStore((s) => s.user?.roles ?? null);

  useEffect(() => {
    const onHash = () => {
      const next = areaFromHash(window.location.hash);
      if (next && areasFor(roles).includes(next)) setArea(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setArea, roles]);

  useEffect(() => {
    if (areaFromHash(window.location.hash) !== area) {
      window.history.replaceState(null, '', hashForArea(area));
    }
  }, [area]);
}
