import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AccountSession } from '../../../shared/accounts/protocol';
import { useAppStore } from '../../store/use-app-store';
import type { AccountCalls } from './account-api';
import { newPasswordState } from './new-password-state';
import { PasswordField } from '../../ui/components/PasswordField';
import { PasswordFields } from './PasswordFields';
import { SessionsTable } from './SessionsTable';
import { useAccountErrorText } from './use-account-error-text';
import { useCommonPasswords } from './use-common-passwords';

export type MyAccountDialogProps = {
  open: boolean;
  onClose: () => void;
  calls: AccountCalls;
};

/** The signed-in person's own account: change the password, see and end their other sessions. */
export function MyAccountDialog({ open, onClose, calls }: MyAccountDialogProps) {
  const { t } = useTranslation();
  const user = useAppStore((s) => s.user);
  const errorText = useAccountErrorText();
  const common = useCommonPasswords();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [sessions, setSessions] = useState<AccountSession[] | null>(null);

  const load = useCallback(() => {
    calls
      .mySessions()
      .then(setSessions, (e: unknown) => setMessage({ ok: false, text: errorText(e) }));
  }, [calls, errorText]);
  useEffect(() => {
    if (open) load();
  }, [open, load]);

  const state = newPasswordState(
    password,
    repeat,
    { email: user?.email ?? '', displayName: user?.displayName ?? '' },
    common,
  );

  const run = async (action: () => Promise<void>, done?: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      if (done) setMessage({ ok: true, text: done });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
      load();
    }
  };

  const change = (event: FormEvent) => {
    event.preventDefault();
    if (!state.ready || !current) return;
    void run(async () => {
      await calls.changePassword(current, password);
      setCurrent('');
      setPassword('');
      setRepeat('');
    }, t('accounts.mine.changed'));
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth data-testid="my-account">
      <DialogTitle>{t('accounts.mine.title')}</DialogTitle>
      <DialogContent>
        {message && (
          <Alert
            severity={message.ok ? 'success' : 'error'}
            role={message.ok ? 'status' : 'alert'}
            sx={{ mb: 2 }}
            data-testid="my-account-message"
          >
            {message.text}
          </Alert>
        )}
        <Stack component="form" onSubmit={change} noValidate sx={{ gap: 2, maxWidth: 440, pt: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {t('accounts.mine.changeTitle')}
          </Typography>
          <PasswordField
            label={t('accounts.mine.current')}
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
            testId="current-password"
          />
          <PasswordFields
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            state={state}
          />
          <Button
            type="submit"
            variant="contained"
            disabled={busy || !state.ready || !current}
            data-testid="change-password-submit"
          >
            {t('accounts.mine.change')}
          </Button>
        </Stack>
        <Divider sx={{ my: 3 }} />
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
            {t('accounts.mine.sessionsTitle')}
          </Typography>
          <Button
            color="error"
            disabled={busy || !sessions?.some((s) => !s.current)}
            onClick={() => void run(() => calls.revokeMyOtherSessions())}
            data-testid="revoke-other-sessions"
          >
            {t('accounts.mine.revokeOthers')}
          </Button>
        </Stack>
        {sessions === null ? (
          <LinearProgress aria-label={t('accounts.sessions.loading')} />
        ) : (
          <SessionsTable
            sessions={sessions}
            busy={busy}
            onRevoke={(s) => void run(() => calls.revokeMySession(s.id))}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="my-account-close">
          {t('accounts.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
