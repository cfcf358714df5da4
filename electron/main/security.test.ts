import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { Session, WebContents } from 'electron';
import {
  APP_ORIGIN,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isPermissionAllowed,
  isTrustedUrl,
  secureWebPreferences,
} from './security';
import { emitPreventable, fakeWebContents, type FakeElectron } from '../test/fake-electron';
import { appContentSecurityPolicy, type DeskPolicy } from './desk-policy';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const fake = electron as unknown as FakeElectron;
const TRUSTED = [APP_ORIGIN, 'http://127.0.0.1:8787'];
const POLICY: DeskPolicy = {
  serverOrigins: ['http://127.0.0.1:8787'],
  pbxOrigins: ['wss://pbx.example.com:8089'],
  externalHosts: ['help.example.com'],
};
const CSP = appContentSecurityPolicy(POLICY);

beforeEach(() => {
  fake.shell.openExternal.mockClear();
});

describe('window web preferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');
  it('isolates the page context from the preload (contextIsolation)', () => {
    expect(prefs.contextIsolation).toBe(true);
  });
  it('runs the renderer in the OS sandbox', () => {
    expect(prefs.sandbox).toBe(true);
  });
  it('gives the page no Node.js (nodeIntegration)', () => {
    expect(prefs.nodeIntegration).toBe(false);
  });
  it('gives workers and sub-frames no Node.js either', () => {
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('disables the <webview> tag', () => {
    expect(prefs.webviewTag).toBe(false);
  });
  it('keeps web security on and refuses insecure content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });
  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });
  it('has no dev tools unless asked for (development)', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(true);
  });
  it('turns Chromium’s experimental features off (experimentalFeatures)', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });
  it('enables no Blink feature by name and has no WebSQL or plugins', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.enableWebSQL).toBe(false);
    expect(prefs.plugins).toBe(false);
  });
  it('does not navigate to a file dropped on the window', () => {
    expect(prefs.navigateOnDragDrop).toBe(false);
  });
  it('lets the person stop a page that opens dialog after dialog (safeDialogs)', () => {
    expect(prefs.safeDialogs).toBe(true);
  });
  it('has exactly these preferences: a new or loosened one must be added here on purpose', () => {
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      plugins: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
  });
});

describe('isTrustedUrl', () => {
  it.each([
    'app://desk/',
    'app://desk/index.html',
    'app://desk/#/hunter',
    'APP://DESK/index.html',
    'http://127.0.0.1:8787/',
    'http://127.0.0.1:8787/api/health?x=1',
  ])('trusts %s', (url) => expect(isTrustedUrl(url, TRUSTED)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'file://desk/index.html',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://desk/0b7e6f2c',
    'about:blank',
    'https://evil.example/',
    'https://127.0.0.1:8787/',
    'http://127.0.0.1:9999/',
    'http://localhost:8787/',
    'http://127.0.0.1.evil.example:8787/',
    'http://127.0.0.1:8787.evil.example/',
    'http://attacker@127.0.0.1:8787/',
    'http://127.0.0.1:8787@evil.example/',
    'app://desk.evil.example/index.html',
    'app://other/index.html',
    'app:///index.html',
    'not a url',
    '',
  ])('does not trust %j', (url) => expect(isTrustedUrl(url, TRUSTED)).toBe(false));

  it('trusts the sync server only when it is configured', () => {
    expect(isTrustedUrl('http://127.0.0.1:8787/', [APP_ORIGIN])).toBe(false);
  });
});

function hardened(allowDevTools = false) {
  const contents = fakeWebContents();
  hardenWebContents(contents as unknown as WebContents, TRUSTED, allowDevTools, () => POLICY);
  return contents;
}

describe('web contents hardening', () => {
  it('denies javascript: navigation', () => {
    expect(emitPreventable(hardened(), 'will-navigate', 'javascript:alert(1)')).toBe(true);
  });
  it('denies file: navigation', () => {
    expect(emitPreventable(hardened(), 'will-navigate', 'file:///etc/passwd')).toBe(true);
  });
  it('denies navigation to an https origin off the allowlist', () => {
    expect(emitPreventable(hardened(), 'will-navigate', 'https://evil.example/login')).toBe(true);
  });
  it('denies a redirect off the allowlist', () => {
    expect(emitPreventable(hardened(), 'will-redirect', 'https://evil.example/login')).toBe(true);
  });
  it('denies steering a frame off the allowlist', () => {
    expect(emitPreventable(hardened(), 'will-frame-navigate', 'https://evil.example/')).toBe(true);
  });
  it('allows navigation inside the app (app://)', () => {
    expect(emitPreventable(hardened(), 'will-navigate', 'app://desk/index.html#/closer')).toBe(
      false,
    );
  });
  it('allows navigation to the configured sync server', () => {
    expect(emitPreventable(hardened(), 'will-navigate', 'http://127.0.0.1:8787/')).toBe(false);
  });
  it('denies every popup window (setWindowOpenHandler answers deny)', () => {
    const contents = hardened();
    for (const url of ['https://example.com', 'app://desk/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
  it('hands a tel: popup link to the OS instead of a window', () => {
    hardened().windowOpenHandler?.({ url: 'tel:+905321234567' });
    expect(fake.shell.openExternal.mock.calls).toEqual([['tel:+905321234567']]);
  });
  it('hands an allow-listed https popup link to the OS, and no other https host', () => {
    const contents = hardened();
    contents.windowOpenHandler?.({ url: 'https://help.example.com/calls' });
    contents.windowOpenHandler?.({ url: 'https://evil.example/' });
    contents.windowOpenHandler?.({ url: 'https://help.example.com.evil.example/' });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://help.example.com/calls']]);
  });
  it('never hands a javascript: or file: popup link to the OS', () => {
    const contents = hardened();
    contents.windowOpenHandler?.({ url: 'javascript:alert(1)' });
    contents.windowOpenHandler?.({ url: 'file:///etc/passwd' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });
  it('prevents attaching a <webview>', () => {
    expect(emitPreventable(hardened(), 'will-attach-webview')).toBe(true);
  });
  it('closes dev tools at once in production', () => {
    const contents = hardened(false);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });
  it('leaves dev tools to developers in development', () => {
    const contents = hardened(true);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).not.toHaveBeenCalled();
  });
  it('hardens every web contents the app creates', () => {
    hardenAllWebContents(TRUSTED, false, () => POLICY);
    const contents = fakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(emitPreventable(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
  });
});

describe('session hardening', () => {
  type RequestHandler = (
    c: unknown,
    p: string,
    cb: (ok: boolean) => void,
    d: Record<string, unknown>,
  ) => void;
  type CheckHandler = (c: unknown, p: string, o: string, d: Record<string, unknown>) => boolean;
  type HeadersDetails = { url: string; responseHeaders?: Record<string, string[]> };
  type HeadersHandler = (
    d: HeadersDetails,
    cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;
  type Recorded = {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: (...args: unknown[]) => boolean;
    headers?: HeadersHandler;
  };

  function hardenedSession(trustedOrigins?: readonly string[]): Recorded {
    const recorded: Recorded = {};
    const session = {
      setPermissionRequestHandler: (fn: RequestHandler) => (recorded.request = fn),
      setPermissionCheckHandler: (fn: CheckHandler) => (recorded.check = fn),
      setDevicePermissionHandler: (fn: () => boolean) => (recorded.device = fn),
      webRequest: { onHeadersReceived: (fn: HeadersHandler) => (recorded.headers = fn) },
    };
    hardenSession(session as unknown as Session, () => CSP, trustedOrigins);
    return recorded;
  }

  function headersFor(details: HeadersDetails) {
    const done = vi.fn();
    hardenedSession().headers?.(details, done);
    expect(done).toHaveBeenCalledTimes(1);
    return (done.mock.calls[0]?.[0] as { responseHeaders?: Record<string, string[]> })
      .responseHeaders;
  }

  function requested(permission: string, details: Record<string, unknown>) {
    const callback = vi.fn();
    hardenedSession().request?.({}, permission, callback, { isMainFrame: true, ...details });
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] as boolean;
  }

  it('grants the app’s page the microphone when it asks (softphone)', () => {
    const details = { requestingUrl: 'app://desk/index.html', securityOrigin: 'app://desk/' };
    expect(requested('media', { ...details, mediaTypes: ['audio'] })).toBe(true);
  });
  it('refuses the app’s page the camera, or camera and microphone together', () => {
    const details = { requestingUrl: 'app://desk/index.html', securityOrigin: 'app://desk/' };
    expect(requested('media', { ...details, mediaTypes: ['video'] })).toBe(false);
    expect(requested('media', { ...details, mediaTypes: ['audio', 'video'] })).toBe(false);
  });
  it('refuses another origin the microphone', () => {
    const details = {
      requestingUrl: 'https://evil.example/',
      securityOrigin: 'https://evil.example',
    };
    expect(requested('media', { ...details, mediaTypes: ['audio'] })).toBe(false);
  });
  it('lets the app’s page show notifications, and nobody else', () => {
    expect(requested('notifications', { requestingUrl: 'app://desk/index.html' })).toBe(true);
    expect(requested('notifications', { requestingUrl: 'https://evil.example/' })).toBe(false);
  });
  it('refuses every other permission request, even from the app (screen, geolocation…)', () => {
    for (const permission of ['display-capture', 'geolocation', 'clipboard-read', 'midi', 'hid']) {
      const details = { requestingUrl: 'app://desk/index.html', mediaTypes: ['audio'] };
      expect(requested(permission, details), permission).toBe(false);
    }
  });
  it('gives the sync server’s page the microphone only when it is passed as trusted', () => {
    const details = { requestingUrl: 'http://127.0.0.1:8787/', mediaTypes: ['audio'] };
    const ask = (origins?: readonly string[]) => {
      const callback = vi.fn();
      hardenedSession(origins).request?.({}, 'media', callback, details);
      return callback.mock.calls[0]?.[0] as boolean;
    };
    expect(ask()).toBe(false);
    expect(ask(TRUSTED)).toBe(true);
    expect(hardenedSession(TRUSTED).check?.({}, 'media', 'http://127.0.0.1:8787', {})).toBe(false);
    expect(
      hardenedSession(TRUSTED).check?.({}, 'media', 'http://127.0.0.1:8787', {
        mediaType: 'audio',
      }),
    ).toBe(true);
  });
  it('answers permission checks by the same rule', () => {
    const { check } = hardenedSession();
    const app = { requestingUrl: 'app://desk/index.html', securityOrigin: 'app://desk/' };
    expect(check?.({}, 'media', 'app://desk', { ...app, mediaType: 'audio' })).toBe(true);
    expect(check?.({}, 'media', 'app://desk', { ...app, mediaType: 'video' })).toBe(false);
    expect(check?.({}, 'media', 'https://evil.example', { mediaType: 'audio' })).toBe(false);
    expect(check?.({}, 'notifications', 'app://desk', app)).toBe(true);
    expect(check?.({}, 'geolocation', 'app://desk', app)).toBe(false);
  });
  it('denies device access (USB, HID, serial)', () => {
    expect(hardenedSession().device?.({ deviceType: 'usb', origin: 'app://desk' })).toBe(false);
  });
  it('puts the Content-Security-Policy on the app’s own responses', () => {
    expect(headersFor({ url: 'app://desk/index.html', responseHeaders: {} })).toEqual({
      'Content-Security-Policy': [CSP],
    });
  });
  it('replaces a weaker CSP on an app:// response rather than adding to it', () => {
    const headers = headersFor({
      url: 'app://desk/index.html',
      responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['x'] },
    });
    expect(headers).toEqual({
      'Content-Security-Policy': [CSP],
      'Content-Type': ['x'],
    });
  });
  it('leaves other origins’ headers alone (the sync server sends its own CSP)', () => {
    expect(headersFor({ url: 'http://127.0.0.1:8787/', responseHeaders: {} })).toBeUndefined();
  });
});

describe('isPermissionAllowed', () => {
  const fromApp = { requestingUrl: 'app://desk/index.html', securityOrigin: 'app://desk/' };

  it('allows the microphone alone to app://desk', () => {
    expect(isPermissionAllowed('media', { ...fromApp, mediaTypes: ['audio'] }, APP_ORIGIN)).toBe(
      true,
    );
    expect(isPermissionAllowed('media', { mediaType: 'audio' }, 'app://desk/index.html')).toBe(
      true,
    );
  });
  it.each([
    ['the camera', { mediaTypes: ['video'] }],
    ['camera and microphone', { mediaTypes: ['audio', 'video'] }],
    ['microphone and camera', { mediaTypes: ['video', 'audio'] }],
    ['no device named', { mediaTypes: [] }],
    ['no device types at all', {}],
    ['a camera check', { mediaType: 'video' }],
    ['an unknown device check', { mediaType: 'unknown' }],
  ])('refuses %s', (_what, media) => {
    expect(isPermissionAllowed('media', { ...fromApp, ...media }, APP_ORIGIN)).toBe(false);
  });
  it('refuses screen capture, with or without its audio', () => {
    for (const mediaTypes of [['video'], ['audio'], ['video', 'audio']]) {
      expect(
        isPermissionAllowed('display-capture', { ...fromApp, mediaTypes }, APP_ORIGIN),
        mediaTypes.join('+'),
      ).toBe(false);
    }
  });
  it.each([
    'https://evil.example',
    'http://127.0.0.1:8787',
    'app://desk.evil.example',
    'app://other',
    'file:///etc/passwd',
    'null',
    '',
  ])('refuses the microphone and notifications to %j', (origin) => {
    expect(isPermissionAllowed('media', { mediaTypes: ['audio'] }, origin)).toBe(false);
    expect(isPermissionAllowed('notifications', {}, origin)).toBe(false);
  });
  it('refuses when any frame involved is not the app (a foreign frame, or one embedding it)', () => {
    const audio = { mediaTypes: ['audio'] };
    for (const key of ['securityOrigin', 'embeddingOrigin', 'requestingUrl']) {
      const details = { ...fromApp, ...audio, [key]: 'https://evil.example/' };
      expect(isPermissionAllowed('media', details, APP_ORIGIN), key).toBe(false);
    }
  });
  it('trusts the sync server’s web client only when the caller says so', () => {
    const server = 'http://127.0.0.1:8787';
    const details = { requestingUrl: `${server}/#/hunter`, mediaTypes: ['audio'] };
    expect(isPermissionAllowed('media', details, server)).toBe(false);
    expect(isPermissionAllowed('media', details, server, [APP_ORIGIN, server])).toBe(true);
    expect(isPermissionAllowed('media', details, server, [APP_ORIGIN])).toBe(false);
  });
  it('allows notifications to app://desk (inbound calls)', () => {
    expect(isPermissionAllowed('notifications', fromApp, APP_ORIGIN)).toBe(true);
  });
  it.each([
    'geolocation',
    'clipboard-read',
    'display-capture',
    'midiSysex',
    'openExternal',
    'hid',
    'usb',
    'serial',
    'pointerLock',
    'unknown',
  ])('refuses %s even to app://desk', (permission) => {
    expect(isPermissionAllowed(permission, { ...fromApp, mediaTypes: ['audio'] }, APP_ORIGIN)).toBe(
      false,
    );
  });
});
