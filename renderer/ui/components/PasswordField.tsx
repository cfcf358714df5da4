// A password input as every form of the desk has it: left-to-right in any language, with a
// button that shows or hides what was typed (its state may be shared with a second field).
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';

export type PasswordFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  testId: string;
  /** The show/hide state, when a second field follows it; else the field keeps its own. */
  shown?: boolean;
  onShownChange?: (shown: boolean) => void;
  /** Test id of the show/hide button. */
  toggleTestId?: string;
  autoFocus?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  /** Props of the text under the field (role, test id). */
  helperProps?: Record<string, unknown>;
};

export function PasswordField({
  label,
  value,
  onChange,
  autoComplete,
  testId,
  shown,
  onShownChange,
  toggleTestId,
  autoFocus = false,
  error = false,
  helperText,
  helperProps,
}: PasswordFieldProps) {
  const { t } = useTranslation();
  const [ownShown, setOwnShown] = useState(false);
  const show = shown ?? ownShown;
  const toggle = () => (onShownChange ? onShownChange(!show) : setOwnShown(!show));
  return (
    <TextField
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      type={show ? 'text' : 'password'}
      autoComplete={autoComplete}
      autoFocus={autoFocus}
      required
      size="small"
      error={error}
      helperText={helperText}
      slotProps={{
        htmlInput: { dir: 'ltr', 'data-testid': testId },
        ...(helperProps ? { formHelperText: helperProps as object } : {}),
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                onClick={toggle}
                aria-label={show ? t('sync.signIn.hidePassword') : t('sync.signIn.showPassword')}
                edge="end"
                {...(toggleTestId ? { 'data-testid': toggleTestId } : {})}
              >
                {show ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
