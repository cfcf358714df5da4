import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import StorageIcon from '@mui/icons-material/Storage';
import { useAppStore } from '../store/use-app-store';

const LOOK = {
  online: { icon: <CloudDoneIcon />, color: 'success' },
  offline: { icon: <CloudOffIcon />, color: 'warning' },
  notConfigured: { icon: <StorageIcon />, color: 'default' },
} as const;

/** Always-visible connection state: online, offline (working locally) or no sync set up. */
export function ConnectionChip() {
  const { t } = useTranslation();
  const connection = useAppStore((s) => s.connection);
  const look = LOOK[connection];
  return (
    <Tooltip title={t('connection.tooltip')}>
      <Chip
        size="small"
        icon={look.icon}
        color={look.color}
        label={t(`connection.${connection}`)}
        data-testid="connection-state"
        data-state={connection}
        sx={{ bgcolor: connection === 'notConfigured' ? 'background.paper' : undefined }}
      />
    </Tooltip>
  );
}
