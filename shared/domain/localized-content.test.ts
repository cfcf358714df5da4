import { describe, expect, it } from 'vitest';
import { resolveLocalized } from './localized-content';

describe('resolveLocalized', () => {
  it("returns the user's language when written", () => {
    expect(resolveLocalized({ en: 'Hello', ar: 'مرحبا' }, 'ar', 'en')).toEqual({
      value: 'مرحبا',
      language: 'ar',
      isFallback: false,
    });
  });

  it("falls back to the organisation's default and marks it", () => {
    expect(resolveLocalized({ en: 'Hello', tr: 'Merhaba' }, 'ar', 'tr')).toEqual({
      value: 'Merhaba',
      language: 'tr',
      isFallback: true,
    });
  });

  it('falls back to any written language when the default is missing too', () => {
    expect(resolveLocalized({ en: 'Hello' }, 'ar', 'tr')).toEqual({
      value: 'Hello',
      language: 'en',
      isFallback: true,
    });
  });

  it('returns null for content written in no language', () => {
    expect(resolveLocalized({}, 'ar', 'tr')).toBeNull();
  });
});
