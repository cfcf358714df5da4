// Placeholder until this tab is built (issue 17).
import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';

export function CallingRulesSection() {
  const { t } = useTranslation();
  return <Typography variant="h6">{t('callingRules.title')}</Typography>;
}
