import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  SIP_AUTH_MODES,
  type SipAccountInput,
  type SipAccountView,
  type SipAuthMode,
} from '../../../../shared/domain/telephony';
import { SyncHttpError } from '../../../sync/errors';
import { accountDraft, accountInput, checkAccount, type AccountDraft } from './phone-form';
import { useFieldErrorText } from './use-field-error-text';
import { useRequestErrorText } from './use-request-error-text';

export type SipAccountDialogProps = {
  /** The person's display name. */
  name: string;
  /** Their account now, or null to give them one. */
  account: SipAccountView | null;
  /** Whether the organisation has an ephemeral-credential key. */
  hasSecret: boolean;
  /** Sends the account in one request; throws what the server said. */
  onSave: (input: SipAccountInput) => Promise<void>;
  onClose: () => void;
};

/** Sets one person's SIP account: user, how it signs in, and (fixed password) its login. */
export function SipAccountDialog({
  name,
  account,
  hasSecret,
  onSave,
  onClose,
}: SipAccountDialogProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const requestErrorText = useRequestErrorText();
  const [draft, setDraft] = useState<AccountDraft>(() => accountDraft(account));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  // The SIP user the server said is someone else's, until it is changed.
  const [takenUser, setTakenUser] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const hasPassword = account?.hasPassword ?? false;
  const check = checkAccount(accountInput(draft), hasPassword);
  const errors = tried && !check.ok ? check.errors : {};
  const set = (patch: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fixed = draft.authMode === 'password';

  const save = async () => {
    setTried(true);
    setFailure(null);
    if (!check.ok) return;
    setSaving(true);
    try {
      await onSave(check.value);
      onClose();
    } catch (error) {
      if (error instanceof SyncHttpError && error.code === 'sipUserTaken')
        setTakenUser(check.value.sipUser);
      else setFailure(requestErrorText(error));
    } finally {
      setSaving(false);
    }
  };

  const sipUserError =
    takenUser !== null && takenUser === draft.sipUser.trim()
      ? t('phoneAdmin.error.sipUserTaken')
      : errorText(errors.sipUser);
  const authUserError = errorText(errors.authUser);
  const passwordError = errorText(errors.password);
  const wssError = errorText(errors.wssUrl);

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="sip-dialog">
      <DialogTitle>{t('phoneAdmin.dialog.title', { name: `\u2068${name}\u2069` })}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          {failure && (
            <Alert severity="error" data-testid="sip-dialog-failure">
              {failure}
            </Alert>
          )}
          <TextField
            size="small"
            label={t('phoneAdmin.dialog.sipUser')}
            value={draft.sipUser}
            onChange={(e) => set({ sipUser: e.target.value })}
            error={!!sipUserError}
            helperText={sipUserError ?? t('phoneAdmin.dialog.sipUserHint')}
            required
            autoFocus
            slotProps={{
              htmlInput: { dir: 'ltr', spellCheck: false, 'data-testid': 'sip-dialog-user' },
              formHelperText: { 'data-testid': 'sip-dialog-user-helper' } as object,
            }}
          />
          <FormControl>
            <FormLabel id="sip-dialog-mode-label">{t('phoneAdmin.dialog.mode')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="sip-dialog-mode-label"
              value={draft.authMode}
              onChange={(e) => set({ authMode: e.target.value as SipAuthMode })}
            >
              {SIP_AUTH_MODES.map((mode) => (
                <FormControlLabel
                  key={mode}
                  value={mode}
                  label={t(`phoneAdmin.dialog.${mode}`)}
                  control={
                    <Radio slotProps={{ input: { 'data-testid': `sip-mode-${mode}` } as object }} />
                  }
                />
              ))}
            </RadioGroup>
            {!fixed && (
              <FormHelperText data-testid="sip-dialog-ephemeral-hint">
                {t('phoneAdmin.dialog.ephemeralHint')}
              </FormHelperText>
            )}
          </FormControl>
          {!fixed && !hasSecret && (
            <Alert severity="warning" data-testid="sip-dialog-no-key">
              {t('phoneAdmin.accounts.noKeyWarning')}
            </Alert>
          )}
          {fixed && (
            <>
              <TextField
                size="small"
                label={t('phoneAdmin.dialog.authUser')}
                value={draft.authUser}
                onChange={(e) => set({ authUser: e.target.value })}
                error={!!authUserError}
                helperText={authUserError ?? t('phoneAdmin.dialog.authUserHint')}
                autoComplete="off"
                slotProps={{
                  htmlInput: {
                    dir: 'ltr',
                    spellCheck: false,
                    'data-testid': 'sip-dialog-auth-user',
                  },
                }}
              />
              <TextField
                size="small"
                type="password"
                label={t('phoneAdmin.dialog.passwordField')}
                value={draft.password}
                onChange={(e) => set({ password: e.target.value })}
                error={!!passwordError}
                helperText={
                  passwordError ??
                  (hasPassword
                    ? t('phoneAdmin.dialog.passwordKeep')
                    : t('phoneAdmin.dialog.passwordNew'))
                }
                required={!hasPassword}
                autoComplete="new-password"
                slotProps={{
                  htmlInput: { dir: 'ltr', 'data-testid': 'sip-dialog-password' },
                  formHelperText: { 'data-testid': 'sip-dialog-password-helper' } as object,
                }}
              />
            </>
          )}
          <TextField
            size="small"
            label={t('phoneAdmin.dialog.wssUrl')}
            value={draft.wssUrl}
            onChange={(e) => set({ wssUrl: e.target.value })}
            error={!!wssError}
            helperText={wssError ?? t('phoneAdmin.dialog.wssUrlHint')}
            slotProps={{
              htmlInput: { dir: 'ltr', spellCheck: false, 'data-testid': 'sip-dialog-wss' },
              formHelperText: { 'data-testid': 'sip-dialog-wss-helper' } as object,
            }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="sip-dialog-cancel">
          {t('phoneAdmin.dialog.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={saving}
          onClick={() => void save()}
          data-testid="sip-dialog-save"
        >
          {t('phoneAdmin.dialog.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
