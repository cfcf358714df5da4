import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { CONTENT_LANGUAGES } from '../../../../shared/domain/localized-content';
import { languageInfo } from '../../../i18n/languages';

export type ContentLanguagePickerProps = {
  value: ContentLanguage;
  onChange: (language: ContentLanguage) => void;
};

/** Which language's text the editors show and change: independent of the UI language. */
export function ContentLanguagePicker({ value, onChange }: ContentLanguagePickerProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" id="editors-language-label">
        {t('editors.editingLanguage')}
      </Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={value}
        onChange={(_e, v: ContentLanguage | null) => v && onChange(v)}
        aria-labelledby="editors-language-label"
        data-testid="editors-language"
      >
        {CONTENT_LANGUAGES.map((l) => (
          <ToggleButton key={l} value={l} lang={l} data-testid={`editors-language-${l}`}>
            {languageInfo(l).nativeName}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
}
