// Entry point of the web client and the desktop renderer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadArea } from './app/AreaOutlet';
import { deskDb } from './db/desk-db';
import { initI18n } from './i18n/i18n';
import { areaFromHash } from './store/areas';
import { loadPreferences } from './store/preferences';
import { createAppStore } from './store/store';

async function start(): Promise<void> {
  // The area's screen is fetched while the catalogs and the store are set up.
  const area = areaFromHash(window.location.hash) ?? 'hunter';
  preloadArea(area);
  const prefs = loadPreferences(window.localStorage, 'guest', navigator.languages);
  await initI18n(prefs.language);
  const store = createAppStore({ ...prefs, area });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App store={store} db={deskDb('demo')} />
    </StrictMode>,
  );
}

void start();
