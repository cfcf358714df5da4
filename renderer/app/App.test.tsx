import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { createDeskDatabase, type DeskDatabase } from '../db/schema';
import { initI18n, loadCatalog } from '../i18n/i18n';
import { SUPPORTED } from '../i18n/languages';
import { createAppStore } from '../store/store';

let db: DeskDatabase;

beforeAll(async () => {
  await initI18n('en');
  // As the app does when first idle (idle-preload.ts); i18n.test.ts loads them on demand.
  await Promise.all(SUPPORTED.map(loadCatalog));
});

afterEach(async () => {
  cleanup();
  window.localStorage.clear();
  await db?.delete();
});

function renderDesk(language: 'en' | 'ar' | 'tr' = 'en') {
  db = createDeskDatabase(`app-${Math.random()}`);
  const store = createAppStore({ language, digits: 'latn', area: 'hunter' });
  render(<App store={store} db={db} />);
  return store;
}

const SUPERVISOR = 'sign-in-01900000-0000-7000-8000-000000000201';

async function signInAs(testId: string) {
  fireEvent.click(await screen.findByTestId(testId, {}, { timeout: 10_000 }));
}

describe('<App>', () => {
  it('loads the demo organisation and asks who is working, with a language switch', async () => {
    renderDesk();
    expect(await screen.findByTestId('sign-in', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText('Who is working at this desk?')).toBeTruthy();
    fireEvent.click(screen.getByTestId('language-switcher'));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'العربية' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(await screen.findByText('من يعمل على هذا المكتب؟')).toBeTruthy();
  });

  it('shows a supervisor every area, a hunter only theirs', async () => {
    const store = renderDesk();
    await screen.findByTestId(SUPERVISOR, {}, { timeout: 10_000 });
    const users = await db.users.toArray();
    const supervisor = users.find((u) => u.roles.includes('supervisor'))!;
    const hunter = users.find((u) => u.roles.length === 1 && u.roles[0] === 'hunter')!;
    await signInAs(`sign-in-${supervisor.id}`);
    const roleTabs = async () => within(await screen.findByTestId('role-nav')).getAllByRole('tab');
    await waitFor(async () => expect(await roleTabs()).toHaveLength(4));
    expect(store.getState().user?.id).toBe(supervisor.id);
    // A supervisor lands on their own area, not on an empty hunter desk.
    expect(store.getState().area).toBe('supervisor');
    fireEvent.click(screen.getByTestId('user-badge'));
    fireEvent.click(await screen.findByTestId('sign-out'));
    await signInAs(`sign-in-${hunter.id}`);
    await waitFor(async () => expect(await roleTabs()).toHaveLength(1));
    expect(store.getState().area).toBe('hunter');
  });

  it('navigates between areas through the URL hash', async () => {
    const store = renderDesk('en');
    await signInAs(SUPERVISOR);
    await screen.findAllByRole('tab');
    act(() => {
      window.location.hash = '#/supervisor';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(store.getState().area).toBe('supervisor'));
    expect(await screen.findByTestId('area-supervisor')).toBeTruthy();
  });

  it('counts the leads stored on this desk, live', async () => {
    const store = renderDesk('en');
    store.getState().setArea('supervisor');
    await signInAs(SUPERVISOR);
    const count = await screen.findByTestId('local-lead-count');
    // Counted in the background (renderer/db/kept-query.ts), after the screen's first reads.
    await waitFor(() => expect(count.textContent).toMatch(/^300\D/), { timeout: 5_000 });
    await db.leads.delete((await db.leads.toCollection().first())!.id);
    await waitFor(() => expect(count.textContent).toMatch(/^299\D/), { timeout: 5_000 });
  });
});

describe('shortcut sheet', () => {
  it('opens on ? and lists itself', async () => {
    renderDesk();
    await signInAs(SUPERVISOR);
    await screen.findAllByRole('tab');
    fireEvent.keyDown(window, { key: '?', code: 'Slash' });
    const sheet = await screen.findByTestId('shortcut-sheet');
    expect(sheet.textContent).toMatch(/Show or hide this list of shortcuts|إظهار قائمة الاختصارات/);
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
