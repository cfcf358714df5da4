import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { resolveAppPath } from './app-protocol';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const root = '/opt/sales-desk/resources/app/out/renderer';

describe('app:// protocol', () => {
  it('serves files of the bundled renderer', () => {
    expect(resolveAppPath(root, 'app://desk/assets/index-abc.js')).toBe(
      join(root, 'assets/index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://desk/index.html')).toBe(join(root, 'index.html'));
  });

  it('answers client routes with index.html', () => {
    expect(resolveAppPath(root, 'app://desk/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://desk/hunter/lead/42')).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://desk/../../../../etc/passwd',
    'app://desk/%2e%2e/%2e%2e/etc/passwd',
    'app://desk/..%2f..%2fetc%2fpasswd',
    'app://desk/assets/%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('never leaves the renderer folder: %s', (url) => {
    const file = resolveAppPath(root, url);
    if (file !== null) expect(file.startsWith(root)).toBe(true);
    expect(file === null || !file.includes('passwd')).toBe(true);
  });
});
