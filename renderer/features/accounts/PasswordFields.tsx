import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../shared/accounts/password-policy';
import { PasswordField } from '../../ui/components/PasswordField';
import type { NewPasswordState } from './new-password-state';

export type PasswordFieldsProps = {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  state: NewPasswordState;
  autoFocus?: boolean;
};

/** A new password typed twice, with what is wrong with it said under the field as it is typed. */
export function PasswordFields({
  password,
  repeat,
  onPassword,
  onRepeat,
  state,
  autoFocus = false,
}: PasswordFieldsProps) {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  const limits = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH };
  const problem = password !== '' && state.problem ? state.problem : null;
  return (
    <Stack sx={{ gap: 2 }}>
      <PasswordField
        label={t('accounts.setPassword.password')}
        value={password}
        onChange={onPassword}
        autoComplete="new-password"
        testId="new-password"
        shown={show}
        onShownChange={setShow}
        autoFocus={autoFocus}
        error={problem !== null}
        helperText={
          problem ? t(`accounts.policy.${problem}`, limits) : t('accounts.policy.hint', limits)
        }
        helperProps={{ role: problem ? 'alert' : undefined, 'data-testid': 'new-password-help' }}
      />
      <TextField
        label={t('accounts.setPassword.repeat')}
        value={repeat}
        onChange={(e) => onRepeat(e.target.value)}
        type={show ? 'text' : 'password'}
        autoComplete="new-password"
        required
        size="small"
        error={state.mismatch}
        helperText={state.mismatch ? t('accounts.policy.mismatch') : ' '}
        slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'repeat-password' } }}
      />
    </Stack>
  );
}
