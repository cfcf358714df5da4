import { useMemo } from 'react';
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

export type AppProps = { store: AppStore; db: DeskDatabase };

/** The whole desk: store and database for the tree, then the direction-aware theme. */
export function App({ store, db }: AppProps) {
  return (
    <StoreContext.Provider value={store}>
      <DbContext.Provider value={db}>
        <ThemedDesk />
      </DbContext.Provider>
    </StoreContext.Provider>
  );
}

function ThemedDesk() {
  const language = useAppStore((s) => s.language);
  const direction = languageInfo(language).dir;
  // Switching language swaps direction, MUI locale and emotion cache in one render: no reload.
  const theme = useMemo(() => createAppTheme(direction, language), [direction, language]);
  useLanguageEffect();
  useHashArea();
  useConnectionMonitor();
  return (
    <CacheProvider value={emotionCacheFor(direction)}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <ErrorBoundary>
          <AppShell />
        </ErrorBoundary>
      </ThemeProvider>
    </CacheProvider>
  );
}
