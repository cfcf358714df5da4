// Refresh-token stores for the desk: the desktop app keeps it in main with Electron safeStorage
// (through IPC); a browser leaves it in the server's HttpOnly cookie.
import type { DeskApi } from '../../shared/ipc/contract';
import { cookieTokenStore, type TokenStore } from './auth';
import { reportTokenSaved } from './token-persistence';

/** The desktop app's store: one token per sync server, encrypted by main. */
export function ipcTokenStore(desk: DeskApi, account: string): TokenStore {
  return {
    load: async () => (await desk.invoke('auth:loadToken', { account })).token,
    // Main says when the OS could not keep it (no keyring): the desk explains, and works on.
    save: async (token) =>
      reportTokenSaved(await desk.invoke('auth:saveToken', { account, token })),
    clear: async () => void (await desk.invoke('auth:clearToken', { account })),
  };
}

/** The right store for where the desk runs. */
export function platformTokenStore(serverUrl: string): TokenStore {
  const desk = typeof window !== 'undefined' ? window.desk : undefined;
  return desk ? ipcTokenStore(desk, serverUrl) : cookieTokenStore;
}
