import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { createDeskDatabase, type DeskDatabase, type StoredLead } from '../db/schema';
import { initI18n } from '../i18n/i18n';
import { createAppStore } from '../store/store';

let db: DeskDatabase;

beforeAll(async () => {
  await initI18n('en');
});

afterEach(async () => {
  cleanup();
  await db?.delete();
});

function renderDesk(language: 'en' | 'ar' | 'tr' = 'en') {
  db = createDeskDatabase(`app-${Math.random()}`);
  const store = createAppStore({ language, digits: 'latn', area: 'hunter' });
  render(<App store={store} db={db} />);
  return store;
}

describe('<App>', () => {
  it('shows the shell: name, the four role areas, connection state and a guest user', async () => {
    renderDesk();
    expect(await screen.findByText('Sales Desk')).toBeTruthy();
    for (const name of ['Hunter', 'Closer', 'Farmer', 'Supervisor']) {
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    }
    expect(screen.getByTestId('connection-state').textContent).toMatch(/Offline|Online|Local only/);
    expect(screen.getByText('Not signed in')).toBeTruthy();
  });

  it('navigates between areas through the URL hash', async () => {
    const store = renderDesk();
    expect(await screen.findByRole('heading', { name: 'Dial queue' })).toBeTruthy();
    act(() => {
      window.location.hash = '#/supervisor';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { name: 'Team today' })).toBeTruthy();
    expect(store.getState().area).toBe('supervisor');
  });

  it('switches to Arabic instantly: dir rtl, lang ar, Arabic text — and back to Turkish', async () => {
    renderDesk('en');
    fireEvent.click(await screen.findByTestId('language-switcher'));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'العربية' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(await screen.findByText('مكتب المبيعات')).toBeTruthy();
    fireEvent.click(screen.getByTestId('language-switcher'));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Türkçe' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(document.documentElement.lang).toBe('tr');
  });

  it('counts the leads stored on this desk, live', async () => {
    renderDesk();
    expect(await screen.findByText('0 leads')).toBeTruthy();
    await db.leads.add({ id: 'l1', name: 'Ayşe', searchKeys: [] } as unknown as StoredLead);
    expect(await screen.findByText('1 lead')).toBeTruthy();
  });
});

describe('<ErrorBoundary>', () => {
  it('replaces a crashing screen with a readable message and technical details on demand', async () => {
    await initI18n('en');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Boom(): never {
      throw new Error('lead card exploded');
    }
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on this screen');
    expect(screen.getByText(/Your saved work is safe/)).toBeTruthy();
    fireEvent.click(screen.getByText('Technical details'));
    expect(screen.getByText('lead card exploded')).toBeTruthy();
    spy.mockRestore();
  });
});

describe('shortcut sheet', () => {
  it('opens on ? and lists itself', async () => {
    renderDesk();
    await screen.findByText('Sales Desk');
    fireEvent.keyDown(window, { key: '?', code: 'Slash' });
    const sheet = await screen.findByTestId('shortcut-sheet');
    expect(sheet.textContent).toContain('Show or hide this list of shortcuts');
  });
});
