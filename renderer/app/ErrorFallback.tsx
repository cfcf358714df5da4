import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';

export type ErrorFallbackProps = { error: Error; onReset: () => void };

/** What a user sees when a screen crashes: plain words first, the technical text on demand. */
export function ErrorFallback({ error, onReset }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onReset}>
            {t('error.reload')}
          </Button>
        }
      >
        <AlertTitle>{t('error.title')}</AlertTitle>
        <Typography variant="body2">{t('error.body')}</Typography>
        <Link component="button" variant="body2" onClick={() => setOpen((v) => !v)} sx={{ mt: 1 }}>
          {t('error.details')}
        </Link>
        <Collapse in={open}>
          <Box component="pre" dir="ltr" sx={{ whiteSpace: 'pre-wrap', fontSize: 12, mt: 1 }}>
            {error.message}
          </Box>
        </Collapse>
      </Alert>
    </Box>
  );
}
