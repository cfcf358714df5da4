// A lead added by hand — a caller the desk did not know, someone who walked in, a referral — with
// the importer's row rules and duplicate check: a person already on the desk is shown with a
// button to open them instead; a number on the do-not-call list is not added. A new lead is the
// agent's own and opens where they work it (an inbound caller with the inbound script).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { countryForTimezone } from '../../../shared/domain/dnc';
import type { LeadId } from '../../../shared/domain/ids';
import { LEAD_ORIGINS, type LeadOrigin } from '../../../shared/domain/lead';
import { addLead } from '../../../shared/mutations/add-lead';
import { run } from '../../db/run';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';
import { LtrText } from '../../ui/components/LtrText';
import { useDesk } from '../../ui/desk/use-desk';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useCountries } from '../lists/use-countries';
import { findDuplicate, type DuplicateCheck } from './find-duplicate';
import { contactFromForm, EMPTY_NEW_LEAD, newLeadInput, type NewLeadForm } from './new-lead-input';
import { useOpenLead } from './use-open-lead';

export type NewLeadDialogProps = {
  open: boolean;
  /** What was typed in the search: a number, an e-mail or a name to start the form with. */
  initial: string;
  onClose: () => void;
};

function prefill(initial: string): NewLeadForm {
  const text = initial.trim();
  if (!text) return EMPTY_NEW_LEAD;
  if (text.includes('@')) return { ...EMPTY_NEW_LEAD, email: text };
  if (/^[+\d\s().\-\u0660-\u0669\u06F0-\u06F9]{6,}$/.test(text))
    return { ...EMPTY_NEW_LEAD, phone: text };
  return { ...EMPTY_NEW_LEAD, name: text };
}

export function NewLeadDialog({ open, initial, onClose }: NewLeadDialogProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const desk = useDesk();
  const user = useAppStore((s) => s.user);
  const organisation = useOrganisation();
  const { countries } = useCountries();
  const openLead = useOpenLead();
  const [form, setForm] = useState<NewLeadForm>(EMPTY_NEW_LEAD);
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<Exclude<DuplicateCheck, { kind: 'new' }> | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    setForm(prefill(initial));
    setError(null);
    setDuplicate(null);
  }, [open, initial]);

  const field = (key: Exclude<keyof NewLeadForm, 'origin'>) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => {
      setForm((f) => ({ ...f, [key]: e.target.value }));
      setDuplicate(null);
    },
  });

  const save = async () => {
    if (!desk || !user || saving) return;
    setError(null);
    setDuplicate(null);
    const row = contactFromForm(form, countryForTimezone(organisation?.timezone) ?? null);
    if (!row.ok) return setError(t(`importer.reason.${row.reason}`, { value: row.value }));
    setSaving(true);
    try {
      const found = await findDuplicate(db, row.contact);
      if (found.kind !== 'new') return setDuplicate(found);
      const id = crypto.randomUUID() as LeadId;
      const r = await run(desk, addLead, newLeadInput(id, row.contact, form));
      if (!r.ok) return setError(t(`errors.${r.error.code}`));
      onClose();
      openLead({ id, ownerId: user.id, teamId: user.teamId, stage: 'lead' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid="new-lead">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DialogTitle>{t('leadDesk.new.title')}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2, pt: 1 }}>
            <TextField
              select
              label={t('leadDesk.new.origin')}
              value={form.origin}
              onChange={(e) => setForm((f) => ({ ...f, origin: e.target.value as LeadOrigin }))}
            >
              {LEAD_ORIGINS.map((o) => (
                <MenuItem key={o} value={o} data-testid={`origin-${o}`}>
                  {t(`leadDesk.origin.${o}`)}
                </MenuItem>
              ))}
            </TextField>
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
              <TextField
                label={t('leadDesk.field.name')}
                required
                fullWidth
                autoFocus
                {...field('name')}
                slotProps={{ htmlInput: { 'data-testid': 'new-lead-name', dir: 'auto' } }}
              />
              <TextField
                label={t('leadDesk.field.company')}
                fullWidth
                {...field('company')}
                slotProps={{ htmlInput: { 'data-testid': 'new-lead-company', dir: 'auto' } }}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
              <TextField
                label={t('leadDesk.field.phone')}
                fullWidth
                {...field('phone')}
                helperText={t('leadDesk.new.phoneHint')}
                slotProps={{
                  htmlInput: { dir: 'ltr', inputMode: 'tel', 'data-testid': 'new-lead-phone' },
                }}
              />
              <TextField
                label={t('leadDesk.field.otherPhones')}
                fullWidth
                {...field('otherPhones')}
                helperText={t('leadDesk.new.otherPhonesHint')}
                slotProps={{ htmlInput: { dir: 'ltr', inputMode: 'tel' } }}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
              <TextField
                label={t('leadDesk.field.email')}
                fullWidth
                {...field('email')}
                slotProps={{
                  htmlInput: { dir: 'ltr', inputMode: 'email', 'data-testid': 'new-lead-email' },
                }}
              />
              <TextField
                select
                label={t('leadDesk.field.country')}
                fullWidth
                {...field('country')}
                slotProps={{
                  select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 320 } } } } },
                }}
              >
                <MenuItem value="">{t('leadDesk.new.countryFromNumber')}</MenuItem>
                {countries.map((c) => (
                  <MenuItem key={c.code} value={c.code}>
                    {c.name}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <TextField
              label={t(
                form.origin === 'referral' ? 'leadDesk.new.referredBy' : 'leadDesk.field.source',
              )}
              {...field('source')}
              helperText={form.origin === 'referral' ? null : t('leadDesk.new.sourceHint')}
              slotProps={{ htmlInput: { dir: 'auto', 'data-testid': 'new-lead-source' } }}
            />
            <TextField
              label={t('leadDesk.field.address')}
              multiline
              minRows={2}
              {...field('address')}
              slotProps={{ htmlInput: { dir: 'auto', 'data-testid': 'new-lead-address' } }}
            />
            <TextField
              label={t('leadDesk.field.interests')}
              {...field('interests')}
              helperText={t('leadDesk.interestsHint')}
              slotProps={{ htmlInput: { dir: 'auto', 'data-testid': 'new-lead-interests' } }}
            />
            <TextField
              label={t('leadDesk.field.notes')}
              multiline
              minRows={2}
              {...field('notes')}
              slotProps={{ htmlInput: { dir: 'auto' } }}
            />
            {duplicate && (
              <Alert
                severity={duplicate.kind === 'dnc' ? 'error' : 'warning'}
                data-testid="new-lead-duplicate"
                action={
                  duplicate.lead && (
                    <Button
                      color="inherit"
                      size="small"
                      onClick={() => {
                        if (!duplicate.lead) return;
                        onClose();
                        openLead(duplicate.lead);
                      }}
                      data-testid="new-lead-open-existing"
                    >
                      {t('leadDesk.new.openExisting')}
                    </Button>
                  )
                }
              >
                {t(duplicate.kind === 'dnc' ? 'leadDesk.new.onDnc' : 'leadDesk.new.duplicate')}{' '}
                {duplicate.lead && (
                  <>
                    <strong>
                      <bdi>{duplicate.lead.name}</bdi>
                    </strong>
                    {' · '}
                  </>
                )}
                <LtrText>{duplicate.value}</LtrText>
              </Alert>
            )}
            {error && (
              <Alert severity="error" data-testid="new-lead-error">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving} data-testid="new-lead-save">
            {t('leadDesk.new.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
