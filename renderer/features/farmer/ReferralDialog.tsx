// A customer names someone who could buy too: the farmer writes them down, and they go to the
// team's queue for the hunters, credited to the customer and the farmer (addReferral).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import TextField from '@mui/material/TextField';
import type { CountryCode } from 'libphonenumber-js';
import { countryForTimezone, toE164 } from '../../../shared/domain/dnc';
import { isValidEmail } from '../../../shared/domain/email';
import type { LeadId } from '../../../shared/domain/ids';
import { addReferral } from '../../../shared/mutations/add-referral';
import { run } from '../../db/run';
import type { StoredLead } from '../../db/schema';
import { OutcomeDialog } from '../../ui/components/OutcomeDialog';
import { useDesk } from '../../ui/desk/use-desk';

export type ReferralDialogProps = {
  customer: StoredLead;
  onClose: () => void;
  onSaved: (name: string) => void;
};

export function ReferralDialog({ customer, onClose, onSaved }: ReferralDialogProps) {
  const { t } = useTranslation();
  const desk = useDesk();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [company, setCompany] = useState('');
  const [email, setEmail] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // A number typed the local way is read in the customer's country (a friend is often a neighbour).
  const country = (customer.country ??
    countryForTimezone(desk?.organisation.timezone)) as CountryCode | null;

  const save = async () => {
    if (!desk || busy) return;
    if (!name.trim()) return setError(t('errors.nameRequired'));
    const e164 = phone.trim() ? toE164(phone, country ?? undefined) : null;
    if (phone.trim() && !e164) return setError(t('errors.phoneInvalid'));
    const mail = email.trim();
    if (mail && !isValidEmail(mail)) return setError(t('errors.emailInvalid'));
    if (!e164 && !mail) return setError(t('farmer.referral.contactMissing'));
    setBusy(true);
    const r = await run(desk, addReferral, {
      customerId: customer.id,
      leadId: crypto.randomUUID() as LeadId,
      contact: {
        name: name.trim(),
        company: company.trim(),
        phones: e164 ? [e164] : [],
        email: mail || null,
        country: country ?? null,
        timezone: null,
        source: null,
        notes: '',
        custom: {},
      },
      note,
    });
    setBusy(false);
    if (!r.ok) return setError(t(`errors.${r.error.code}`));
    onSaved(name.trim());
  };

  return (
    <OutcomeDialog
      open
      testId="dialog-referral"
      title={t('farmer.referral.title', { customer: customer.name })}
      confirmLabel={t('farmer.referral.save')}
      error={error}
      onCancel={onClose}
      onConfirm={() => void save()}
    >
      <TextField
        label={t('farmer.referral.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoFocus
        required
        slotProps={{ htmlInput: { 'data-testid': 'referral-name', dir: 'auto' } }}
      />
      <TextField
        label={t('farmer.referral.phone')}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'referral-phone', dir: 'ltr', inputMode: 'tel' } }}
      />
      <TextField
        label={t('farmer.referral.company')}
        value={company}
        onChange={(e) => setCompany(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'referral-company', dir: 'auto' } }}
      />
      <TextField
        label={t('farmer.referral.email')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        slotProps={{
          htmlInput: { 'data-testid': 'referral-email', dir: 'ltr', inputMode: 'email' },
        }}
      />
      <TextField
        label={t('farmer.referral.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { 'data-testid': 'referral-note', dir: 'auto' } }}
      />
    </OutcomeDialog>
  );
}
