// The desktop app's page may only connect to the sync servers main knows (its CSP). Before
// signing in to a server typed in the form, the page asks main to allow it; a server new to
// this desk takes one reload of the page, after which the form shows it again.
import type { DeskApi } from '../../shared/ipc/contract';
import { rememberServerUrl } from './account';

export type ServerReach = 'ok' | 'refused' | 'reloading';

/** Makes `url` reachable from this page: 'ok' to go on, 'refused', or 'reloading' (stop here). */
export async function reachServer(
  url: string,
  desk: DeskApi | undefined,
  storage: Pick<Storage, 'setItem'>,
  reload: () => void,
): Promise<ServerReach> {
  // A browser (the server's own web client) has no such list.
  if (!desk) return 'ok';
  const { allowed, reload: mustReload } = await desk.invoke('desk:allowServer', { url });
  if (!allowed) return 'refused';
  if (!mustReload) return 'ok';
  rememberServerUrl(storage, url);
  reload();
  return 'reloading';
}
