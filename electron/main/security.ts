// Every hardening rule of the desktop shell in one place (STYLE.md §6): locked-down web
// preferences, navigation and window-open denial, no permissions, CSP, no dev tools in production.
import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAllowedExternalUrl } from '../../shared/ipc/external-url';

/** The origin the bundled renderer is served from (custom protocol, never file://). */
export const APP_ORIGIN = 'app://desk';

/**
 * The policy for the bundled renderer. MUI/emotion inject <style> tags, hence 'unsafe-inline'
 * for styles only; the desk talks to the local sync server or one on the company network (https).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self' http://127.0.0.1:* http://localhost:* https:; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Web preferences of every desk window: isolated, sandboxed, no Node.js, no <webview>. */
export function secureWebPreferences(preloadPath: string, allowDevTools = false): WebPreferences {
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
    devTools: allowDevTools,
  };
}

/** "scheme://host[:port]" of a URL the shell may show, or null for anything else. */
function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!['app:', 'http:', 'https:'].includes(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * True when `url` belongs to one of `trustedOrigins` (the app:// origin and, when the desk shows
 * the sync server's web client, that server's origin). Compares whole origins — scheme, host and
 * port — so lookalike hosts, other ports, user-info tricks, file:, data: and javascript: fail.
 */
export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return trustedOrigins.some((trusted) => originOf(trusted) === origin);
}

/**
 * No camera, microphone, geolocation, notification prompt, clipboard read, USB, HID or serial:
 * the page asks, the shell says no. Also adds the CSP to the app's own responses.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Device access (WebUSB/HID/serial) has its own handler; not every build of Electron has it.
  if (typeof session.setDevicePermissionHandler === 'function') {
    session.setDevicePermissionHandler(() => false);
  }
  // The app:// handler sets the CSP itself (app-protocol.ts); this covers any other app://
  // response. The sync server's pages carry the server's own CSP.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isTrustedUrl(details.url, [APP_ORIGIN])) {
      callback({});
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/**
 * Locks one web contents down: navigation and redirects only within the trusted origins, no
 * new windows (an allow-listed tel:/sip:/https: link goes to the OS instead), no <webview>, and
 * dev tools closed again at once unless `allowDevTools`.
 */
export function hardenWebContents(
  contents: WebContents,
  trustedOrigins: readonly string[],
  allowDevTools: boolean,
): void {
  const refuseUntrusted = (event: { preventDefault(): void }, url: string) => {
    if (!isTrustedUrl(url, trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseUntrusted(event, event.url));
  contents.on('will-redirect', (event) => refuseUntrusted(event, event.url));
  // Sub-frames too: an <iframe> must not be steered anywhere off the allowlist either.
  contents.on('will-frame-navigate', (event) => refuseUntrusted(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A target=_blank link to a phone number or a web page goes to the OS, never a new window.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (!allowDevTools) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/**
 * Hardens every web contents the app ever creates (windows, frames, dev tools), so nothing
 * escapes the rules by being created some other way. Call once, before the first window.
 */
export function hardenAllWebContents(
  trustedOrigins: readonly string[],
  allowDevTools: boolean,
): void {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, trustedOrigins, allowDevTools),
  );
}
