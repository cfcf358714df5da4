// useCatalog: words in a language other than the desk's (a quote in the customer's language)
// wait for that language's catalog instead of falling back to English.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n, useCatalog } from './i18n';
import { ar } from './catalogs/ar';

function ArabicTitle() {
  const ready = useCatalog('ar');
  const t = i18next.getFixedT('ar');
  return <p data-testid="title">{ready ? t('signIn.title') : 'waiting'}</p>;
}

describe('useCatalog', () => {
  it('says the catalog is not there yet, loads it, and then gives its words', async () => {
    await initI18n('en');
    expect(i18next.hasResourceBundle('ar', 'translation')).toBe(false);
    render(<ArabicTitle />);
    expect(screen.getByTestId('title').textContent).toBe('waiting');
    expect(await screen.findByText(ar.signIn.title, {}, { timeout: 10_000 })).toBeTruthy();
    expect(i18next.language).toBe('en');
  });
});
