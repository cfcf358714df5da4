import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';
import { isSupportedCountry } from 'libphonenumber-js';
import { inferTimezone } from '../../../../shared/domain/phone-timezone';
import { editContact } from '../../../../shared/mutations/edit-contact';
import { run } from '../../../db/run';
import type { StoredLead } from '../../../db/schema';
import { useDesk } from '../../../ui/desk/use-desk';
import { OutcomeDialog } from '../../../ui/components/OutcomeDialog';
import { parseInterests } from '../../leads/new-lead-input';

type Field = 'name' | 'company' | 'phone' | 'email' | 'timezone' | 'address' | 'interests';

/** The field a refusal is about, so its message shows under that field. */
const FIELD_OF_ERROR: Partial<Record<string, Field>> = {
  nameRequired: 'name',
  phoneInvalid: 'phone',
  emailInvalid: 'email',
  timezoneInvalid: 'timezone',
};

export type EditContactDialogProps = {
  open: boolean;
  lead: StoredLead;
  onClose: () => void;
};

/**
 * Corrects name, company, phone, e-mail and timezone, and notes the postal address and interests;
 * an impossible number is refused, not saved.
 */
export function EditContactDialog({ open, lead, onClose }: EditContactDialogProps) {
  const { t } = useTranslation();
  const desk = useDesk();
  const [form, setForm] = useState({
    name: '',
    company: '',
    phone: '',
    email: '',
    timezone: '',
    address: '',
    interests: '',
  });
  const [error, setError] = useState<{ field: Field | null; text: string } | null>(null);
  useEffect(() => {
    if (!open) return;
    setForm({
      name: lead.name,
      company: lead.company,
      phone: lead.phoneE164 ?? '',
      email: lead.email ?? '',
      timezone: lead.timezone ?? '',
      address: lead.address ?? '',
      interests: (lead.interests ?? []).join(', '),
    });
    setError(null);
  }, [open, lead]);
  const fieldError = (key: Field) => (error?.field === key ? error.text : null);
  const field = (key: Field) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => {
      setForm((f) => ({ ...f, [key]: e.target.value }));
      // Corrected: the message under the field goes.
      if (error?.field === key) setError(null);
    },
    error: fieldError(key) !== null,
  });
  const save = async () => {
    if (!desk) return;
    const r = await run(desk, editContact, {
      leadId: lead.id,
      ...form,
      timezone: form.timezone.trim() || null,
      interests: parseInterests(form.interests),
      ...(lead.country && isSupportedCountry(lead.country) ? { defaultCountry: lead.country } : {}),
    });
    if (!r.ok)
      return setError({
        field: FIELD_OF_ERROR[r.error.code] ?? null,
        text: t(`errors.${r.error.code}`),
      });
    onClose();
  };
  return (
    <OutcomeDialog
      open={open}
      testId="dialog-contact"
      title={t('contact.title')}
      confirmLabel={t('contact.save')}
      error={error && error.field === null ? error.text : null}
      onCancel={onClose}
      onConfirm={() => void save()}
    >
      <TextField
        id="contact-name"
        label={t('contact.name')}
        required
        {...field('name')}
        helperText={fieldError('name')}
        slotProps={{
          htmlInput: { 'data-testid': 'contact-name' },
        }}
      />
      <TextField label={t('contact.company')} {...field('company')} />
      <TextField
        id="contact-phone"
        label={t('contact.phone')}
        {...field('phone')}
        helperText={fieldError('phone') ?? t('contact.phoneHint')}
        slotProps={{
          htmlInput: { dir: 'ltr', inputMode: 'tel', 'data-testid': 'contact-phone' },
        }}
      />
      <TextField
        id="contact-email"
        label={t('contact.email')}
        {...field('email')}
        helperText={fieldError('email')}
        slotProps={{
          htmlInput: { dir: 'ltr', inputMode: 'email', 'data-testid': 'contact-email' },
        }}
      />
      <TextField
        id="contact-timezone"
        label={t('contact.timezone')}
        {...field('timezone')}
        helperText={
          fieldError('timezone') ??
          t('contact.timezoneHint', { zone: inferTimezone(lead.phoneE164) ?? '—' })
        }
        slotProps={{ htmlInput: { dir: 'ltr' } }}
      />
      <TextField
        label={t('leadDesk.field.address')}
        multiline
        minRows={2}
        {...field('address')}
        slotProps={{ htmlInput: { dir: 'auto', 'data-testid': 'contact-address' } }}
      />
      <TextField
        label={t('leadDesk.field.interests')}
        {...field('interests')}
        helperText={t('leadDesk.interestsHint')}
        slotProps={{ htmlInput: { dir: 'auto', 'data-testid': 'contact-interests' } }}
      />
    </OutcomeDialog>
  );
}
