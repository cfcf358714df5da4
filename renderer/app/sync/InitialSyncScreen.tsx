import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import CloudDownloadIcon from '@mui/icons-material/CloudDownload';
import type { SyncStatus } from '../../sync/engine';
import { useFormat } from '../../i18n/use-format';

export type InitialSyncScreenProps = { status: SyncStatus | null; onSignOut: () => void };

/** First sign-in on this desk: the agent's own queue is on its way. */
export function InitialSyncScreen({ status, onSignOut }: InitialSyncScreenProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = status?.pulledRows ?? 0;
  const waiting = status?.state === 'offline' || status?.state === 'backoff';
  return (
    <Box
      data-testid="initial-sync"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        bgcolor: 'background.default',
        p: 2,
      }}
    >
      <Paper sx={{ width: '100%', maxWidth: 520, p: 4 }}>
        <CloudDownloadIcon color="primary" sx={{ fontSize: 48 }} />
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mt: 1 }}>
          {t('sync.initial.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('sync.initial.hint')}
        </Typography>
        <LinearProgress aria-label={t('sync.initial.title')} sx={{ mb: 1 }} />
        <Typography variant="body2" data-testid="initial-sync-rows">
          {t('sync.initial.received', { count: rows, n: format.number(rows) })}
        </Typography>
        {waiting && (
          <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
            {status?.state === 'backoff' ? t('sync.status.backoff') : t('sync.initial.offline')}
          </Typography>
        )}
        <Button sx={{ mt: 3 }} onClick={onSignOut}>
          {t('sync.signOut.cancel')}
        </Button>
      </Paper>
    </Box>
  );
}
