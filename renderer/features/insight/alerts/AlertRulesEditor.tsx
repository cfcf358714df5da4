// The organisation's alert rules, each switched on or off with its thresholds; saved as one
// setAlertRules change that every supervisor's and administrator's desk syncs.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  ALERT_KINDS,
  DEFAULT_ALERT_RULES,
  alertRulesSchema,
  type AlertKind,
  type AlertRules,
} from '../../../../shared/domain/insight/alerts';
import { setAlertRules } from '../../../../shared/mutations/set-alert-rules';
import { run } from '../../../db/run';
import { TimeField } from '../../../ui/components/DateTimeField';
import { useDesk } from '../../../ui/desk/use-desk';

type Draft = { [K in AlertKind]: { [F in keyof AlertRules[K]]: AlertRules[K][F] | string } };

type FieldName = 'percent' | 'hours' | 'minMeetings' | 'days' | 'count';
type NumberField = { kind: AlertKind; field: FieldName; min: number; max: number };
const NUMBER_FIELDS: readonly NumberField[] = [
  { kind: 'repCallsBelowTarget', field: 'percent', min: 1, max: 100 },
  { kind: 'teamNoBookings', field: 'hours', min: 1, max: 168 },
  { kind: 'showRateBelow', field: 'percent', min: 1, max: 100 },
  { kind: 'showRateBelow', field: 'minMeetings', min: 1, max: 100 },
  { kind: 'dncFileOlderThan', field: 'days', min: 1, max: 365 },
  { kind: 'stalledDeals', field: 'days', min: 1, max: 365 },
  { kind: 'stalledDeals', field: 'count', min: 1, max: 1000 },
];

/** "13:30" → 810; null unless a valid 24-hour clock time. */
function minutesOfClockText(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 810 → "13:30". */
function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The draft as rules, or null while a field does not hold a valid value. */
function parse(draft: Draft): AlertRules | null {
  const asNumbers = Object.fromEntries(
    ALERT_KINDS.map((k) => [
      k,
      Object.fromEntries(
        Object.entries(draft[k]).map(([f, v]) => [
          f,
          NUMBER_FIELDS.some((n) => n.kind === k && n.field === f) ? Number(v) : v,
        ]),
      ),
    ]),
  );
  const parsed = alertRulesSchema.safeParse(asNumbers);
  return parsed.success ? parsed.data : null;
}

export function AlertRulesEditor({ rules }: { rules: AlertRules }) {
  const { t } = useTranslation();
  const desk = useDesk();
  const [draft, setDraft] = useState<Draft>(rules);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Another desk's change arrives: the form shows it.
  useEffect(() => setDraft(rules), [rules]);
  const parsed = parse(draft);
  const dirty = parsed === null || JSON.stringify(parsed) !== JSON.stringify(rules);

  const set = (kind: AlertKind, field: string, value: unknown) => {
    setMessage(null);
    setDraft((d) => ({ ...d, [kind]: { ...d[kind], [field]: value } }));
  };
  const save = async () => {
    if (!desk || !parsed) return;
    const r = await run(desk, setAlertRules, { rules: parsed });
    setMessage(
      r.ok
        ? { ok: true, text: t('alerts.rules.saved') }
        : { ok: false, text: t('alerts.rules.error') },
    );
  };

  const numberField = (kind: AlertKind, field: FieldName) => {
    const spec = NUMBER_FIELDS.find((n) => n.kind === kind && n.field === field);
    const value = String((draft[kind] as Record<string, unknown>)[field]);
    const n = Number(value);
    const bad = !spec || value === '' || !Number.isInteger(n) || n < spec.min || n > spec.max;
    return (
      <TextField
        size="small"
        type="number"
        label={t(`alerts.rules.field.${field}`)}
        value={value}
        onChange={(e) => set(kind, field, e.target.value)}
        error={bad}
        helperText={bad && spec ? t('alerts.rules.range', { min: spec.min, max: spec.max }) : ' '}
        disabled={!draft[kind].enabled}
        sx={{ width: 150 }}
        slotProps={{
          htmlInput: { min: spec?.min, max: spec?.max, 'data-testid': `rule-${kind}-${field}` },
        }}
      />
    );
  };

  const rule = (kind: AlertKind, fields: ReactNode) => (
    <Stack
      key={kind}
      direction={{ xs: 'column', md: 'row' }}
      sx={{ gap: 2, alignItems: { md: 'flex-start' }, py: 1 }}
      data-testid={`rule-${kind}`}
    >
      <FormControlLabel
        sx={{ minWidth: 300, mt: 0.5 }}
        control={
          <Switch
            checked={Boolean(draft[kind].enabled)}
            onChange={(e) => set(kind, 'enabled', e.target.checked)}
            slotProps={{ input: { 'data-testid': `rule-${kind}-enabled` } as object }}
          />
        }
        label={
          <Stack>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {t(`alerts.rules.kind.${kind}.title`)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t(`alerts.rules.kind.${kind}.hint`)}
            </Typography>
          </Stack>
        }
      />
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        {fields}
      </Stack>
    </Stack>
  );

  const time = minutesOfClockText(String(draft.repCallsBelowTarget.byLocalTime));
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="alert-rules">
      <Typography variant="h6" component="h3">
        {t('alerts.rules.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('alerts.rules.subtitle')}
      </Typography>
      {rule(
        'repCallsBelowTarget',
        <>
          {numberField('repCallsBelowTarget', 'percent')}
          <TimeField
            size="small"
            label={t('alerts.rules.field.byLocalTime')}
            value={time}
            onChange={(m) =>
              set('repCallsBelowTarget', 'byLocalTime', m === null ? '' : clockText(m))
            }
            error={time === null}
            helperText={t('alerts.rules.localTime')}
            disabled={!draft.repCallsBelowTarget.enabled}
            testId="rule-repCallsBelowTarget-byLocalTime"
            minWidth={150}
          />
        </>,
      )}
      {rule('teamNoBookings', numberField('teamNoBookings', 'hours'))}
      {rule(
        'showRateBelow',
        <>
          {numberField('showRateBelow', 'percent')}
          {numberField('showRateBelow', 'minMeetings')}
        </>,
      )}
      {rule('dncFileOlderThan', numberField('dncFileOlderThan', 'days'))}
      {rule(
        'stalledDeals',
        <>
          {numberField('stalledDeals', 'days')}
          {numberField('stalledDeals', 'count')}
        </>,
      )}
      <Stack direction="row" sx={{ gap: 1, mt: 1, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={!parsed || !dirty || !desk}
          data-testid="rules-save"
        >
          {t('alerts.rules.save')}
        </Button>
        <Button onClick={() => setDraft(rules)} disabled={!dirty} data-testid="rules-undo">
          {t('alerts.rules.undo')}
        </Button>
        <Button
          onClick={() => setDraft(DEFAULT_ALERT_RULES)}
          disabled={JSON.stringify(parsed) === JSON.stringify(DEFAULT_ALERT_RULES)}
          data-testid="rules-defaults"
        >
          {t('alerts.rules.defaults')}
        </Button>
      </Stack>
      {message && (
        <Alert
          severity={message.ok ? 'success' : 'error'}
          sx={{ mt: 1 }}
          data-testid="rules-message"
        >
          {message.text}
        </Alert>
      )}
    </Paper>
  );
}
