// Per-country rules: a lead of that country follows its own weekly hours, holidays and special
// periods where set, and the organisation's otherwise.
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import type { CallingRules, CountryRules } from '../../../shared/domain/calling-rules';
import { useCountries } from '../lists/use-countries';
import { HolidaysEditor } from './HolidaysEditor';
import { PeriodsEditor } from './PeriodsEditor';
import type { IssueAt } from './rules-editing';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

export type CountryOverridesProps = {
  rules: CallingRules;
  onChange: (countries: CountryRules[]) => void;
  issueAt: IssueAt;
};

type Part = 'weekly' | 'holidays' | 'periods';

export function CountryOverrides({ rules, onChange, issueAt }: CountryOverridesProps) {
  const { t } = useTranslation();
  const { countries, defaultCountry } = useCountries();
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const list = rules.countries;
  const set = (i: number, c: CountryRules) => onChange(list.map((x, j) => (j === i ? c : x)));
  const toggle = (i: number, c: CountryRules, part: Part, on: boolean) => {
    // Off: the part is left out, so the organisation's applies.
    const { [part]: _dropped, ...rest } = c;
    if (!on) return set(i, rest);
    if (part === 'weekly') return set(i, { ...rest, weekly: [...rules.weekly] });
    set(i, { ...rest, [part]: [] });
  };
  const free = (code: string) => !list.some((o) => o.country === code);
  // A new override starts on the organisation's own country when free, else the first free one.
  const unused =
    countries.find((c) => c.code === defaultCountry && free(c.code)) ??
    countries.find((c) => free(c.code));
  return (
    <Stack sx={{ gap: 1.5 }} data-testid="cr-countries">
      {list.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('callingRules.countries.none')}
        </Typography>
      )}
      {list.map((c, i) => {
        const issue = issueAt(['countries', i, 'country']);
        return (
          <Paper key={i} variant="outlined" sx={{ p: 1.5 }} data-testid={`cr-country-${i}`}>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', mb: 1 }}>
              <TextField
                select
                size="small"
                label={t('callingRules.countries.country')}
                value={c.country}
                error={issue !== undefined}
                helperText={issue ? t(`callingRules.issue.${issue}`) : undefined}
                onChange={(e) => set(i, { ...c, country: e.target.value })}
                sx={{ minWidth: 260, flexGrow: 1 }}
                slotProps={{
                  select: {
                    SelectDisplayProps: { 'data-testid': `cr-country-${i}-code` } as object,
                  },
                }}
              >
                {countries.map((x) => (
                  <MenuItem key={x.code} value={x.code}>
                    {x.name} ({x.code})
                  </MenuItem>
                ))}
              </TextField>
              <IconButton
                aria-label={t('callingRules.countries.remove', { land: nameOf(c.country) })}
                onClick={() => onChange(list.filter((_, j) => j !== i))}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Stack>
            {(['weekly', 'holidays', 'periods'] as const).map((part) => (
              <Stack key={part} sx={{ gap: 1, mb: 1 }}>
                <FormControlLabel
                  control={
                    <Switch
                      checked={c[part] !== undefined}
                      onChange={(e) => toggle(i, c, part, e.target.checked)}
                      slotProps={{
                        input: { 'data-testid': `cr-country-${i}-own-${part}` } as object,
                      }}
                    />
                  }
                  label={t(`callingRules.countries.own.${part}`)}
                />
                {part === 'weekly' && c.weekly && (
                  <WeeklyHoursEditor
                    weekly={c.weekly}
                    onChange={(weekly) => set(i, { ...c, weekly })}
                    path={['countries', i, 'weekly']}
                    issueAt={issueAt}
                    testId={`cr-country-${i}-week`}
                  />
                )}
                {part === 'holidays' && c.holidays && (
                  <HolidaysEditor
                    holidays={c.holidays}
                    onChange={(holidays) => set(i, { ...c, holidays })}
                    path={['countries', i, 'holidays']}
                    issueAt={issueAt}
                    testId={`cr-country-${i}-holidays`}
                  />
                )}
                {part === 'periods' && c.periods && (
                  <PeriodsEditor
                    periods={c.periods}
                    usualWeek={c.weekly ?? rules.weekly}
                    onChange={(periods) => set(i, { ...c, periods })}
                    path={['countries', i, 'periods']}
                    issueAt={issueAt}
                    testId={`cr-country-${i}-periods`}
                  />
                )}
              </Stack>
            ))}
          </Paper>
        );
      })}
      {unused && (
        <div>
          <Button
            startIcon={<AddIcon />}
            size="small"
            data-testid="cr-country-add"
            onClick={() => onChange([...list, { country: unused.code, weekly: [...rules.weekly] }])}
          >
            {t('callingRules.countries.add')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
