import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isTrustedUrl,
  secureWebPreferences,
} from './security';
import { emitPreventable, fakeWebContents } from '../test/fake-electron';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const TRUSTED = [APP_ORIGIN, 'http://127.0.0.1:8787'];

describe('window web preferences', () => {
  const prefs = secureWebPreferences('/app/preload/index.cjs');
  it('isolates the page context', () => expect(prefs.contextIsolation).toBe(true));
  it('runs the renderer in the OS sandbox', () => expect(prefs.sandbox).toBe(true));
  it('gives the page no Node.js', () => expect(prefs.nodeIntegration).toBe(false));
  it('disables <webview>', () => expect(prefs.webviewTag).toBe(false));
  it('keeps web security on', () => expect(prefs.webSecurity).toBe(true));
});

describe('isTrustedUrl', () => {
  it.each([
    'app://desk/index.html',
    'app://desk/#/hunter',
    'http://127.0.0.1:8787/',
    'http://127.0.0.1:8787/api/health',
  ])('trusts %s', (url) => expect(isTrustedUrl(url, TRUSTED)).toBe(true));
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,hi',
    'https://evil.example/',
    'http://127.0.0.1:9999/',
    'http://127.0.0.1.evil.example:8787/',
    'http://attacker@127.0.0.1:8787/',
    'app://other/index.html',
    'not a url',
  ])('does not trust %s', (url) => expect(isTrustedUrl(url, TRUSTED)).toBe(false));
});

function hardened(allowDevTools = false) {
  const contents = fakeWebContents();
  const openExternal = vi.fn();
  hardenWebContents(contents as unknown as WebContents, {
    trustedOrigins: TRUSTED,
    allowDevTools,
    openExternal,
  });
  return { contents, openExternal };
}

describe('web contents hardening', () => {
  it('denies javascript: navigation', () => {
    expect(emitPreventable(hardened().contents, 'will-navigate', 'javascript:alert(1)')).toBe(true);
  });
  it('denies file: navigation', () => {
    expect(emitPreventable(hardened().contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
  });
  it('denies navigation to an origin off the allowlist, and redirects there', () => {
    const { contents } = hardened();
    expect(emitPreventable(contents, 'will-navigate', 'https://evil.example/login')).toBe(true);
    expect(emitPreventable(contents, 'will-redirect', 'https://evil.example/login')).toBe(true);
  });
  it('allows navigation inside the app', () => {
    expect(
      emitPreventable(hardened().contents, 'will-navigate', 'app://desk/index.html#/closer'),
    ).toBe(false);
  });
  it('denies every popup window', () => {
    const { contents } = hardened();
    for (const url of ['https://example.com', 'app://desk/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
  it('hands a tel: link to the OS instead of a window, but never javascript:', () => {
    const { contents, openExternal } = hardened();
    contents.windowOpenHandler?.({ url: 'tel:+905321234567' });
    contents.windowOpenHandler?.({ url: 'javascript:alert(1)' });
    expect(openExternal.mock.calls).toEqual([['tel:+905321234567']]);
  });
  it('prevents attaching a webview', () => {
    expect(emitPreventable(hardened().contents, 'will-attach-webview')).toBe(true);
  });
  it('closes dev tools in production', () => {
    const { contents } = hardened(false);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });
  it('leaves dev tools to developers in development', () => {
    const { contents } = hardened(true);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).not.toHaveBeenCalled();
  });
});

describe('session hardening', () => {
  type RequestHandler = (c: unknown, p: string, cb: (ok: boolean) => void) => void;
  type HeadersHandler = (
    d: { url: string; responseHeaders?: Record<string, string[]> },
    cb: (r: { responseHeaders: Record<string, string[]> }) => void,
  ) => void;
  type Recorded = {
    request?: RequestHandler;
    check?: () => boolean;
    device?: () => boolean;
    headers?: HeadersHandler;
  };

  function fakeSession(): Recorded {
    const s: Recorded = {};
    const session = {
      setPermissionRequestHandler: (fn: RequestHandler) => (s.request = fn),
      setPermissionCheckHandler: (fn: () => boolean) => (s.check = fn),
      setDevicePermissionHandler: (fn: () => boolean) => (s.device = fn),
      webRequest: { onHeadersReceived: (fn: HeadersHandler) => (s.headers = fn) },
    };
    hardenSession(session as unknown as Session, TRUSTED);
    return s;
  }

  it('denies every permission request (camera, microphone, notifications, geolocation…)', () => {
    const s = fakeSession();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
    ]) {
      const callback = vi.fn();
      s.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(s.check?.()).toBe(false);
    expect(s.device?.()).toBe(false);
  });

  it('adds the Content-Security-Policy to the app’s own responses', () => {
    const s = fakeSession();
    const done = vi.fn();
    s.headers?.({ url: 'app://desk/index.html', responseHeaders: {} }, done);
    expect(done.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
