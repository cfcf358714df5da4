import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';

export type OutcomeDialogProps = {
  open: boolean;
  title: string;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
  confirmLabel: string;
  children: ReactNode;
  testId: string;
};

/**
 * Once the dialog is in, the field marked `data-autofocus` has the focus: autoFocus alone can lose
 * it to the focus trap or to a dialog that just closed, and then Enter does nothing until Tab.
 */
function focusFirstField(node: HTMLElement): void {
  const field = node.querySelector<HTMLElement>('[data-autofocus="true"]');
  if (field && !field.contains(document.activeElement)) field.focus();
}

/** The small form some outcomes need (a time, a closer, an amount), with its error in words. */
export function OutcomeDialog({
  open,
  title,
  error,
  onCancel,
  onConfirm,
  confirmLabel,
  children,
  testId,
}: OutcomeDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      fullWidth
      maxWidth="sm"
      data-testid={testId}
      slotProps={{ transition: { onEntered: focusFirstField } }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2, pt: 1 }}>
            {children}
            {error && (
              <Alert severity="error" data-testid="dialog-error">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" data-testid="dialog-confirm">
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
