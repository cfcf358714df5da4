import { useTranslation } from 'react-i18next';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { Alert } from '../../../../shared/domain/insight/alerts';

/** An alert's severity as an icon with its name for screen readers. */
export function AlertIcon({ severity }: { severity: Alert['severity'] }) {
  const { t } = useTranslation();
  const Icon = severity === 'error' ? ErrorOutlineIcon : WarningAmberIcon;
  return (
    <Icon
      color={severity}
      fontSize="small"
      titleAccess={t(`alerts.severity.${severity}`)}
      data-severity={severity}
    />
  );
}
