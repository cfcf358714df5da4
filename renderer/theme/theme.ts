// The Sales Desk theme: brand tokens live here and nowhere else (lint bans colours elsewhere).
import { createTheme, type Theme } from '@mui/material/styles';
import { arSA, enUS, trTR } from '@mui/material/locale';
import type { Direction, UiLanguage } from '../i18n/languages';

const MUI_LOCALES = { en: enUS, ar: arSA, tr: trTR, qps: enUS } as const;

export function createAppTheme(direction: Direction, language: UiLanguage): Theme {
  return createTheme(
    {
      direction,
      palette: {
        mode: 'light',
        primary: { main: '#0b5cad', contrastText: '#ffffff' },
        secondary: { main: '#00897b' },
        success: { main: '#2e7d32' },
        warning: { main: '#ed6c02' },
        error: { main: '#c62828' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
      },
      shape: { borderRadius: 8 },
      typography: {
        // Arabic glyphs need a face that has them; system UI fonts do on every desktop OS.
        fontFamily:
          language === 'ar'
            ? '"Segoe UI", "Noto Sans Arabic", "Geeza Pro", Tahoma, "DejaVu Sans", sans-serif'
            : '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif',
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
      },
    },
    MUI_LOCALES[language],
  );
}
