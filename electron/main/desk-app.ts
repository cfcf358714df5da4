// Starts the desktop shell: one instance, one hardened window showing the bundled renderer
// (app://desk/) or, with --server-url / SALESDESK_URL, the sync server's web client.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, net, safeStorage, screen, session } from 'electron';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { appContentSecurityPolicy, DeskPolicyStore } from './desk-policy';
import { registerHandlers } from './handlers';
import { TokenVault } from './token-vault';
import { buildMenuTemplate } from './menu';
import { APP_ORIGIN, hardenAllWebContents, hardenSession, secureWebPreferences } from './security';
import { clampToDisplays, loadWindowState, MIN_SIZE, trackWindowState } from './window-state';

export type DeskOptions = {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** Folder of the built main bundle (out/main); renderer and preload sit beside it. */
  mainDir: string;
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '0.0.0.0']);

/**
 * The sync server URL the desk should show, from `--server-url=…` (first) or SALESDESK_URL: https
 * anywhere, plain http only on this machine, where nobody on the network can tamper with it.
 */
export function serverUrlFrom(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): string | null {
  const flag = argv.find((arg) => arg.startsWith('--server-url='));
  const raw = flag ? flag.slice('--server-url='.length) : env.SALESDESK_URL;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url.toString();
  return null;
}

export function startDesk({ argv, env, mainDir }: DeskOptions): void {
  // A second copy hands over to the first (which comes to the front) and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme();

  const serverUrl = serverUrlFrom(argv, env);
  if (
    serverUrl === null &&
    (argv.some((a) => a.startsWith('--server-url=')) || env.SALESDESK_URL)
  ) {
    console.warn('Sales Desk: ignoring the server URL (https, or http on this machine only)');
  }
  const trustedOrigins = serverUrl ? [APP_ORIGIN, new URL(serverUrl).origin] : [APP_ORIGIN];
  const allowDevTools = !app.isPackaged && env.SALESDESK_DEV === '1';
  let mainWindow: BrowserWindow | null = null;

  // Read once the user-data folder is known (app.getPath works before ready).
  const deskPolicy = new DeskPolicyStore({
    serverUrl,
    env,
    configFile: join(app.getPath('userData'), 'desk-config.json'),
    learnedFile: join(app.getPath('userData'), 'desk-servers.json'),
    fetch: (url, init) => net.fetch(url, init),
  });
  const contentSecurityPolicy = () => appContentSecurityPolicy(deskPolicy.policy());

  hardenAllWebContents(trustedOrigins, allowDevTools, () => deskPolicy.policy());
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    // The configured sync server's web client is the desk too: its softphone gets the microphone.
    hardenSession(session.defaultSession, contentSecurityPolicy, trustedOrigins);
    handleAppProtocol(join(mainDir, '..', 'renderer'), async (file) => {
      // A page is about to load: learn the PBX addresses its servers allow now (short wait).
      if (file.endsWith('.html')) await deskPolicy.refreshPbxOrigins();
      return contentSecurityPolicy();
    });
    registerHandlers({
      trustedOrigins,
      mainWindow: () => mainWindow,
      tokenVault: new TokenVault(join(app.getPath('userData'), 'sync-tokens.json'), safeStorage),
      deskPolicy,
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          isMac: process.platform === 'darwin',
          allowDevTools,
          appName: app.getName(),
          onAbout: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: app.getName(),
              message: `${app.getName()} ${app.getVersion()}`,
              detail: `Electron ${process.versions.electron ?? ''}, Chrome ${process.versions.chrome ?? ''}`,
            }),
        }),
      ),
    );

    const stateFile = join(app.getPath('userData'), 'window-state.json');
    const saved = loadWindowState(stateFile);
    const bounds = clampToDisplays(
      saved?.bounds ?? null,
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    mainWindow = new BrowserWindow({
      ...bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: app.getName(),
      backgroundColor: '#f4f6f9',
      webPreferences: secureWebPreferences(
        // electron-vite writes the sandboxed preload as CommonJS: out/preload/index.cjs.
        join(mainDir, '..', 'preload', 'index.cjs'),
        allowDevTools,
      ),
    });
    if (saved?.maximized) mainWindow.maximize();
    trackWindowState(mainWindow, stateFile);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    void mainWindow.loadURL(serverUrl ?? `${APP_ORIGIN}/`);
  });
}
