import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { ContentLanguage } from '../../../shared/domain/localized-content';
import { languageInfo } from '../../i18n/languages';

export type FallbackMarkerProps = { language: ContentLanguage };

/** Says visibly that a text is shown in another language because it is not written in ours. */
export function FallbackMarker({ language }: FallbackMarkerProps) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      color="warning"
      data-testid="content-fallback"
      label={t('content.fallback', { language: languageInfo(language).nativeName })}
      sx={{ marginInlineStart: 1, verticalAlign: 'middle' }}
    />
  );
}
