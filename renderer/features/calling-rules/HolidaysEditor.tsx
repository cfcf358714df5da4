// Public holidays: a local date and its name; calls are not offered all day.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import type { Holiday } from '../../../shared/domain/calling-rules';
import { DateField } from '../../ui/components/DateTimeField';
import type { IssueAt } from './rules-editing';

export type HolidaysEditorProps = {
  holidays: readonly Holiday[];
  onChange: (holidays: Holiday[]) => void;
  path: readonly (string | number)[];
  issueAt: IssueAt;
  testId: string;
};

export function HolidaysEditor({ holidays, onChange, path, issueAt, testId }: HolidaysEditorProps) {
  const { t } = useTranslation();
  const set = (i: number, h: Holiday) => onChange(holidays.map((x, j) => (j === i ? h : x)));
  return (
    <Stack sx={{ gap: 1 }} data-testid={testId}>
      {holidays.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('callingRules.holidays.none')}
        </Typography>
      )}
      {holidays.map((h, i) => {
        const issue = issueAt([...path, i, 'date']);
        return (
          <Stack
            key={i}
            direction="row"
            sx={{ gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}
          >
            <DateField
              size="small"
              label={t('callingRules.holidays.date')}
              value={h.date}
              error={issue !== undefined}
              helperText={issue ? t(`callingRules.issue.${issue}`) : undefined}
              onChange={(date) => set(i, { ...h, date })}
              testId={`${testId}-date-${i}`}
              minWidth={180}
            />
            <TextField
              size="small"
              label={t('callingRules.holidays.name')}
              value={h.name}
              error={h.name.trim() === ''}
              helperText={h.name.trim() === '' ? t('callingRules.issue.nameRequired') : undefined}
              onChange={(e) => set(i, { ...h, name: e.target.value })}
              slotProps={{ htmlInput: { 'data-testid': `${testId}-name-${i}`, maxLength: 100 } }}
              sx={{ flexGrow: 1, minWidth: 180 }}
            />
            <IconButton
              aria-label={t('callingRules.remove')}
              onClick={() => onChange(holidays.filter((_, j) => j !== i))}
            >
              <DeleteOutlineIcon />
            </IconButton>
          </Stack>
        );
      })}
      <div>
        <Button
          startIcon={<AddIcon />}
          size="small"
          data-testid={`${testId}-add`}
          onClick={() => onChange([...holidays, { date: '', name: '' }])}
        >
          {t('callingRules.holidays.add')}
        </Button>
      </div>
    </Stack>
  );
}
