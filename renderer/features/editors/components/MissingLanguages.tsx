import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { languageInfo } from '../../../i18n/languages';

export type MissingLanguagesProps = { missing: readonly ContentLanguage[]; testId?: string };

/** Small chips naming the languages a text (or an item) is not yet written in. */
export function MissingLanguages({ missing, testId = 'missing-languages' }: MissingLanguagesProps) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <Stack
      direction="row"
      component="span"
      sx={{ gap: 0.5, flexWrap: 'wrap', display: 'inline-flex' }}
      data-testid={testId}
    >
      {missing.map((l) => (
        <Chip
          key={l}
          size="small"
          variant="outlined"
          color="warning"
          lang={l}
          label={t('editors.missingIn', { language: languageInfo(l).nativeName })}
          data-language={l}
        />
      ))}
    </Stack>
  );
}
