// First start of an offline desk: load the demo organisation so there is something to work.
import { useEffect, useState } from 'react';
import type { DeskDatabase } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';

const loading = new WeakMap<DeskDatabase, Promise<void>>();

/** Resolves once the desk has an organisation; loads the demo one when it has none. */
function ensureDemo(db: DeskDatabase): Promise<void> {
  let p = loading.get(db);
  if (!p) {
    // The demo content is loaded on demand: a desk with its own organisation never downloads it.
    p = db.meta
      .get('organisation')
      .then((org) =>
        org ? undefined : import('../../db/demo-loader').then((m) => m.loadDemo(db)),
      );
    loading.set(db, p);
  }
  return p;
}

export function useDemoBootstrap(): { ready: boolean; error: Error | null } {
  const db = useDeskDb();
  const [state, setState] = useState<{ ready: boolean; error: Error | null }>({
    ready: false,
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    ensureDemo(db).then(
      () => !cancelled && setState({ ready: true, error: null }),
      (error: unknown) =>
        !cancelled &&
        setState({
          ready: false,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [db]);
  return state;
}
