// Every hardening rule of the desktop shell in one place (STYLE.md §6): locked-down web
// preferences, navigation and window-open denial, no permissions, CSP, no dev tools in production.
import type { Session, WebContents, WebPreferences } from 'electron';
import { isAllowedExternalUrl } from '../../shared/ipc/external-url';

/** The origin the bundled renderer is served from (custom protocol, never file://). */
export const APP_ORIGIN = 'app://desk';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  // The desk talks to its sync server: the local one, or one on the company network over https.
  "connect-src 'self' http://127.0.0.1:* http://localhost:* https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** "scheme://host[:port]" of a URL the shell may show, or null for anything else. */
function originOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!['app:', 'http:', 'https:'].includes(u.protocol)) return null;
  if (u.username || u.password) return null;
  return `${u.protocol}//${u.host}`.toLowerCase();
}

/** True when `url` belongs to one of the origins the desk's own pages come from. */
export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return trustedOrigins.some((t) => originOf(t) === origin);
}

/** No camera, microphone, geolocation, notifications prompt, USB, HID…: the page asks, we say no. */
export function hardenSession(session: Session, trustedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    if (isTrustedUrl(details.url, trustedOrigins)) {
      headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    }
    callback({ responseHeaders: headers });
  });
}

export type HardenOptions = {
  trustedOrigins: readonly string[];
  allowDevTools: boolean;
  /** Hands an allow-listed URL (tel:, sip:, https:) to the operating system. */
  openExternal: (url: string) => void;
};

export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const refuseUntrusted = (event: { preventDefault: () => void; url?: string }, url?: string) => {
    const target = url ?? event.url ?? '';
    if (!isTrustedUrl(target, options.trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', refuseUntrusted);
  contents.on('will-redirect', refuseUntrusted);
  contents.on('will-frame-navigate', refuseUntrusted);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank to a phone number or a web page goes to the OS, never a window.
    if (isAllowedExternalUrl(url)) options.openExternal(url);
    return { action: 'deny' };
  });
  if (!options.allowDevTools) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}
