// The contract's channels, implemented.
import { app, Notification, shell, type BrowserWindow } from 'electron';
import { isAllowedExternalUrl } from '../../shared/ipc/external-url';
import { handle } from './ipc';

export type HandlerDeps = {
  trustedOrigins: () => readonly string[];
  mainWindow: () => BrowserWindow | null;
};

export function registerHandlers({ trustedOrigins, mainWindow }: HandlerDeps): void {
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
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await shell.openExternal(url);
      return { opened: true };
    },
    trustedOrigins,
  );

  handle(
    'notify:show',
    ({ title, body, tag }) => {
      if (!Notification.isSupported()) return { shown: false };
      const notification = new Notification({ title, body });
      notification.on('click', () => {
        const win = mainWindow();
        if (!win) return;
        if (win.isMinimized()) win.restore();
        win.focus();
        win.webContents.send('notification:clicked', { tag });
      });
      notification.show();
      return { shown: true };
    },
    trustedOrigins,
  );
}
