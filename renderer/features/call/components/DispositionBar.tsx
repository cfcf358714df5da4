import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  DISPOSITION_KEYS,
  type Disposition,
  type DispositionRole,
} from '../../../../shared/domain/dispositions';
import { KeyCap } from '../../../ui/shortcuts/KeyCap';
import { useShortcuts } from '../../../ui/shortcuts/use-shortcuts';

export type DispositionBarProps = {
  role: DispositionRole;
  onPick: (d: Disposition) => void;
  disabled?: boolean;
};

const COLOUR: Partial<Record<Disposition, 'success' | 'error' | 'warning'>> = {
  meetingBooked: 'success',
  sale: 'success',
  retained: 'success',
  upsold: 'success',
  doNotCall: 'error',
  churned: 'error',
  notInterested: 'warning',
};

/** The call outcome, one number key each. */
export function DispositionBar({ role, onPick, disabled = false }: DispositionBarProps) {
  const { t } = useTranslation();
  const list = DISPOSITION_KEYS[role];
  useShortcuts(
    list.map((d, i) => ({
      key: String(i + 1),
      label: `disposition.${d}` as const,
      group: 'dispositions' as const,
      run: () => onPick(d),
    })),
    !disabled,
  );
  return (
    <Paper sx={{ p: 2 }} data-testid="disposition-bar">
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {t('call.outcome')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {list.map((d, i) => (
          <Button
            key={d}
            variant="outlined"
            color={COLOUR[d] ?? 'primary'}
            disabled={disabled}
            onClick={() => onPick(d)}
            startIcon={<KeyCap keyName={String(i + 1)} />}
            data-testid={`disposition-${d}`}
          >
            {t(`disposition.${d}`)}
          </Button>
        ))}
      </Stack>
    </Paper>
  );
}
