import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useFormat } from '../../i18n/use-format';
import { useDeskSyncController } from '../../ui/sync/use-desk-sync';

export type SignOutDialogProps = { open: boolean; onClose: () => void; onSignedOut: () => void };

/**
 * Signing out wipes this desk's copy of the person's data. Unsent changes are named, with a way
 * to sync first; discarding them takes a deliberate second button.
 */
export function SignOutDialog({ open, onClose, onSignedOut }: SignOutDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const sync = useDeskSyncController();
  const [pending, setPending] = useState<number | null>(null);
  const [recordings, setRecordings] = useState(0);
  const [busy, setBusy] = useState<'sync' | 'signOut' | null>(null);
  const [stillPending, setStillPending] = useState(false);

  useEffect(() => {
    if (!open) return;
    setStillPending(false);
    let cancelled = false;
    void sync.pendingChanges().then((n) => !cancelled && setPending(n));
    void sync.pendingRecordings().then((n) => !cancelled && setRecordings(n));
    return () => {
      cancelled = true;
    };
  }, [open, sync]);

  const syncFirst = async () => {
    setBusy('sync');
    const left = await sync.syncNow();
    const recordingsLeft = await sync.pendingRecordings();
    setBusy(null);
    setPending(left);
    setRecordings(recordingsLeft);
    setStillPending(left + recordingsLeft > 0);
  };
  const signOut = async () => {
    setBusy('signOut');
    try {
      await sync.signOut();
    } finally {
      setBusy(null);
    }
    onSignedOut();
  };

  const unsentChanges = pending ?? 0;
  const unsent = unsentChanges + recordings;
  return (
    <Dialog open={open} onClose={onClose} data-testid="sign-out-dialog" maxWidth="xs" fullWidth>
      <DialogTitle>{t('sync.signOut.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('sync.signOut.body')}</DialogContentText>
        {unsentChanges > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="sign-out-pending">
            {t('sync.signOut.pending', { count: unsentChanges, n: format.number(unsentChanges) })}
          </Alert>
        )}
        {recordings > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="sign-out-recordings">
            {t('sync.signOut.recordings', { count: recordings, n: format.number(recordings) })}
          </Alert>
        )}
        {stillPending && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {t('sync.signOut.stillPending')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{t('sync.signOut.cancel')}</Button>
        {unsent > 0 ? (
          <>
            <Button
              color="error"
              disabled={busy !== null}
              onClick={() => void signOut()}
              data-testid="sign-out-discard"
            >
              {t('sync.signOut.anyway')}
            </Button>
            <Button
              variant="contained"
              disabled={busy !== null}
              onClick={() => void syncFirst()}
              data-testid="sign-out-sync-first"
            >
              {busy === 'sync' ? t('sync.signOut.waiting') : t('sync.signOut.waitForSync')}
            </Button>
          </>
        ) : (
          <Button
            variant="contained"
            disabled={busy !== null || pending === null}
            onClick={() => void signOut()}
            data-testid="sign-out-confirm"
          >
            {t('sync.signOut.confirm')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
