import { useCallback, useEffect, useState } from 'react';
import { listsHash, parseListsHash, type ListsRoute } from './lists-route';

/** The section's view and list from the URL hash, following links and the back button. */
export function useListsRoute(): [ListsRoute, (next: ListsRoute) => void] {
  const [route, setRoute] = useState(() => parseListsHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseListsHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: ListsRoute) => {
    window.history.replaceState(null, '', listsHash(next));
    setRoute(next);
  }, []);
  return [route, go];
}
