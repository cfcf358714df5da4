import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import * as electron from 'electron';
import { handleAppProtocol, resolveAppPath } from './app-protocol';
import type { FakeElectron } from '../test/fake-electron';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const root = '/opt/sales-desk/resources/app.asar/renderer';

describe('app:// protocol paths', () => {
  it('serves files of the bundled renderer', () => {
    expect(resolveAppPath(root, 'app://desk/assets/index-abc.js')).toBe(
      join(root, 'assets/index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://desk/index.html')).toBe(join(root, 'index.html'));
  });

  it('decodes encoded file names', () => {
    expect(resolveAppPath(root, 'app://desk/assets/Noto%20Sans.woff2')).toBe(
      join(root, 'assets/Noto Sans.woff2'),
    );
  });

  it('ignores query and fragment', () => {
    expect(resolveAppPath(root, 'app://desk/index.html?v=2#/hunter')).toBe(
      join(root, 'index.html'),
    );
  });

  it('answers the root and client routes with index.html (SPA fallback)', () => {
    expect(resolveAppPath(root, 'app://desk/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://desk/hunter/lead/42')).toBe(join(root, 'index.html'));
  });

  it('keeps dots inside the folder that are not traversal', () => {
    expect(resolveAppPath(root, 'app://desk/..assets/x.js')).toBe(join(root, '..assets/x.js'));
  });

  it.each([
    // The URL parser already folds literal and %2e dot segments into the root…
    'app://desk/../../../../etc/passwd',
    'app://desk/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    // …encoded slashes and backslashes it leaves for us.
    'app://desk/..%2f..%2f..%2fetc%2fpasswd',
    'app://desk/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://desk/..%5c..%5cwindows%5cwin.ini',
    'app://desk/assets/%00.js',
    'app://desk/%E0%A4%A',
  ])('never leaves the renderer folder: %s', (url) => {
    const file = resolveAppPath(root, url);
    if (file !== null) expect(file.startsWith(join(root, sep))).toBe(true);
  });

  it.each([
    'app://desk/..%2f..%2f..%2fetc%2fpasswd',
    'app://desk/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://desk/..%5c..%5cwindows%5cwin.ini',
    'app://desk/assets/%00.js',
    'app://desk/%E0%A4%A',
  ])('answers an escape attempt with nothing at all: %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(['app://other/index.html', 'app://desk.evil/index.html', 'file:///etc/passwd', 'nope'])(
    'refuses URLs that are not app://desk/: %s',
    (url) => {
      expect(resolveAppPath(root, url)).toBeNull();
    },
  );
});

describe('app:// responses', () => {
  it('carry the CSP the desk policy gives for that file, and nosniff', async () => {
    const fake = electron as unknown as FakeElectron;
    const dir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    fake.net.fetch.mockImplementation(async () => new Response('<!doctype html>'));
    const csp = vi.fn(
      async (file: string) => `connect-src 'self' https://for-${file.split(sep).pop()}`,
    );
    handleAppProtocol(dir, csp);
    const handler = fake.protocol.handle.mock.calls.at(-1)?.[1] as (
      r: Request,
    ) => Promise<Response>;
    const res = await handler(new Request('app://desk/index.html'));
    expect(res.headers.get('content-security-policy')).toBe(
      "connect-src 'self' https://for-index.html",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(csp).toHaveBeenCalledWith(join(dir, 'index.html'));
  });
});
