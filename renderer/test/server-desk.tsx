// The whole desk app in jsdom, signed in to a stand-in sync server (FakeSyncServer or any fetch):
// one set-up for the tests of server-backed screens, torn down after each test.
import { afterEach, beforeAll } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../app/App';
import { createDeskDatabase, type DeskDatabase } from '../db/schema';
import { initI18n, loadCatalog } from '../i18n/i18n';
import { SUPPORTED } from '../i18n/languages';
import { createAppStore } from '../store/store';
import { memoryTokenStore } from '../sync/auth';
import { DeskSync, type DeskSyncOptions } from '../sync/desk-sync';
import type { FetchLike } from '../sync/transport';

/** Registers the set-up and tear-down; `renderDesk` renders the app against `fetch`. */
export function serverDeskTests() {
  let demoDb: DeskDatabase | undefined;
  const opened: DeskSync[] = [];
  beforeAll(async () => {
    await initI18n('en');
    // The app fetches the other catalogs when first idle (idle-preload.ts); here, up front, so a
    // test of a switch is not timing the first transform of a catalog.
    await Promise.all(SUPPORTED.map(loadCatalog));
  });
  afterEach(async () => {
    cleanup();
    for (const s of opened.splice(0)) await s.close();
    window.localStorage.clear();
    await demoDb?.delete();
  });
  return {
    renderDesk(
      fetch: FetchLike,
      tokenStore: DeskSyncOptions['tokenStore'] = () => memoryTokenStore(),
    ) {
      demoDb = createDeskDatabase(`demo-${Math.random()}`);
      const prefix = `ui-${Math.random().toString(36).slice(2)}`;
      const sync = new DeskSync({
        storage: window.localStorage,
        fetch,
        tokenStore,
        openDb: (name) => createDeskDatabase(`${prefix}-${name}`),
        engine: { live: false, events: null, pushDebounceMs: 5, backoff: { baseMs: 5, capMs: 20 } },
      });
      opened.push(sync);
      const store = createAppStore({ language: 'en', digits: 'latn', area: 'hunter' });
      render(<App store={store} db={demoDb} deskSync={sync} />);
      return { sync, store };
    },
  };
}

/** Fills the sign-in form as a person does and sends it. */
export async function signInOnScreen(password: string, email = 'a@x.test'): Promise<void> {
  const field = await screen.findByTestId('sign-in-email', {}, { timeout: 15_000 });
  fireEvent.change(screen.getByTestId('sign-in-server'), { target: { value: 'http://sync.test' } });
  fireEvent.change(field, { target: { value: email } });
  fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('sign-in-submit'));
}
