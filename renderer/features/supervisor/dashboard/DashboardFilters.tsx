import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Team } from '../../../../shared/domain/content';
import type { Period, PeriodKind } from '../../../../shared/domain/periods';
import { formatLocalDate, localDate, PERIOD_KINDS } from '../../../../shared/domain/periods';
import { useFormat } from '../../../i18n/use-format';
import { useLocalized } from '../../../i18n/use-localized';
import type { AgentFilter, Rep, TeamFilter } from './use-dashboard-scope';
import { DateField } from '../../../ui/components/DateTimeField';

export type DashboardFilterValues = {
  kind: PeriodKind;
  /** `YYYY-MM-DD` in the organisation's timezone. */
  customFrom: string;
  customTo: string;
  team: TeamFilter;
  agent: AgentFilter;
};

export type DashboardFiltersProps = {
  value: DashboardFilterValues;
  onChange: (next: DashboardFilterValues) => void;
  period: Period;
  timeZone: string;
  /** Only an administrator picks the team; a supervisor sees their own. */
  teams: readonly Team[] | null;
  reps: readonly Rep[];
};

/** Date range, team and rep: what every block of the dashboard below reports on. */
export function DashboardFilters({
  value,
  onChange,
  period,
  timeZone,
  teams,
  reps,
}: DashboardFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const localized = useLocalized();
  const set = (patch: Partial<DashboardFilterValues>) => {
    const next = { ...value, ...patch };
    // A custom range starts from the one on screen, so only the changed end needs picking.
    onChange(
      next.kind === 'custom' && value.kind !== 'custom'
        ? {
            ...next,
            customFrom: formatLocalDate(localDate(timeZone, period.from)),
            customTo: formatLocalDate(localDate(timeZone, period.to - 1)),
          }
        : next,
    );
  };
  return (
    <Paper
      sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}
      data-testid="dashboard-filters"
    >
      <ToggleButtonGroup
        size="small"
        exclusive
        value={value.kind}
        onChange={(_, kind: PeriodKind | null) => kind && set({ kind })}
        aria-label={t('dashboard.period.label')}
      >
        {PERIOD_KINDS.map((k) => (
          <ToggleButton key={k} value={k} data-testid={`period-${k}`}>
            {t(`dashboard.period.${k}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {value.kind === 'custom' && (
        <>
          <DateField
            size="small"
            label={t('dashboard.period.from')}
            value={value.customFrom}
            onChange={(customFrom) => set({ customFrom })}
            testId="period-from"
          />
          <DateField
            size="small"
            label={t('dashboard.period.to')}
            value={value.customTo}
            onChange={(customTo) => set({ customTo })}
            testId="period-to"
          />
        </>
      )}
      {teams && (
        <TextField
          select
          size="small"
          label={t('dashboard.filter.team')}
          value={value.team}
          onChange={(e) => set({ team: e.target.value as TeamFilter, agent: 'all' })}
          sx={{ minWidth: 220 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'filter-team' } as object } }}
        >
          <MenuItem value="all">{t('dashboard.filter.allTeams')}</MenuItem>
          {teams.map((team) => (
            <MenuItem key={team.id} value={team.id}>
              <bdi>{localized(team.name)?.value ?? team.id}</bdi>
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        size="small"
        label={t('dashboard.filter.agent')}
        value={value.agent}
        onChange={(e) => set({ agent: e.target.value as AgentFilter })}
        sx={{ minWidth: 200 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'filter-agent' } as object } }}
      >
        <MenuItem value="all">{t('dashboard.filter.allAgents')}</MenuItem>
        {reps.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            <bdi>{r.displayName}</bdi>
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" color="text.secondary" data-testid="period-range">
        {t('dashboard.period.range', {
          from: format.date(period.from, timeZone),
          to: format.date(period.to - 1, timeZone),
        })}
      </Typography>
    </Paper>
  );
}
