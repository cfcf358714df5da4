// The insight tab "time in stage": how long leads sit in each stage, per rep, the deals stalled
// beyond their stage's threshold (open or reassign them), and the thresholds themselves.
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import { formatLocalDate, localDate } from '../../../../shared/domain/periods';
import { useInsightView } from '../insight-context';
import { StallThresholdsCard } from './StallThresholdsCard';
import { StalledDealsCard } from './StalledDealsCard';
import { TimeInStageCard } from './TimeInStageCard';
import { usePipelineInsight } from './use-pipeline-insight';

export function StagesTab() {
  const { t } = useTranslation();
  const view = useInsightView();
  const settings = usePipelineInsight();
  const from = formatLocalDate(localDate(view.timeZone, view.period.from));
  const to = formatLocalDate(localDate(view.timeZone, view.period.to - 1));
  const today = formatLocalDate(localDate(view.timeZone, view.now));
  return (
    <Stack spacing={2} data-testid="insight-stages" aria-label={t('insightStages.title')}>
      <TimeInStageCard fileName={`time-in-stage-${from}-${to}`} />
      <StalledDealsCard settings={settings} fileName={`stalled-deals-${today}`} />
      {settings && <StallThresholdsCard settings={settings} />}
    </Stack>
  );
}
