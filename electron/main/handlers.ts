// The contract's channels, implemented. Each is registered through `handle` (ipc.ts).
import { app, Notification, shell, type BrowserWindow } from 'electron';
import { mayOpenExternal, type DeskPolicyStore } from './desk-policy';
import { handle, sendEvent } from './ipc';
import type { TokenVault } from './token-vault';

export type HandlerDeps = {
  trustedOrigins: readonly string[];
  /** The desk window, for notification clicks; null while there is none. */
  mainWindow: () => BrowserWindow | null;
  /** Where the sync server's refresh tokens are kept (safeStorage). */
  tokenVault: TokenVault;
  /** The servers, PBXs and web hosts the desk may reach (desk-policy.ts). */
  deskPolicy: DeskPolicyStore;
};

// Notifications shown and not yet clicked or closed. Without a reference, a collected
// Notification object no longer reports its click (Windows in particular).
const liveNotifications = new Set<Notification>();

export function registerHandlers({
  trustedOrigins,
  mainWindow,
  tokenVault,
  deskPolicy,
}: HandlerDeps): void {
  handle(
    'app:info',
    () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
    }),
    trustedOrigins,
  );

  handle(
    'shell:openExternal',
    async ({ url }) => {
      if (!mayOpenExternal(url, deskPolicy.policy())) return { opened: false };
      await shell.openExternal(url);
      return { opened: true };
    },
    trustedOrigins,
  );

  handle(
    'desk:allowServer',
    ({ url }) => {
      const { allowed, added } = deskPolicy.allowServer(url);
      return { allowed, reload: added };
    },
    trustedOrigins,
  );

  handle(
    'notify:show',
    ({ title, body, tag }) => {
      if (!Notification.isSupported()) return { shown: false };
      const notification = new Notification({ title, body });
      liveNotifications.add(notification);
      const forget = () => liveNotifications.delete(notification);
      notification.on('close', forget);
      notification.on('failed', forget);
      notification.on('click', () => {
        forget();
        const win = mainWindow();
        if (!win || win.isDestroyed()) return;
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
        sendEvent(win.webContents, 'notification:clicked', tag === undefined ? {} : { tag });
      });
      notification.show();
      return { shown: true };
    },
    trustedOrigins,
  );

  handle('auth:saveToken', ({ account, token }) => tokenVault.save(account, token), trustedOrigins);
  handle('auth:loadToken', ({ account }) => ({ token: tokenVault.load(account) }), trustedOrigins);
  handle(
    'auth:clearToken',
    ({ account }) => ({ cleared: tokenVault.clear(account) }),
    trustedOrigins,
  );
}
