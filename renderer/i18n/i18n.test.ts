// The catalogs beyond English load on demand (i18n.ts): the first page carries English only.
import { describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { changeLanguage, initI18n, loadCatalog } from './i18n';

// Turkish's chunk cannot be fetched the first time it is asked for (a web desk whose server went
// away), and can the next time.
const turkishFetch = vi.hoisted(() => ({ failures: 1, calls: 0 }));
vi.mock('./catalogs/tr', async (importOriginal) => {
  turkishFetch.calls += 1;
  if (turkishFetch.failures > 0) {
    turkishFetch.failures -= 1;
    throw new Error('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

/** A catalog as it is, past the mock. */
type Titled = Record<string, { signIn: { title: string } }>;
const actual = (path: string) => vi.importActual<Titled>(path);

describe('catalogs on demand', () => {
  it('starts with English alone; a catalog that could not be fetched leaves the words as they were and is fetched again next time', async () => {
    await initI18n('en');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.hasResourceBundle('tr', 'translation')).toBe(false);
    expect(i18next.hasResourceBundle('ar', 'translation')).toBe(false);

    await expect(changeLanguage('tr')).rejects.toThrow();
    expect(i18next.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await changeLanguage('tr');
    const { tr } = await actual('./catalogs/tr');
    expect(i18next.language).toBe('tr');
    expect(i18next.t('signIn.title')).toBe(tr?.signIn.title);
    expect(tr?.signIn.title).not.toBe(i18next.getFixedT('en')('signIn.title'));
    expect(document.documentElement.lang).toBe('tr');
    // Loaded once: asking again fetches nothing.
    const calls = turkishFetch.calls;
    await loadCatalog('tr');
    expect(turkishFetch.calls).toBe(calls);
  });

  it('ends on the language asked for last, whichever catalog arrives last', async () => {
    await changeLanguage('en');
    expect(i18next.hasResourceBundle('ar', 'translation')).toBe(false);
    // Arabic (still to be fetched) asked for, then English (at hand) at once.
    const arabic = changeLanguage('ar');
    await changeLanguage('en');
    await arabic;
    expect(i18next.hasResourceBundle('ar', 'translation')).toBe(true);
    expect(i18next.language).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('speaks Arabic right to left once switched', async () => {
    await changeLanguage('ar');
    const { ar } = await actual('./catalogs/ar');
    expect(i18next.language).toBe('ar');
    expect(i18next.t('signIn.title')).toBe(ar?.signIn.title);
    expect(document.documentElement.dir).toBe('rtl');
  });
});
