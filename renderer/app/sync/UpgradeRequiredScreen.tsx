import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import SystemUpdateAltIcon from '@mui/icons-material/SystemUpdateAlt';

/** The server no longer accepts this desk's protocol version (HTTP 426): update, nothing else. */
export function UpgradeRequiredScreen() {
  const { t } = useTranslation();
  return (
    <Box
      role="alert"
      data-testid="upgrade-required"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        bgcolor: 'background.default',
        p: 2,
      }}
    >
      <Paper sx={{ maxWidth: 560, p: 4, textAlign: 'center' }}>
        <SystemUpdateAltIcon color="primary" sx={{ fontSize: 56, mb: 1 }} />
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 1 }}>
          {t('sync.upgrade.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('sync.upgrade.body')}
        </Typography>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('sync.upgrade.reload')}
        </Button>
      </Paper>
    </Box>
  );
}
