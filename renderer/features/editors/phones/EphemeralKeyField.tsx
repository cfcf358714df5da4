import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import KeyOffOutlinedIcon from '@mui/icons-material/KeyOffOutlined';
import { generateEphemeralKey } from './generate-ephemeral-key';

export type EphemeralKeyFieldProps = {
  /** Whether the server holds a key (it never sends the key itself). */
  hasSecret: boolean;
  newSecret: string;
  clearSecret: boolean;
  error: string | undefined;
  onChange: (patch: { newSecret?: string; clearSecret?: boolean }) => void;
};

/** The write-only ephemeral-credential key: set or not, a new one typed or generated, or cleared. */
export function EphemeralKeyField({
  hasSecret,
  newSecret,
  clearSecret,
  error,
  onChange,
}: EphemeralKeyFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack sx={{ gap: 1 }} data-testid="phone-key">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700 }}>
          {t('phoneAdmin.key.title')}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={hasSecret ? 'success' : 'warning'}
          label={hasSecret ? t('phoneAdmin.key.set') : t('phoneAdmin.key.notSet')}
          data-testid="phone-key-state"
          data-state={hasSecret ? 'set' : 'unset'}
        />
      </Stack>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('phoneAdmin.key.intro')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={t('phoneAdmin.key.new')}
          value={newSecret}
          onChange={(e) => onChange({ newSecret: e.target.value, clearSecret: false })}
          error={!!error}
          helperText={
            error ?? (newSecret ? t('phoneAdmin.key.copyHint') : t('phoneAdmin.key.newHint'))
          }
          autoComplete="off"
          sx={{ flexGrow: 1, width: '100%', '& input': { fontFamily: 'monospace' } }}
          slotProps={{
            htmlInput: { dir: 'ltr', spellCheck: false, 'data-testid': 'phone-key-input' },
            formHelperText: { 'data-testid': 'phone-key-helper' } as object,
          }}
        />
        <Button
          startIcon={<AutorenewIcon />}
          onClick={() => onChange({ newSecret: generateEphemeralKey(), clearSecret: false })}
          sx={{ flexShrink: 0, mt: { sm: 0.25 } }}
          data-testid="phone-key-generate"
        >
          {t('phoneAdmin.key.generate')}
        </Button>
        {hasSecret && (
          <Button
            color="error"
            startIcon={<KeyOffOutlinedIcon />}
            disabled={clearSecret}
            onClick={() => onChange({ newSecret: '', clearSecret: true })}
            sx={{ flexShrink: 0, mt: { sm: 0.25 } }}
            data-testid="phone-key-clear"
          >
            {t('phoneAdmin.key.clear')}
          </Button>
        )}
      </Stack>
      {clearSecret && (
        <Alert
          severity="warning"
          data-testid="phone-key-clear-pending"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => onChange({ clearSecret: false })}
              data-testid="phone-key-undo-clear"
            >
              {t('phoneAdmin.key.undoClear')}
            </Button>
          }
        >
          {t('phoneAdmin.key.clearPending')}
        </Alert>
      )}
    </Stack>
  );
}
