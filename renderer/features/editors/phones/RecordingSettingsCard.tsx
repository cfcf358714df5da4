// The administrator's call recording (issue 13): off, every answered call, or every answered call
// with a notice played to the customer; whether agents may pause; how long the server keeps a
// recording; whether agents see a supervisor listening in. Saved through setRecordingSettings
// like every synced setting (offline-first: the verb queues and sync sends it), with the notice
// audio per language below (that part needs the server).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { RECORDING_MODES, type RecordingSettings } from '../../../../shared/recordings/protocol';
import { setRecordingSettings } from '../../../../shared/mutations/set-recording-settings';
import { run, type Desk } from '../../../db/run';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store/use-app-store';
import { useDesk } from '../../../ui/desk/use-desk';
import { RecordingAnnouncements } from './RecordingAnnouncements';
import {
  checkRecordingDraft,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  recordingDraft,
  recordingSettingsFrom,
  sameSettings,
  type RecordingDraft,
} from './recording-form';

/** Meta key of the organisation's recording settings (the synced `recording` setting). */
const RECORDING_KEY = 'recording';

export function RecordingSettingsCard() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const admin = useAppStore((s) => s.user?.roles.includes('admin') ?? false);
  // undefined while loading; the stored value (or the defaults) once read.
  const stored = useLiveQuery(
    async () => recordingSettingsFrom((await db.meta.get(RECORDING_KEY))?.value),
    [db],
  );
  const desk = useDesk();
  if (!admin) return null;
  return (
    <Paper sx={{ p: 2 }} data-testid="recording-settings" component="section">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {t('phoneAdmin.recording.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('phoneAdmin.recording.intro')}
      </Typography>
      {stored && desk && <RecordingForm stored={stored} desk={desk} />}
      <Divider sx={{ my: 2 }} />
      <RecordingAnnouncements mode={stored?.mode ?? 'off'} />
    </Paper>
  );
}

function RecordingForm({ stored, desk }: { stored: RecordingSettings; desk: Desk }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<RecordingDraft>(() => recordingDraft(stored));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const check = checkRecordingDraft(draft);
  const dirty = !check.ok || !sameSettings(check.settings, stored);
  // A change that arrives by sync (another administrator) shows when nothing is being edited.
  const [seen, setSeen] = useState(stored);
  useEffect(() => {
    if (sameSettings(seen, stored)) return;
    const edited = checkRecordingDraft(draft);
    if (edited.ok && sameSettings(edited.settings, seen)) setDraft(recordingDraft(stored));
    setSeen(stored);
  }, [stored, seen, draft]);

  const set = (patch: Partial<RecordingDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };
  const save = async () => {
    setTried(true);
    setMessage(null);
    if (!check.ok) return;
    setSaving(true);
    try {
      const r = await run(desk, setRecordingSettings, { settings: check.settings });
      setMessage(
        r.ok
          ? { ok: true, text: t('phoneAdmin.recording.saved') }
          : {
              ok: false,
              text: t('phoneAdmin.recording.saveFailed', {
                detail: `\u2068${r.error.detail ?? r.error.code}\u2069`,
              }),
            },
      );
      if (r.ok) setTried(false);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setMessage({
        ok: false,
        text: t('phoneAdmin.recording.saveFailed', { detail: `\u2068${detail}\u2069` }),
      });
    } finally {
      setSaving(false);
    }
  };
  const daysError = tried && !check.ok;

  return (
    <Stack sx={{ gap: 1.5 }}>
      <RadioGroup
        value={draft.mode}
        onChange={(_e, value) => set({ mode: value as RecordingDraft['mode'] })}
        aria-label={t('phoneAdmin.recording.modeLabel')}
        data-testid="recording-mode"
      >
        {RECORDING_MODES.map((mode) => (
          <FormControlLabel
            key={mode}
            value={mode}
            control={
              <Radio slotProps={{ input: { 'data-testid': `recording-mode-${mode}` } as object }} />
            }
            sx={{ alignItems: 'flex-start', mb: 0.5, '& .MuiRadio-root': { pt: 0.25 } }}
            label={
              <span>
                <Typography component="span" sx={{ display: 'block', fontWeight: 500 }}>
                  {t(`phoneAdmin.recording.mode.${mode}`)}
                </Typography>
                <Typography component="span" variant="body2" color="text.secondary">
                  {t(`phoneAdmin.recording.modeHint.${mode}`)}
                </Typography>
              </span>
            }
          />
        ))}
      </RadioGroup>
      <FormControlLabel
        control={
          <Checkbox
            checked={draft.allowPause}
            onChange={(e) => set({ allowPause: e.target.checked })}
            slotProps={{ input: { 'data-testid': 'recording-allow-pause' } as object }}
          />
        }
        label={t('phoneAdmin.recording.allowPause')}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={draft.coachingNotice}
            onChange={(e) => set({ coachingNotice: e.target.checked })}
            slotProps={{ input: { 'data-testid': 'recording-coaching-notice' } as object }}
          />
        }
        label={t('phoneAdmin.recording.coachingNotice')}
      />
      <Stack direction="row" sx={{ gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label={t('phoneAdmin.recording.days')}
          value={draft.days}
          disabled={draft.keepForever}
          onChange={(e) => set({ days: e.target.value })}
          error={daysError}
          helperText={
            daysError
              ? t('phoneAdmin.recording.daysInvalid', {
                  min: format.number(MIN_RETENTION_DAYS),
                  max: format.number(MAX_RETENTION_DAYS),
                })
              : t('phoneAdmin.recording.daysHint')
          }
          slotProps={{
            htmlInput: { inputMode: 'numeric', 'data-testid': 'recording-days' },
            formHelperText: { 'data-testid': 'recording-days-helper' } as object,
          }}
          sx={{ width: 260 }}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.keepForever}
              onChange={(e) => set({ keepForever: e.target.checked })}
              slotProps={{ input: { 'data-testid': 'recording-keep-forever' } as object }}
            />
          }
          label={t('phoneAdmin.recording.keepForever')}
        />
      </Stack>
      <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={saving || !dirty}
          data-testid="recording-save"
        >
          {t('phoneAdmin.recording.save')}
        </Button>
        {dirty && (
          <Chip size="small" label={t('phoneAdmin.recording.unsaved')} variant="outlined" />
        )}
      </Stack>
      {message && (
        <Alert
          severity={message.ok ? 'success' : 'error'}
          data-testid={message.ok ? 'recording-saved' : 'recording-save-failed'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
