import { useMemo, useState } from 'react';
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
import { useHashArea } from './hooks/use-hash-area';
import { useLanguageEffect } from './hooks/use-language-effect';
import { DeskSync } from '../sync/desk-sync';
import { DeskSyncContext } from '../ui/sync/desk-sync-context';
import { PickerProvider } from '../ui/components/pickers/PickerProvider';

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
  useLanguageEffect();
  useHashArea();
  useConnectionMonitor();
  return (
    <CacheProvider value={emotionCacheFor(direction)}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <PickerProvider language={language} digits={digits}>
          <ErrorBoundary>
            <AppShell />
          </ErrorBoundary>
        </PickerProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}
