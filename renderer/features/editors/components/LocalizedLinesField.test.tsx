import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Localized } from '../../../../shared/domain/localized-content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { LocalizedLinesField } from './LocalizedLinesField';

let latest: Localized<string[]> = {};

function Harness({
  initial,
  language,
}: {
  initial: Localized<string[]>;
  language: ContentLanguage;
}) {
  const [value, setValue] = useState(initial);
  latest = value;
  return (
    <LocalizedLinesField
      label="Lines"
      value={value}
      onChange={setValue}
      language={language}
      orgDefault="ar"
      placeholders
      testId="lines"
    />
  );
}

function renderField(initial: Localized<string[]>, language: ContentLanguage) {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  render(
    <StoreContext.Provider value={store}>
      <Harness initial={initial} language={language} />
    </StoreContext.Provider>,
  );
  return screen.getByTestId('lines') as HTMLTextAreaElement;
}

describe('a localized lines field', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(cleanup);

  it('inserts a placeholder from the menu where the cursor is, in the language edited', () => {
    const box = renderField({ ar: ['مرحبا'], en: ['Hello , welcome'] }, 'en');
    expect(box.getAttribute('dir')).toBe('ltr');
    box.focus();
    box.setSelectionRange(6, 6);
    fireEvent.click(screen.getByTestId('lines-placeholder'));
    fireEvent.click(screen.getByTestId('placeholder-lead.name'));
    expect(latest).toEqual({ ar: ['مرحبا'], en: ['Hello {lead.name}, welcome'] });
  });

  it('flags an unknown placeholder and keeps one sentence per line', () => {
    const box = renderField({ en: ['Hi'] }, 'en');
    fireEvent.change(box, { target: { value: 'Hi {lead.nmae}\nSecond line' } });
    expect(latest.en).toEqual(['Hi {lead.nmae}', 'Second line']);
    expect(screen.getByText(/Unknown placeholder: \{lead\.nmae\}/)).toBeTruthy();
  });

  it('writes Arabic right to left and says which languages are missing, with the fallback shown', () => {
    const box = renderField({ en: ['Hello'] }, 'ar');
    expect(box.getAttribute('dir')).toBe('rtl');
    expect(box.getAttribute('lang')).toBe('ar');
    expect(box.value).toBe('');
    expect(box.getAttribute('placeholder')).toBe('Hello');
    expect(screen.getByTestId('content-fallback').textContent).toContain('English');
    const missing = screen.getByTestId('missing-languages');
    expect(missing.textContent).toContain('العربية');
    expect(missing.textContent).toContain('Türkçe');
    expect(missing.textContent).not.toContain('English');
  });
});
