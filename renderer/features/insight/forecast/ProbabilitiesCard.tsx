// The win probability of each open stage: what the organisation's history says (and on how many
// entries), which one the forecast uses, and the supervisor's manual override.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import {
  LEARNING_MONTHS,
  MIN_SAMPLE,
  type StageProbability,
} from '../../../../shared/domain/insight/forecast';
import type {
  PipelineInsight,
  PipelineStage,
} from '../../../../shared/domain/insight/pipeline-settings';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { useSavePipelineInsight } from '../stages/use-save-pipeline-insight';

type Draft = Record<PipelineStage, string>;

const draftOf = (s: PipelineInsight): Draft => ({
  qualified:
    s.probabilities.qualified === null
      ? ''
      : String(Math.round(s.probabilities.qualified * 1000) / 10),
  meetingScheduled:
    s.probabilities.meetingScheduled === null
      ? ''
      : String(Math.round(s.probabilities.meetingScheduled * 1000) / 10),
  proposalSent:
    s.probabilities.proposalSent === null
      ? ''
      : String(Math.round(s.probabilities.proposalSent * 1000) / 10),
});

/** A percentage typed in (blank: learned), as a probability; undefined when not 0–100. */
function parsePercent(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n / 100 : undefined;
}

export function ProbabilitiesCard({
  settings,
  probabilities,
  fileName,
}: {
  settings: PipelineInsight;
  probabilities: readonly StageProbability[];
  fileName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSavePipelineInsight();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // A new setting (saved here, or pulled from another desk) resets the form; the message stays.
  const [shownFor, setShownFor] = useState(() => JSON.stringify(settings));
  if (shownFor !== JSON.stringify(settings)) {
    setShownFor(JSON.stringify(settings));
    setDraft(draftOf(settings));
  }
  const parsed = probabilities.map((p) => parsePercent(draft[p.stage]));
  const valid = parsed.every((p) => p !== undefined);
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(settings));
  const header = [
    t('insightStages.stage'),
    t('insightStages.entered', { months: LEARNING_MONTHS }),
    t('insightStages.sales'),
    t('insightStages.learned'),
    t('insightStages.inUse'),
  ];

  const submit = async () => {
    if (!save || !valid) return;
    const [qualified, meetingScheduled, proposalSent] = parsed as (number | null)[];
    const ok = await save({
      ...settings,
      probabilities: {
        qualified: qualified ?? null,
        meetingScheduled: meetingScheduled ?? null,
        proposalSent: proposalSent ?? null,
      },
    });
    setMessage({ ok, text: t(ok ? 'insightStages.saved' : 'insightStages.saveFailed') });
  };

  return (
    <DashboardCard
      title={t('insightStages.probabilityTitle')}
      subtitle={t('insightStages.probabilitySubtitle', {
        months: LEARNING_MONTHS,
        n: format.number(MIN_SAMPLE),
      })}
      testId="forecast-probabilities"
      actions={
        <ExportCsvButton
          testId="export-probabilities"
          fileName={fileName}
          header={header}
          rows={() =>
            probabilities.map((p) => [
              t(`stage.${p.stage}`),
              p.entered,
              p.won,
              p.learned ?? '',
              p.p,
            ])
          }
        />
      }
    >
      <Box
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="probability-table">
            <TableHead>
              <TableRow>
                {header.map((h, i) => (
                  <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
                    {h}
                  </TableCell>
                ))}
                <TableCell>{t('insightStages.override')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {probabilities.map((p, i) => (
                <TableRow key={p.stage} data-stage={p.stage}>
                  <TableCell>{t(`stage.${p.stage}`)}</TableCell>
                  <TableCell align="right">{format.number(p.entered)}</TableCell>
                  <TableCell align="right">{format.number(p.won)}</TableCell>
                  <TableCell align="right">
                    {p.learned === null ? '—' : format.percent(p.learned)}
                  </TableCell>
                  <TableCell align="right" data-testid={`probability-${p.stage}`}>
                    <Stack
                      direction="row"
                      sx={{ gap: 1, alignItems: 'center', justifyContent: 'flex-end' }}
                    >
                      <Chip
                        size="small"
                        variant="outlined"
                        label={t(`insightStages.source.${p.source}`)}
                      />
                      <span>{format.percent(p.p)}</span>
                    </Stack>
                  </TableCell>
                  <TableCell>
                    <TextField
                      size="small"
                      type="number"
                      value={draft[p.stage]}
                      placeholder={t('insightStages.learnedPlaceholder')}
                      error={parsed[i] === undefined}
                      onChange={(e) => setDraft({ ...draft, [p.stage]: e.target.value })}
                      sx={{ width: 130 }}
                      slotProps={{
                        htmlInput: {
                          min: 0,
                          max: 100,
                          step: 1,
                          'aria-label': t('insightStages.overrideFor', {
                            stage: t(`stage.${p.stage}`),
                          }),
                          'data-testid': `probability-override-${p.stage}`,
                        },
                        input: { endAdornment: '%' },
                      }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
        <Stack direction="row" sx={{ gap: 1, mt: 1.5, flexWrap: 'wrap' }}>
          <Button
            type="submit"
            variant="contained"
            disabled={!save || !valid || !changed}
            data-testid="probability-save"
          >
            {t('insightStages.save')}
          </Button>
          <Button
            onClick={() => setDraft({ qualified: '', meetingScheduled: '', proposalSent: '' })}
            disabled={Object.values(draft).every((v) => v === '')}
          >
            {t('insightStages.useLearned')}
          </Button>
        </Stack>
        {!valid && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {t('insightStages.percentRange')}
          </Alert>
        )}
        {message && (
          <Alert
            severity={message.ok ? 'success' : 'error'}
            sx={{ mt: 1 }}
            data-testid="probability-message"
          >
            {message.text}
          </Alert>
        )}
      </Box>
    </DashboardCard>
  );
}
