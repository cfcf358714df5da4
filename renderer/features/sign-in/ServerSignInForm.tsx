import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../i18n/use-format';
import { PasswordField } from '../../ui/components/PasswordField';
import { lastServerUrl } from '../../sync/account';
import { reachServer } from '../../sync/allow-server';
import { normaliseServerUrl } from '../../sync/transport';
import { useDeskSync, useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { useSyncErrorMessage } from '../../ui/sync/use-sync-error-message';

/** The server the page came from (web client), else the one used last (desktop app). */
function defaultServerUrl(): string {
  const { protocol, origin } = window.location;
  if (protocol === 'http:' || protocol === 'https:') return origin;
  return lastServerUrl(window.localStorage) ?? '';
}

/** Email and password against the organisation's sync server. */
export function ServerSignInForm() {
  const { t } = useTranslation();
  const sync = useDeskSyncController();
  const { endedBecause, account, discardedUnsent } = useDeskSync();
  const message = useSyncErrorMessage();
  const format = useFormat();
  const [serverUrl, setServerUrl] = useState(defaultServerUrl);
  const [email, setEmail] = useState(account?.user.email ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    let url: string;
    try {
      url = normaliseServerUrl(serverUrl);
    } catch {
      setError(message('serverUrlInvalid'));
      return;
    }
    setBusy(true);
    try {
      // The desktop app's page reaches only the servers main allows (a new one: one reload).
      const reach = await reachServer(url, window.desk, window.localStorage, () =>
        window.location.reload(),
      );
      if (reach === 'reloading') return;
      if (reach === 'refused') {
        setError(message('serverUrlInvalid'));
        setBusy(false);
        return;
      }
      await sync.signIn(url, email, password);
    } catch (e) {
      setError(message(e));
      setBusy(false);
    }
  };

  return (
    <Stack
      component="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      sx={{ gap: 2, maxWidth: 440 }}
      data-testid="server-sign-in"
    >
      <Typography variant="h6" component="h2">
        {t('sync.signIn.title')}
      </Typography>
      {endedBecause && !error && (
        <Alert severity="info" data-testid="sign-in-ended">
          {message(endedBecause)}
          {discardedUnsent !== null && (
            <Typography
              variant="body2"
              sx={{ mt: 0.5 }}
              data-testid="sign-in-discarded"
              data-unsent={discardedUnsent}
            >
              {discardedUnsent === 0
                ? t('sync.discarded.none')
                : t('sync.discarded.some', {
                    count: discardedUnsent,
                    n: format.number(discardedUnsent),
                  })}
            </Typography>
          )}
        </Alert>
      )}
      {error && (
        <Alert severity="error" role="alert" data-testid="sign-in-error">
          {error}
        </Alert>
      )}
      <TextField
        label={t('sync.signIn.serverUrl')}
        value={serverUrl}
        onChange={(e) => setServerUrl(e.target.value)}
        type="url"
        autoComplete="url"
        required
        size="small"
        slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'sign-in-server' } }}
      />
      <TextField
        label={t('sync.signIn.email')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        type="email"
        autoComplete="username"
        required
        size="small"
        slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'sign-in-email' } }}
      />
      <PasswordField
        label={t('sync.signIn.password')}
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        testId="sign-in-password"
        toggleTestId="sign-in-show-password"
      />
      <Button
        type="submit"
        variant="contained"
        disabled={busy || !email.trim() || !password}
        data-testid="sign-in-submit"
      >
        {busy ? t('sync.signIn.signingIn') : t('sync.signIn.submit')}
      </Button>
    </Stack>
  );
}
