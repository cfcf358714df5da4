// Whom a live call can go to: the closers with a phone, each with their state right now. Only an
// available closer can take it — the others are listed, greyed, with what they are doing.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TransferCandidate } from './use-transfer';

export type TransferMenuProps = {
  anchor: HTMLElement | null;
  candidates: TransferCandidate[] | null;
  onClose: () => void;
  onConsult: (c: TransferCandidate) => void;
  onBlind: (c: TransferCandidate) => void;
};

export function TransferMenu({
  anchor,
  candidates,
  onClose,
  onConsult,
  onBlind,
}: TransferMenuProps) {
  const { t } = useTranslation();
  const stateOf = (c: TransferCandidate) =>
    c.state === 'paused' && c.reason
      ? t('wallboard.pausedFor', { reason: t(`wallboard.reason.${c.reason}`) })
      : t(`wallboard.state.${c.state}`);
  return (
    <Popover
      open={anchor !== null}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Stack sx={{ p: 1.5, gap: 1, minWidth: 320 }} role="list" data-testid="transfer-menu">
        {candidates === null && <Typography color="text.secondary">…</Typography>}
        {candidates?.length === 0 && (
          <Typography color="text.secondary">{t('phone.transfer.nobody')}</Typography>
        )}
        {candidates?.map((c) => {
          const free = c.state === 'available';
          return (
            <Stack
              key={c.closer.id}
              role="listitem"
              direction="row"
              sx={{ alignItems: 'center', gap: 1, opacity: free ? 1 : 0.6 }}
              data-testid={`transfer-candidate-${c.closer.id}`}
            >
              <Stack sx={{ flex: 1, minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600 }}>
                  <bdi>{c.closer.displayName}</bdi>
                </Typography>
                <Typography
                  variant="body2"
                  color={free ? 'success.main' : 'text.secondary'}
                  data-testid={`transfer-state-${c.closer.id}`}
                  data-state={c.state}
                >
                  {stateOf(c)}
                </Typography>
              </Stack>
              <Button
                size="small"
                variant="contained"
                disabled={!free}
                onClick={() => onConsult(c)}
                data-testid={`transfer-consult-${c.closer.id}`}
              >
                {t('phone.transfer.consult')}
              </Button>
              <Button
                size="small"
                variant="outlined"
                disabled={!free}
                onClick={() => onBlind(c)}
                data-testid={`transfer-blind-${c.closer.id}`}
              >
                {t('phone.transfer.blind')}
              </Button>
            </Stack>
          );
        })}
      </Stack>
    </Popover>
  );
}
