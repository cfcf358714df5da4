// For the renderer files that share one module graph per worker (vitest.config.ts, `isolate:
// false`): each file starts where a fresh load would, whatever the file before it left behind.
import { afterAll, beforeAll, vi } from 'vitest';
import i18next from 'i18next';
import { changeLanguage } from '../i18n/i18n';

// Files that ask for the node environment have no document.
const hasDocument = typeof document !== 'undefined';

beforeAll(async () => {
  if (!hasDocument) return;
  if (i18next.isInitialized && i18next.language !== 'en') await changeLanguage('en');
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  if (hasDocument) document.body.innerHTML = '';
});
