// Placeholder until this tab is built (issue 17).
import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';

export function ForecastTab() {
  const { t } = useTranslation();
  return <Typography variant="h6">{t('insight.tab.forecast')}</Typography>;
}
