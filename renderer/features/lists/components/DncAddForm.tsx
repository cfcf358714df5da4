import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { CountryCode } from 'libphonenumber-js';
import { DNC_NOTE_MAX } from '../../../../shared/domain/targets';
import { addInternalDnc } from '../../../db/dnc';
import { useFormat } from '../../../i18n/use-format';
import { useDesk } from '../../../ui/desk/use-desk';
import { LtrText } from '../../../ui/components/LtrText';
import { testId } from '../test-id';
import { useCountries } from '../use-countries';
import { CountrySelect } from './CountrySelect';

/** Puts one number on the internal list, with why; its leads leave every dial queue at once. */
export function DncAddForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const desk = useDesk();
  const { defaultCountry } = useCountries();
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [country, setCountry] = useState<CountryCode | '' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string; phone?: string } | null>(
    null,
  );
  const chosen = country ?? defaultCountry ?? '';

  const add = async () => {
    if (!desk) return;
    const r = await addInternalDnc(desk, {
      phone,
      note,
      ...(chosen ? { defaultCountry: chosen } : {}),
    });
    if (!r.ok) return setMessage({ ok: false, text: t(`lists.errors.${r.error}`) });
    setPhone('');
    setNote('');
    setMessage({
      ok: true,
      phone: r.entry.phoneE164,
      text: t('lists.dnc.added', { count: r.flagged, n: format.number(r.flagged) }),
    });
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="dnc-add">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1.5 }}>
        {t('lists.dnc.addTitle')}
      </Typography>
      <Stack
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
        sx={{ gap: 1.5 }}
      >
        <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap' }}>
          <TextField
            size="small"
            label={t('lists.dnc.phone')}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            required
            sx={{ flex: 1, minWidth: 200 }}
            slotProps={{ htmlInput: { ...testId('dnc-phone'), dir: 'ltr', inputMode: 'tel' } }}
          />
          <CountrySelect value={chosen} onChange={setCountry} id="dnc-country" />
        </Stack>
        <TextField
          size="small"
          label={t('lists.dnc.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={2}
          helperText={t('lists.dnc.noteHint', {
            n: format.number(note.length),
            max: format.number(DNC_NOTE_MAX),
          })}
          error={note.length > DNC_NOTE_MAX}
          slotProps={{ htmlInput: testId('dnc-note') }}
        />
        {message && (
          <Alert severity={message.ok ? 'success' : 'error'} data-testid="dnc-add-message">
            {message.phone && (
              <>
                <LtrText>{message.phone}</LtrText>
                {' — '}
              </>
            )}
            {message.text}
          </Alert>
        )}
        <Stack direction="row">
          <Button
            type="submit"
            variant="contained"
            startIcon={<AddIcon />}
            disabled={!phone.trim()}
            data-testid="dnc-add-submit"
          >
            {t('lists.dnc.add')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
