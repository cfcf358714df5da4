// Starts the desktop shell: one instance, one hardened window showing the bundled renderer
// (app://desk/) or the sync server's web client when started with --server-url.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { registerHandlers } from './handlers';
import { buildMenuTemplate } from './menu';
import { APP_ORIGIN, hardenSession, hardenWebContents, secureWebPreferences } from './security';
import { clampToDisplays, loadWindowState, trackWindowState } from './window-state';
import { isAllowedExternalUrl } from '../../shared/ipc/external-url';

export type DeskOptions = {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** Folder of the built main bundle (out/main). */
  mainDir: string;
};

/** The sync server URL the app should show, from --server-url=… or SALESDESK_URL. */
export function serverUrlFrom(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): string | null {
  const flag = argv.find((a) => a.startsWith('--server-url='));
  const raw = flag ? flag.slice('--server-url='.length) : env.SALESDESK_URL;
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function startDesk({ argv, env, mainDir }: DeskOptions): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  const serverUrl = serverUrlFrom(argv, env);
  const trustedOrigins = serverUrl ? [APP_ORIGIN, new URL(serverUrl).origin] : [APP_ORIGIN];
  const allowDevTools = !app.isPackaged && env.SALESDESK_DEV === '1';
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      trustedOrigins,
      allowDevTools,
      openExternal: (url) => {
        if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      },
    });
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, trustedOrigins);
    handleAppProtocol(join(mainDir, '..', 'renderer'));
    registerHandlers({ trustedOrigins: () => trustedOrigins, mainWindow: () => mainWindow });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          isMac: process.platform === 'darwin',
          allowDevTools,
          appName: app.getName(),
          onAbout: () =>
            void dialog.showMessageBox({
              message: `${app.getName()} ${app.getVersion()}`,
              type: 'info',
            }),
        }),
      ),
    );

    const stateFile = join(app.getPath('userData'), 'window-state.json');
    const saved = loadWindowState(stateFile);
    const bounds = clampToDisplays(
      saved?.bounds ?? null,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    mainWindow = new BrowserWindow({
      ...bounds,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: app.getName(),
      backgroundColor: '#f4f6f9',
      webPreferences: secureWebPreferences(join(mainDir, '..', 'preload', 'index.cjs')),
    });
    if (saved?.maximized) mainWindow.maximize();
    trackWindowState(mainWindow, stateFile);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    void mainWindow.loadURL(serverUrl ?? `${APP_ORIGIN}/index.html`);
  });
}
