// The organisation's stalled-deal thresholds: days per open stage, and days a meeting's date may
// pass without an outcome. A supervisor or an administrator sets them for everyone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  MEETING_OVERDUE_DAYS_MAX,
  PIPELINE_STAGES,
  STALL_DAYS_MAX,
  type PipelineInsight,
  type PipelineStage,
} from '../../../../shared/domain/insight/pipeline-settings';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { useSavePipelineInsight } from './use-save-pipeline-insight';

type Draft = Record<PipelineStage | 'meetingOverdue', string>;

const draftOf = (s: PipelineInsight): Draft => ({
  qualified: String(s.stallDays.qualified),
  meetingScheduled: String(s.stallDays.meetingScheduled),
  proposalSent: String(s.stallDays.proposalSent),
  meetingOverdue: String(s.meetingOverdueDays),
});

const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

export function StallThresholdsCard({ settings }: { settings: PipelineInsight }) {
  const { t } = useTranslation();
  const save = useSavePipelineInsight();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // A new setting (saved here, or pulled from another desk) resets the form; the message stays.
  const [shownFor, setShownFor] = useState(() => JSON.stringify(settings));
  if (shownFor !== JSON.stringify(settings)) {
    setShownFor(JSON.stringify(settings));
    setDraft(draftOf(settings));
  }
  const days = PIPELINE_STAGES.map((s) => wholeIn(draft[s], 1, STALL_DAYS_MAX));
  const overdue = wholeIn(draft.meetingOverdue, 0, MEETING_OVERDUE_DAYS_MAX);
  const valid = days.every((d) => d !== null) && overdue !== null;
  const changed = JSON.stringify(draft) !== JSON.stringify(draftOf(settings));

  const submit = async () => {
    if (!save || !valid) return;
    const [qualified, meetingScheduled, proposalSent] = days as number[];
    const ok = await save({
      ...settings,
      stallDays: {
        qualified: qualified ?? 1,
        meetingScheduled: meetingScheduled ?? 1,
        proposalSent: proposalSent ?? 1,
      },
      meetingOverdueDays: overdue ?? 0,
    });
    setMessage({ ok, text: t(ok ? 'insightStages.saved' : 'insightStages.saveFailed') });
  };

  return (
    <DashboardCard
      title={t('insightStages.thresholdsTitle')}
      subtitle={t('insightStages.thresholdsSubtitle')}
      testId="stall-thresholds"
    >
      <Stack
        component="form"
        direction="row"
        sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {PIPELINE_STAGES.map((stage, i) => (
          <TextField
            key={stage}
            size="small"
            type="number"
            label={t('insightStages.stallDaysFor', { stage: t(`stage.${stage}`) })}
            value={draft[stage]}
            error={days[i] === null}
            helperText={
              days[i] === null ? t('insightStages.daysRange', { max: STALL_DAYS_MAX }) : ' '
            }
            onChange={(e) => setDraft({ ...draft, [stage]: e.target.value })}
            sx={{ width: 200 }}
            slotProps={{
              htmlInput: { min: 1, max: STALL_DAYS_MAX, 'data-testid': `stall-days-${stage}` },
            }}
          />
        ))}
        <TextField
          size="small"
          type="number"
          label={t('insightStages.meetingOverdueDays')}
          value={draft.meetingOverdue}
          error={overdue === null}
          helperText={
            overdue === null
              ? t('insightStages.overdueRange', { max: MEETING_OVERDUE_DAYS_MAX })
              : ' '
          }
          onChange={(e) => setDraft({ ...draft, meetingOverdue: e.target.value })}
          sx={{ width: 200 }}
          slotProps={{
            htmlInput: {
              min: 0,
              max: MEETING_OVERDUE_DAYS_MAX,
              'data-testid': 'stall-meeting-overdue',
            },
          }}
        />
        <Button
          type="submit"
          variant="contained"
          disabled={!save || !valid || !changed}
          data-testid="stall-save"
        >
          {t('insightStages.save')}
        </Button>
      </Stack>
      {message && (
        <Alert
          severity={message.ok ? 'success' : 'error'}
          sx={{ mt: 1 }}
          data-testid="stall-message"
        >
          {message.text}
        </Alert>
      )}
    </DashboardCard>
  );
}
