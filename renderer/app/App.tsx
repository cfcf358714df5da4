import { useEffect, useMemo, useState } from 'react';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { DbContext } from '../db/db-context';
import type { DeskDatabase } from '../db/schema';
import { languageInfo } from '../i18n/languages';
import { StoreContext } from '../store/store-context';
import type { AppStore } from '../store/store';
import { useAppStore } from '../store/use-app-store';
import { createAppTheme } from '../theme/theme';
import { emotionCacheFor } from '../theme/emotion-cache';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { useConnectionMonitor } from './hooks/use-connection-monitor';
import { preloadTheRest, whenIdle } from './idle-preload';
import { useHashArea } from './hooks/use-hash-area';
import { useLanguageEffect } from './hooks/use-language-effect';
import { DeskSync } from '../sync/desk-sync';
import { DeskSyncContext } from '../ui/sync/desk-sync-context';
import { PickerSettingsContext } from '../ui/components/pickers/picker-settings';

export type AppProps = {
  store: AppStore;
  /** The offline demo's database (a server session opens the person's own). */
  db: DeskDatabase;
  /** The connection to a sync server; one on window.localStorage when not given. */
  deskSync?: DeskSync;
};

/** The whole desk: store, database and sync for the tree, then the direction-aware theme. */
export function App({ store, db, deskSync }: AppProps) {
  const [sync] = useState(() => deskSync ?? new DeskSync({ storage: window.localStorage }));
  return (
    <StoreContext.Provider value={store}>
      <DeskSyncContext.Provider value={sync}>
        <DbContext.Provider value={db}>
          <ThemedDesk />
        </DbContext.Provider>
      </DeskSyncContext.Provider>
    </StoreContext.Provider>
  );
}

function ThemedDesk() {
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  const direction = languageInfo(language).dir;
  // Switching language swaps direction, MUI locale and emotion cache in one render: no reload.
  const theme = useMemo(
    () => createAppTheme(direction, language, digits),
    [direction, language, digits],
  );
  const pickers = useMemo(() => ({ language, digits }), [language, digits]);
  useLanguageEffect();
  useHashArea();
  useConnectionMonitor();
  useIdlePreload();
  return (
    <CacheProvider value={emotionCacheFor(direction)}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <PickerSettingsContext.Provider value={pickers}>
          <ErrorBoundary>
            <AppShell />
          </ErrorBoundary>
        </PickerSettingsContext.Provider>
      </ThemeProvider>
    </CacheProvider>
  );
}

/** What the first page leaves out is fetched once the desk is idle (idle-preload.ts). */
function useIdlePreload() {
  useEffect(() => whenIdle(preloadTheRest), []);
}
