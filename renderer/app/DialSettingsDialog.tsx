import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';
import { isValidDialTemplate } from '../../shared/domain/dial-uri';
import { useDeskDb } from '../db/use-desk-db';
import { OutcomeDialog } from '../ui/components/OutcomeDialog';
import { useDialTemplate } from '../ui/desk/use-dial-template';

export type DialSettingsDialogProps = { open: boolean; onClose: () => void };

/** Where click-to-call goes: the softphone's tel:, a SIP PBX, or callto:. */
export function DialSettingsDialog({ open, onClose }: DialSettingsDialogProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const current = useDialTemplate();
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setValue(current);
      setError(null);
    }
  }, [open, current]);
  const save = async () => {
    if (!isValidDialTemplate(value.trim())) return setError(t('settings.dialTemplateInvalid'));
    await db.meta.put({ key: 'dialTemplate', value: value.trim() });
    onClose();
  };
  return (
    <OutcomeDialog
      open={open}
      testId="dialog-dial-settings"
      title={t('settings.dialTitle')}
      confirmLabel={t('contact.save')}
      error={error}
      onCancel={onClose}
      onConfirm={() => void save()}
    >
      <TextField
        label={t('settings.dialTemplate')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        helperText={t('settings.dialTemplateHint')}
        slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'dial-template' } }}
      />
    </OutcomeDialog>
  );
}
