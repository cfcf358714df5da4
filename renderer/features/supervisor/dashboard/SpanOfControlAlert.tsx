import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import type { User, Team } from '../../../../shared/domain/content';
import { MAX_REPS_PER_SUPERVISOR, overloadedTeams } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';
import { useLocalized } from '../../../i18n/use-localized';

export type SpanOfControlAlertProps = { users: readonly User[]; teams: readonly Team[] };

/** Warns when a supervisor leads more reps than DOMAIN.md allows (6–7 at most). */
export function SpanOfControlAlert({ users, teams }: SpanOfControlAlertProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const localized = useLocalized();
  const over = overloadedTeams(users, teams);
  if (over.length === 0) return null;
  return (
    <>
      {over.map(({ team, reps }) => (
        <Alert severity="warning" key={team.id} data-testid="span-warning">
          {t('dashboard.span.warning', {
            count: reps,
            n: format.number(reps),
            // Isolated, so a Latin team name keeps its place in an Arabic sentence.
            team: `\u2068${localized(team.name)?.value ?? ''}\u2069`,
            max: format.number(MAX_REPS_PER_SUPERVISOR),
          })}
        </Alert>
      ))}
    </>
  );
}
