import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TranslateIcon from '@mui/icons-material/Translate';
import { LANGUAGES, PSEUDO_LANGUAGE, languageInfo, type UiLanguage } from '../../i18n/languages';
import { useAppStore } from '../../store/use-app-store';
import { rememberSignInLanguage } from '../../store/preferences';

/** Top-bar language menu; also offers Arabic-Indic or Latin digits while Arabic is active. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setDigits = useAppStore((s) => s.setDigits);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choices = import.meta.env.DEV ? [...LANGUAGES, PSEUDO_LANGUAGE] : LANGUAGES;
  const user = useAppStore((s) => s.user);
  const choose = (code: UiLanguage) => {
    // Chosen before signing in: the person signing in next gets it too (sign-in screen switch).
    if (!user) rememberSignInLanguage(code);
    setLanguage(code);
    setAnchor(null);
  };
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon />}
        aria-label={t('topbar.language')}
        aria-haspopup="menu"
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="language-switcher"
      >
        {languageInfo(language).nativeName}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {choices.map((l) => (
          <MenuItem
            key={l.code}
            selected={l.code === language}
            lang={l.code === 'qps' ? 'en' : l.code}
            dir={l.dir}
            onClick={() => choose(l.code)}
          >
            {l.nativeName}
          </MenuItem>
        ))}
        {language === 'ar' && [
          <Divider key="divider" />,
          <ListSubheader key="digits">{t('topbar.digits')}</ListSubheader>,
          <MenuItem key="arab" selected={digits === 'arab'} onClick={() => setDigits('arab')}>
            {t('topbar.digitsArabic')}
          </MenuItem>,
          <MenuItem key="latn" selected={digits === 'latn'} onClick={() => setDigits('latn')}>
            {t('topbar.digitsLatin')}
          </MenuItem>,
        ]}
      </Menu>
    </>
  );
}
