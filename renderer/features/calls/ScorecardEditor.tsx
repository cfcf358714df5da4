// The organisation's scorecard: the built-in criteria (the script's phases, BANT asked, objection
// handled, recap with deadline) switched on by default, criteria of the supervisors' own with a
// label, each with its highest score and weight, in the order reviewers see them. Saved as one
// setScorecard change that every supervisor's and administrator's desk syncs.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import {
  CRITERION_KINDS,
  DEFAULT_SCORECARD,
  type ScorecardCriterion,
} from '../../../shared/recordings/protocol';
import { scorecardSettingSchema, setScorecard } from '../../../shared/mutations/set-scorecard';
import { run } from '../../db/run';
import { useDesk } from '../../ui/desk/use-desk';
import { useCriterionLabel } from './use-criterion-label';
import { useScorecard } from './use-scorecard';

type Row = {
  id: string;
  kind: ScorecardCriterion['kind'];
  label: string;
  maxScore: string;
  weight: string;
  on: boolean;
};

const BUILT_IN = CRITERION_KINDS.filter((k) => k !== 'custom');

function rowsOf(criteria: readonly ScorecardCriterion[]): Row[] {
  const rows: Row[] = criteria.map((c) => ({
    id: c.id,
    kind: c.kind,
    label: c.label ?? '',
    maxScore: String(c.maxScore),
    weight: String(c.weight),
    on: true,
  }));
  // Built-in kinds left out are offered, switched off, with their default maximum and weight.
  for (const kind of BUILT_IN) {
    if (rows.some((r) => r.kind === kind)) continue;
    const d = DEFAULT_SCORECARD.criteria.find((c) => c.kind === kind);
    rows.push({
      id: d?.id ?? kind.toLowerCase(),
      kind,
      label: '',
      maxScore: String(d?.maxScore ?? 5),
      weight: String(d?.weight ?? 1),
      on: false,
    });
  }
  return rows;
}

function criteriaOf(rows: readonly Row[]): ScorecardCriterion[] {
  return rows
    .filter((r) => r.on)
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      ...(r.kind === 'custom' || r.label.trim() ? { label: r.label.trim() } : {}),
      maxScore: Number(r.maxScore),
      weight: Number(r.weight),
    }));
}

/** A fresh id for a custom criterion from its position (stable once saved). */
function newId(rows: readonly Row[]): string {
  for (let i = 1; ; i++) {
    const id = `custom-${i}`;
    if (!rows.some((r) => r.id === id)) return id;
  }
}

export function ScorecardEditor() {
  const { t } = useTranslation();
  const desk = useDesk();
  const stored = useScorecard();
  const labelOf = useCriterionLabel();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (stored) setRows(rowsOf(stored.criteria));
  }, [stored]);
  if (!rows || !stored) return null;
  const parsed = scorecardSettingSchema.safeParse({ criteria: criteriaOf(rows) });
  const dirty =
    !parsed.success || JSON.stringify(parsed.data.criteria) !== JSON.stringify(stored.criteria);

  const update = (i: number, patch: Partial<Row>) => {
    setMessage(null);
    setRows((rs) => rs && rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      if (!rs) return rs;
      const j = i + by;
      if (j < 0 || j >= rs.length) return rs;
      const next = [...rs];
      const [moved] = next.splice(i, 1);
      if (moved) next.splice(j, 0, moved);
      return next;
    });
  const save = async () => {
    if (!desk || !parsed.success) return;
    const r = await run(desk, setScorecard, { scorecard: parsed.data });
    setMessage(
      r.ok
        ? { ok: true, text: t('callReview.scorecard.saved') }
        : { ok: false, text: t('callReview.scorecard.error') },
    );
  };

  const intField = (
    row: Row,
    i: number,
    field: 'maxScore' | 'weight',
    min: number,
    max: number,
  ) => {
    const value = row[field];
    const n = Number(value);
    const bad =
      value === '' ||
      !Number.isFinite(n) ||
      n < min ||
      n > max ||
      (field === 'maxScore' && !Number.isInteger(n));
    return (
      <TextField
        size="small"
        type="number"
        label={t(`callReview.scorecard.${field}`)}
        value={value}
        error={bad}
        onChange={(e) => update(i, { [field]: e.target.value })}
        disabled={!row.on}
        sx={{ width: 110 }}
        slotProps={{
          htmlInput: {
            min,
            max,
            step: field === 'weight' ? 0.5 : 1,
            'data-testid': `criterion-${row.id}-${field}`,
          },
        }}
      />
    );
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="scorecard-editor">
      <Typography variant="h6" component="h2">
        {t('callReview.scorecard.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('callReview.scorecard.intro')}
      </Typography>
      <Stack spacing={1}>
        {rows.map((r, i) => (
          <Stack
            key={r.id}
            direction="row"
            sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
            data-testid={`criterion-${r.id}`}
          >
            <Switch
              checked={r.on}
              onChange={(e) => update(i, { on: e.target.checked })}
              slotProps={{
                input: {
                  'aria-label': t('callReview.scorecard.use'),
                  'data-testid': `criterion-${r.id}-on`,
                } as object,
              }}
            />
            {r.kind === 'custom' ? (
              <TextField
                size="small"
                label={t('callReview.scorecard.label')}
                value={r.label}
                error={!r.label.trim()}
                onChange={(e) => update(i, { label: e.target.value })}
                sx={{ minWidth: 240, flex: 1 }}
                slotProps={{
                  htmlInput: { maxLength: 120, 'data-testid': `criterion-${r.id}-label` },
                }}
              />
            ) : (
              <Typography sx={{ minWidth: 240, flex: 1 }}>{labelOf({ kind: r.kind })}</Typography>
            )}
            {intField(r, i, 'maxScore', 1, 10)}
            {intField(r, i, 'weight', 0, 10)}
            <IconButton
              size="small"
              onClick={() => move(i, -1)}
              disabled={i === 0}
              aria-label={t('callReview.scorecard.up')}
            >
              <ArrowUpwardIcon fontSize="small" />
            </IconButton>
            <IconButton
              size="small"
              onClick={() => move(i, 1)}
              disabled={i === rows.length - 1}
              aria-label={t('callReview.scorecard.down')}
            >
              <ArrowDownwardIcon fontSize="small" />
            </IconButton>
            {r.kind === 'custom' && (
              <IconButton
                size="small"
                onClick={() => setRows((rs) => rs && rs.filter((_, j) => j !== i))}
                aria-label={t('callReview.scorecard.remove')}
                data-testid={`criterion-${r.id}-remove`}
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            )}
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" sx={{ gap: 1, mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          onClick={() =>
            setRows(
              (rs) =>
                rs && [
                  ...rs,
                  {
                    id: newId(rs),
                    kind: 'custom',
                    label: '',
                    maxScore: '1',
                    weight: '1',
                    on: true,
                  },
                ],
            )
          }
          disabled={rows.filter((r) => r.on).length >= 30}
          data-testid="criterion-add"
        >
          {t('callReview.scorecard.add')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={!dirty || !parsed.success || !desk}
          data-testid="scorecard-save"
        >
          {t('callReview.scorecard.save')}
        </Button>
        {!parsed.success && (
          <Typography color="error" variant="body2">
            {t('callReview.scorecard.invalid')}
          </Typography>
        )}
      </Stack>
      {message && (
        <Alert
          severity={message.ok ? 'success' : 'error'}
          sx={{ mt: 2 }}
          data-testid="scorecard-message"
        >
          {message.text}
        </Alert>
      )}
    </Paper>
  );
}
