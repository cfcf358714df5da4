import { describe, expect, it } from 'vitest';
import { loadPreferences, preferencesKey, savePreferences } from './preferences';

function memory(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('preferences', () => {
  it('follows the browser language on first run', () => {
    expect(loadPreferences(memory(), 'guest', ['ar-EG', 'en']).language).toBe('ar');
    expect(loadPreferences(memory(), 'guest', ['tr']).language).toBe('tr');
    expect(loadPreferences(memory(), 'guest', ['de-DE']).language).toBe('en');
  });

  it('remembers the choice per user', () => {
    const s = memory();
    savePreferences(s, 'u1', { language: 'tr', digits: 'latn' });
    savePreferences(s, 'u2', { language: 'ar', digits: 'arab' });
    expect(loadPreferences(s, 'u1', ['en'])).toEqual({ language: 'tr', digits: 'latn' });
    expect(loadPreferences(s, 'u2', ['en'])).toEqual({ language: 'ar', digits: 'arab' });
  });

  it('ignores a corrupt or foreign entry instead of failing to start', () => {
    const s = memory();
    s.setItem(preferencesKey('u1'), '{not json');
    s.setItem(preferencesKey('u2'), JSON.stringify({ language: 'xx', digits: 'roman' }));
    expect(loadPreferences(s, 'u1', ['tr']).language).toBe('tr');
    expect(loadPreferences(s, 'u2', ['en'])).toEqual({ language: 'en', digits: 'latn' });
  });
});
