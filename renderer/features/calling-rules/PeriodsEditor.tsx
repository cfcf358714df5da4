// Special periods (Ramadan hours): from–to dates whose own weekly hours replace the usual ones.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import type { SpecialPeriod, WeeklyHours } from '../../../shared/domain/calling-rules';
import { DateField } from '../../ui/components/DateTimeField';
import type { IssueAt } from './rules-editing';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

export type PeriodsEditorProps = {
  periods: readonly SpecialPeriod[];
  /** The weekly hours a new period starts from. */
  usualWeek: WeeklyHours;
  onChange: (periods: SpecialPeriod[]) => void;
  path: readonly (string | number)[];
  issueAt: IssueAt;
  testId: string;
};

export function PeriodsEditor({
  periods,
  usualWeek,
  onChange,
  path,
  issueAt,
  testId,
}: PeriodsEditorProps) {
  const { t } = useTranslation();
  const set = (i: number, p: SpecialPeriod) => onChange(periods.map((x, j) => (j === i ? p : x)));
  const dateField = (i: number, p: SpecialPeriod, which: 'from' | 'to') => {
    const issue = issueAt([...path, i, which]);
    return (
      <DateField
        size="small"
        label={t(`callingRules.periods.${which}`)}
        value={p[which]}
        error={issue !== undefined}
        helperText={issue ? t(`callingRules.issue.${issue}`) : undefined}
        onChange={(date) => set(i, { ...p, [which]: date })}
        testId={`${testId}-${which}-${i}`}
        minWidth={180}
      />
    );
  };
  return (
    <Stack sx={{ gap: 1.5 }} data-testid={testId}>
      {periods.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('callingRules.periods.none')}
        </Typography>
      )}
      {periods.map((p, i) => (
        <Paper key={i} variant="outlined" sx={{ p: 1.5 }} data-testid={`${testId}-${i}`}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
            <TextField
              size="small"
              label={t('callingRules.periods.name')}
              value={p.name}
              error={p.name.trim() === ''}
              helperText={p.name.trim() === '' ? t('callingRules.issue.nameRequired') : undefined}
              onChange={(e) => set(i, { ...p, name: e.target.value })}
              slotProps={{ htmlInput: { 'data-testid': `${testId}-name-${i}`, maxLength: 100 } }}
              sx={{ minWidth: 180 }}
            />
            {dateField(i, p, 'from')}
            {dateField(i, p, 'to')}
            <IconButton
              aria-label={t('callingRules.remove')}
              onClick={() => onChange(periods.filter((_, j) => j !== i))}
            >
              <DeleteOutlineIcon />
            </IconButton>
          </Stack>
          <WeeklyHoursEditor
            weekly={p.weekly}
            onChange={(weekly) => set(i, { ...p, weekly })}
            path={[...path, i, 'weekly']}
            issueAt={issueAt}
            testId={`${testId}-${i}-week`}
          />
        </Paper>
      ))}
      <div>
        <Button
          startIcon={<AddIcon />}
          size="small"
          data-testid={`${testId}-add`}
          onClick={() =>
            onChange([...periods, { name: '', from: '', to: '', weekly: [...usualWeek] }])
          }
        >
          {t('callingRules.periods.add')}
        </Button>
      </div>
    </Stack>
  );
}
