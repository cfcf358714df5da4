// Every hardening rule of the desktop shell in one place (STYLE.md §6): locked-down web
// preferences, navigation and window-open denial, permissions limited to what the softphone
// needs, CSP, no dev tools in production.
import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { DESKTOP_APP_ORIGIN } from '../../shared/ipc/app-origin';
import { mayOpenExternal, type DeskPolicy } from './desk-policy';

/** The origin the bundled renderer is served from (custom protocol, never file://). */
export const APP_ORIGIN = DESKTOP_APP_ORIGIN;

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
    // Chromium's experimental web platform features: unreviewed surface, none of which we use.
    experimentalFeatures: false,
    // The desk keeps its data in IndexedDB; WebSQL (on by default in Electron) is only surface.
    enableWebSQL: false,
    plugins: false,
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

/** What Electron tells about a permission request (`mediaTypes`) or check (`mediaType`). */
export type PermissionDetails = {
  /** A request's devices: 'audio' is the microphone, 'video' the camera or a screen. */
  mediaTypes?: readonly string[];
  /** A check's one device type: 'audio', 'video' or 'unknown'. */
  mediaType?: string;
  /** The origin of the requesting frame (media checks and requests). */
  securityOrigin?: string;
  /** The origin embedding a cross-origin sub-frame that asks (checks only). */
  embeddingOrigin?: string;
  /** The last URL the asking frame loaded. */
  requestingUrl?: string;
};

/** A media request or check for the microphone alone: no camera, no screen, nothing unknown. */
function isAudioOnly(details: PermissionDetails): boolean {
  const types = details.mediaTypes ?? (details.mediaType === undefined ? [] : [details.mediaType]);
  return types.length > 0 && types.every((type) => type === 'audio');
}

/**
 * The one permission rule of the shell, for requests and checks alike: the app's own page
 * (app://desk) may use the microphone (the softphone) and show notifications (inbound calls).
 * Camera, screen capture, geolocation, clipboard reads, MIDI, any other origin: no. `origin` is
 * the requesting URL or origin; every origin the details name must be trusted too.
 * `trustedOrigins` is only the app's unless a caller also trusts the sync server's web client.
 */
export function isPermissionAllowed(
  permission: string,
  details: PermissionDetails,
  origin: string,
  trustedOrigins: readonly string[] = [APP_ORIGIN],
): boolean {
  const origins = [origin, details.securityOrigin, details.embeddingOrigin, details.requestingUrl];
  const fromApp = origins.every((o) => o === undefined || isTrustedUrl(o, trustedOrigins));
  if (!fromApp) return false;
  if (permission === 'notifications') return true;
  if (permission === 'media') return isAudioOnly(details);
  return false;
}

/**
 * The permission handlers (microphone and notifications for the trusted pages only, by default
 * the app's, see `isPermissionAllowed`; no USB, HID or serial). Also puts `contentSecurityPolicy()`
 * (the app page's, see desk-policy.ts) on the app's own responses.
 */
export function hardenSession(
  session: Session,
  contentSecurityPolicy: () => string,
  trustedOrigins: readonly string[] = [APP_ORIGIN],
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details, details.requestingUrl, trustedOrigins)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details, requestingOrigin, trustedOrigins),
  );
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
    headers['Content-Security-Policy'] = [contentSecurityPolicy()];
    callback({ responseHeaders: headers });
  });
}

/**
 * Locks one web contents down: navigation and redirects only within the trusted origins, no
 * new windows (a tel:/sip: link, or an https page the desk policy allows, goes to the OS
 * instead), no <webview>, and dev tools closed again at once unless `allowDevTools`.
 */
export function hardenWebContents(
  contents: WebContents,
  trustedOrigins: readonly string[],
  allowDevTools: boolean,
  policy: () => DeskPolicy,
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
    if (mayOpenExternal(url, policy())) void shell.openExternal(url);
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
  policy: () => DeskPolicy,
): void {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, trustedOrigins, allowDevTools, policy),
  );
}
