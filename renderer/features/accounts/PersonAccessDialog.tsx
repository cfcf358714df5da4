import { useCallback, useEffect, useState } from 'react';
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
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import type {
  AccountView,
  PasswordLinkCreated,
  PasswordLinkKind,
} from '../../../shared/accounts/protocol';
import type { User } from '../../../shared/domain/content';
import { useFormat } from '../../i18n/use-format';
import type { AccountCalls } from './account-api';
import { SessionsTable } from './SessionsTable';
import { useAccountErrorText } from './use-account-error-text';

export type PersonAccessDialogProps = {
  person: User;
  onClose: () => void;
  calls: AccountCalls;
};

/**
 * An administrator's view of how a person signs in: whether they have a password, an invitation
 * or reset link to make and copy (e-mailed too when the server has SMTP), and their open sessions.
 */
export function PersonAccessDialog({ person, onClose, calls }: PersonAccessDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useAccountErrorText();
  const [view, setView] = useState<AccountView | null>(null);
  const [link, setLink] = useState<(PasswordLinkCreated & { url: string }) | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    calls.account(person.id).then(setView, (e: unknown) => setError(errorText(e)));
  }, [calls, person.id, errorText]);
  useEffect(load, [load]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      load();
    }
  };

  const makeLink = (kind: PasswordLinkKind) =>
    void run(async () => {
      const made = await calls.createLink(person.id, kind);
      setCopied(false);
      setLink({ ...made, url: `${await calls.serverUrl()}${made.path}` });
    });

  const copy = async () => {
    if (!link) return;
    await navigator.clipboard.writeText(link.url).then(
      () => setCopied(true),
      () => undefined,
    );
  };

  const name = `\u2068${person.displayName}\u2069`;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth data-testid="person-access">
      <DialogTitle>{t('accounts.person.title', { name })}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="person-access-error">
            {error}
          </Alert>
        )}
        {view === null ? (
          <LinearProgress aria-label={t('accounts.sessions.loading')} />
        ) : (
          <Stack sx={{ gap: 2 }}>
            <Typography data-testid="person-access-status">
              {view.hasPassword
                ? t('accounts.person.hasPassword')
                : t('accounts.person.noPassword')}{' '}
              {view.pendingLink &&
                t(
                  view.pendingLink.kind === 'reset'
                    ? 'accounts.person.pendingReset'
                    : 'accounts.person.pendingInvite',
                  { time: format.dateTime(view.pendingLink.expiresAt) },
                )}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              <Button
                variant={view.hasPassword ? 'outlined' : 'contained'}
                disabled={busy || person.disabled === true}
                onClick={() => makeLink('invite')}
                data-testid="make-invite-link"
              >
                {t('accounts.person.invite')}
              </Button>
              <Button
                variant={view.hasPassword ? 'contained' : 'outlined'}
                disabled={busy || person.disabled === true}
                onClick={() => makeLink('reset')}
                data-testid="make-reset-link"
              >
                {t('accounts.person.reset')}
              </Button>
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {t('accounts.person.linkNote')}
            </Typography>
            {link && (
              <Alert severity="success" data-testid="person-link">
                <Stack sx={{ gap: 1 }}>
                  <span>
                    {t('accounts.person.linkReady', {
                      name,
                      time: format.dateTime(link.expiresAt),
                    })}
                    {link.emailed &&
                      ` ${t('accounts.person.emailed', { email: `\u2066${person.email}\u2069` })}`}
                  </span>
                  <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                    <TextField
                      value={link.url}
                      label={t('accounts.person.linkLabel')}
                      size="small"
                      fullWidth
                      slotProps={{
                        htmlInput: { readOnly: true, dir: 'ltr', 'data-testid': 'person-link-url' },
                      }}
                      onFocus={(e) => e.target.select()}
                    />
                    <Button
                      startIcon={<ContentCopyIcon />}
                      onClick={() => void copy()}
                      data-testid="person-link-copy"
                      sx={{ flexShrink: 0 }}
                    >
                      {copied ? t('accounts.person.copied') : t('accounts.person.copy')}
                    </Button>
                  </Stack>
                </Stack>
              </Alert>
            )}
            <Divider />
            <Stack direction="row" sx={{ alignItems: 'center' }}>
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
                {t('accounts.person.sessionsTitle')}
              </Typography>
              <Button
                color="error"
                disabled={busy || view.sessions.length === 0}
                onClick={() => void run(() => calls.revokeAll(person.id))}
                data-testid="revoke-all-sessions"
              >
                {t('accounts.person.revokeAll')}
              </Button>
            </Stack>
            <SessionsTable
              sessions={view.sessions}
              busy={busy}
              onRevoke={(s) => void run(() => calls.revokeSession(person.id, s.id))}
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="person-access-close">
          {t('accounts.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
