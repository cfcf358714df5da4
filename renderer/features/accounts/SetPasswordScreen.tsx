import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import KeyIcon from '@mui/icons-material/Key';
import type { PasswordLinkInfo } from '../../../shared/accounts/protocol';
import { LanguageSwitcher } from '../../ui/components/LanguageSwitcher';
import { useAppStore } from '../../store/use-app-store';
import { useDeskSync, useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { linkCalls } from './account-api';
import { newPasswordState } from './new-password-state';
import { PasswordFields } from './PasswordFields';
import type { SetPasswordLink } from './set-password-link';
import { useAccountErrorText } from './use-account-error-text';
import { useCommonPasswords } from './use-common-passwords';

export type SetPasswordScreenProps = {
  link: SetPasswordLink;
  /** The server the link belongs to; by default the page's own address (null outside a browser). */
  serverUrl?: string | null;
  /** Leaves this screen: to the desk when signed in, else to the sign-in screen. */
  onFinished: () => void;
};

function pageServerUrl(): string | null {
  const { protocol, origin } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? origin : null;
}

type Phase =
  | { name: 'checking' }
  | { name: 'refused'; error: unknown }
  | { name: 'form'; info: PasswordLinkInfo }
  | { name: 'done'; info: PasswordLinkInfo };

/**
 * Where an invitation or reset link lands: the person chooses a password (twice, checked against
 * the policy as they type) and is signed in with it.
 */
export function SetPasswordScreen({
  link,
  serverUrl = pageServerUrl(),
  onFinished,
}: SetPasswordScreenProps) {
  const { t } = useTranslation();
  const errorText = useAccountErrorText();
  const setLanguage = useAppStore((s) => s.setLanguage);
  const sync = useDeskSyncController();
  const { phase: syncPhase } = useDeskSync();
  const common = useCommonPasswords();
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState<'saving' | 'signingIn' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // The link names the person's language: the screen speaks it from the first word.
    if (link.lang) setLanguage(link.lang);
    if (!serverUrl) return;
    let live = true;
    linkCalls.check(serverUrl, link.token).then(
      (info) => live && setPhase({ name: 'form', info }),
      (e: unknown) => live && setPhase({ name: 'refused', error: e }),
    );
    return () => {
      live = false;
    };
  }, [link, serverUrl, setLanguage]);

  const info = phase.name === 'form' || phase.name === 'done' ? phase.info : null;
  const state = newPasswordState(
    password,
    repeat,
    { email: info?.email ?? '', displayName: info?.displayName ?? '' },
    common,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!serverUrl || phase.name !== 'form' || !state.ready) return;
    setError(null);
    setBusy('saving');
    let email: string;
    try {
      email = await linkCalls.use(serverUrl, link.token, password);
    } catch (e) {
      setError(errorText(e));
      setBusy(null);
      return;
    }
    setPhase({ name: 'done', info: phase.info });
    // Signed in at once, unless someone is already signed in at this desk.
    if (syncPhase !== 'signedOut') {
      setBusy(null);
      return;
    }
    setBusy('signingIn');
    try {
      await sync.signIn(serverUrl, email, password);
      onFinished();
    } catch {
      // The password is set all the same: the sign-in screen takes it from here.
      setBusy(null);
    }
  };

  return (
    <Box
      sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 6, px: 2 }}
      data-testid="set-password"
    >
      <Paper sx={{ maxWidth: 520, mx: 'auto', p: { xs: 2, md: 4 } }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, mb: 2 }}>
          <KeyIcon color="primary" fontSize="large" />
          <Typography variant="h5" component="h1" sx={{ fontWeight: 700, flexGrow: 1 }}>
            {info?.kind === 'reset'
              ? t('accounts.setPassword.titleReset')
              : t('accounts.setPassword.titleInvite')}
          </Typography>
          <Box sx={{ color: 'primary.main' }}>
            <LanguageSwitcher />
          </Box>
        </Stack>
        {!serverUrl && <Alert severity="info">{t('accounts.setPassword.noServer')}</Alert>}
        {serverUrl && phase.name === 'checking' && (
          <LinearProgress aria-label={t('accounts.setPassword.checking')} />
        )}
        {phase.name === 'refused' && (
          <Stack sx={{ gap: 2 }}>
            <Alert severity="error" role="alert" data-testid="set-password-refused">
              {errorText(phase.error)}
            </Alert>
            <Button onClick={onFinished} data-testid="set-password-to-sign-in">
              {t('accounts.setPassword.goSignIn')}
            </Button>
          </Stack>
        )}
        {phase.name === 'form' && (
          <Stack component="form" onSubmit={(e) => void submit(e)} noValidate sx={{ gap: 2 }}>
            <Typography data-testid="set-password-intro">
              {t('accounts.setPassword.intro', {
                name: `\u2068${phase.info.displayName}\u2069`,
                email: `\u2066${phase.info.email}\u2069`,
              })}
            </Typography>
            {error && (
              <Alert severity="error" role="alert" data-testid="set-password-error">
                {error}
              </Alert>
            )}
            <PasswordFields
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              state={state}
              autoFocus
            />
            <Button
              type="submit"
              variant="contained"
              disabled={!state.ready || busy !== null}
              data-testid="set-password-submit"
            >
              {busy === 'saving'
                ? t('accounts.setPassword.saving')
                : t('accounts.setPassword.submit')}
            </Button>
          </Stack>
        )}
        {phase.name === 'done' && (
          <Stack sx={{ gap: 2 }}>
            <Alert severity="success" data-testid="set-password-done">
              {t('accounts.setPassword.done')}
            </Alert>
            {busy === 'signingIn' ? (
              <LinearProgress aria-label={t('accounts.setPassword.signingIn')} />
            ) : (
              <Button
                variant="contained"
                onClick={onFinished}
                data-testid="set-password-to-sign-in"
              >
                {t('accounts.setPassword.goSignIn')}
              </Button>
            )}
          </Stack>
        )}
      </Paper>
    </Box>
  );
}
