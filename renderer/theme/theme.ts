// The Sales Desk theme: brand tokens live here and nowhere else (lint bans colours elsewhere).
import { createTheme, type Theme } from '@mui/material/styles';
import type { DigitStyle, Direction, UiLanguage } from '../i18n/languages';
import { muiLocaleFor } from '../i18n/mui-locale';

export function createAppTheme(
  direction: Direction,
  language: UiLanguage,
  digits: DigitStyle = 'latn',
): Theme {
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
    // MUI's texts in the language, its numbers in the digits the rest of the desk uses.
    muiLocaleFor({ language, digits }),
  );
}
