import 'fake-indexeddb/auto';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { CallScript } from '../../../../shared/domain/content';
import { HUNTER_SCRIPT, INBOUND_HUNTER_SCRIPT } from '../../../../shared/demo/scripts';
import { RAWAA_PRO_500 } from '../../../../shared/demo/products';
import { changeLanguage, initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { DbContext } from '../../../db/db-context';
import { createDeskDatabase } from '../../../db/schema';
import { ScriptEditor } from './ScriptEditor';

let latest: CallScript | null = null;

function Harness({ initial }: { initial: CallScript }) {
  const [value, setValue] = useState(initial);
  latest = value;
  return (
    <ScriptEditor
      value={value}
      onChange={setValue}
      products={[RAWAA_PRO_500]}
      language="en"
      orgDefault="ar"
      issues={[]}
    />
  );
}

function renderEditor(initial: CallScript) {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  render(
    <StoreContext.Provider value={store}>
      <DbContext.Provider value={createDeskDatabase(`script-editor-${Math.random()}`)}>
        <Harness initial={initial} />
      </DbContext.Provider>
    </StoreContext.Provider>,
  );
  return screen.getByTestId('script-inbound') as HTMLInputElement;
}

describe('<ScriptEditor> for inbound callers', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(async () => {
    cleanup();
    await changeLanguage('en');
  });

  it('marks an ordinary script for inbound callers, and back without the field', () => {
    const toggle = renderEditor(HUNTER_SCRIPT);
    expect(toggle.checked).toBe(false);
    expect(screen.getByLabelText('For inbound callers')).toBe(toggle);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);
    expect(latest?.inbound).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    // Back as it was stored: an ordinary script has no inbound field at all.
    expect(latest).toEqual(HUNTER_SCRIPT);
    expect(latest && 'inbound' in latest).toBe(false);
  });

  it('shows an inbound script switched on, labelled in the user’s language', async () => {
    await changeLanguage('ar');
    const toggle = renderEditor(INBOUND_HUNTER_SCRIPT);
    expect(toggle.checked).toBe(true);
    expect(screen.getByLabelText('للعملاء المتصلين بنا')).toBe(toggle);
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
  });
});

describe('<ScriptEditor> lists', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(() => cleanup());

  it('makes a script the default for a typed list, and back without the field', () => {
    renderEditor(HUNTER_SCRIPT);
    const input = screen.getByTestId('script-lists');
    fireEvent.change(input, { target: { value: '  Riyadh fair 2026 ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(latest?.lists).toEqual(['Riyadh fair 2026']);
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(latest).toEqual(HUNTER_SCRIPT);
    expect(latest && 'lists' in latest).toBe(false);
  });
});
