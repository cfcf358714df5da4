import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { targetKey, type AssignTarget } from '../../../../shared/domain/assignment';
import type { LeadId } from '../../../../shared/domain/ids';
import type { ReassignResult } from '../../../db/assignment';
import { useFormat } from '../../../i18n/use-format';
import { useReassign } from '../hooks/use-reassign';
import { usePeople } from '../use-people';

export type ReassignRequest = {
  ids: LeadId[];
  /** Selected leads per owner key, for "from whom". */
  from: Map<string, number>;
  targets: AssignTarget[];
  includeClosed: boolean;
};

export type ReassignDialogProps = {
  request: ReassignRequest | null;
  onClose: () => void;
  onDone: (result: Extract<ReassignResult, { ok: true }>) => void;
};

const SHOWN_OWNERS = 6;

/** Says how many leads move from whom to whom, then moves them with a progress bar. */
export function ReassignDialog({ request, onClose, onDone }: ReassignDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const reassign = useReassign();
  const { ownerLabel } = usePeople();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!request) return null;
  const n = request.ids.length;
  const from = [...request.from.entries()].sort((a, b) => b[1] - a[1]);
  const to = request.targets.map((x) => ownerLabel(targetKey(x)));
  const running = progress !== null;

  const run = async () => {
    if (!reassign) return;
    setError(null);
    setProgress(0);
    try {
      const r = await reassign(request, (done, total) =>
        setProgress(total ? (100 * done) / total : 100),
      );
      setProgress(null);
      if (!r.ok) return setError(t(`lists.errors.${r.error}`));
      onDone(r);
    } catch {
      setProgress(null);
      setError(t('lists.errors.reassignFailed'));
    }
  };

  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      data-testid="reassign-dialog"
    >
      <DialogTitle>{t('lists.assign.confirmTitle', { count: n, n: format.number(n) })}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 1.5 }}>
          <Typography variant="subtitle2">{t('lists.assign.from')}</Typography>
          <Stack component="ul" sx={{ m: 0, ps: 3, gap: 0.25 }} data-testid="reassign-from">
            {from.slice(0, SHOWN_OWNERS).map(([owner, count]) => (
              <Typography component="li" key={owner} variant="body2">
                <bdi>{ownerLabel(owner)}</bdi>
                {t('lists.assign.countSuffix', { n: format.number(count) })}
              </Typography>
            ))}
            {from.length > SHOWN_OWNERS && (
              <Typography component="li" variant="body2" color="text.secondary">
                {t('lists.assign.moreOwners', {
                  count: from.length - SHOWN_OWNERS,
                  n: format.number(from.length - SHOWN_OWNERS),
                })}
              </Typography>
            )}
          </Stack>
          <Typography variant="subtitle2">{t('lists.assign.toHeading')}</Typography>
          <Typography variant="body2" data-testid="reassign-to">
            {to.map((name, i) => (
              <span key={name}>
                {i > 0 && ', '}
                <bdi>{name}</bdi>
              </span>
            ))}
          </Typography>
          {request.targets.length > 1 && (
            <Typography variant="body2" color="text.secondary">
              {t('lists.assign.splitHint', {
                n: format.number(Math.ceil(n / request.targets.length)),
              })}
            </Typography>
          )}
          <Alert severity={request.includeClosed ? 'warning' : 'info'}>
            {request.includeClosed
              ? t('lists.assign.closedIncluded')
              : t('lists.assign.closedKept')}
          </Alert>
          {running && (
            <LinearProgress
              variant="determinate"
              value={progress}
              aria-label={t('lists.assign.progress')}
              data-testid="reassign-progress"
            />
          )}
          {error && (
            <Alert severity="error" data-testid="reassign-error">
              {error}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={running}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void run()}
          disabled={running}
          data-testid="reassign-confirm"
        >
          {t('lists.assign.confirm', { count: n, n: format.number(n) })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
