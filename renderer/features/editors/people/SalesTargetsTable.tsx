import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Team } from '../../../../shared/domain/content';
import { canEditSalesTarget, comingMonths } from '../../../../shared/domain/editing';
import { salesTargetId, type SalesTarget } from '../../../../shared/domain/targets';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { saveSalesTarget } from '../../../db/people-repo';
import { useDeskDb } from '../../../db/use-desk-db';
import { intlLocale } from '../../../i18n/format';
import { useLocalized } from '../../../i18n/use-localized';
import { useAppStore } from '../../../store/use-app-store';
import type { usePeople } from './use-people';

export type SalesTargetsTableProps = { people: ReturnType<typeof usePeople> };

/** How many coming months a supervisor plans ahead. */
const MONTHS_AHEAD = 3;

/** Each team's monthly sales target (revenue, deals won) for this month and the next ones. */
export function SalesTargetsTable({ people }: SalesTargetsTableProps) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const localize = useLocalized(organisation?.defaultLanguage ?? 'ar');
  const months = comingMonths(Date.now(), MONTHS_AHEAD, organisation?.timezone ?? 'UTC');
  const { myTeams, salesTargets, teams, actor } = people;
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        {t('editors.targets.teamTitle')}
      </Typography>
      <Table size="small" data-testid="sales-targets">
        <TableHead>
          <TableRow>
            <TableCell>{t('editors.people.team')}</TableCell>
            <TableCell>{t('editors.targets.month')}</TableCell>
            <TableCell>
              {t('editors.targets.revenue', { currency: organisation?.currency ?? '' })}
            </TableCell>
            <TableCell>{t('editors.targets.wins')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {myTeams.flatMap((team) =>
            months.map((month, i) => (
              <SalesRow
                key={`${team.id}:${month}`}
                team={team}
                teamLabel={i === 0 ? (localize(team.name)?.value ?? team.id) : ''}
                month={month}
                stored={salesTargets.get(salesTargetId(team.id, month))}
                editable={canEditSalesTarget(actor, team.id, teams)}
              />
            )),
          )}
        </TableBody>
      </Table>
    </Paper>
  );
}

type SalesRowProps = {
  team: Team;
  teamLabel: string;
  month: string;
  stored: SalesTarget | undefined;
  editable: boolean;
};

function SalesRow({ team, teamLabel, month, stored, editable }: SalesRowProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const actor = useAppStore((s) => s.user);
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  const [revenue, setRevenue] = useState<string | null>(null);
  const [wins, setWins] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rv = revenue ?? String(stored?.revenue ?? 0);
  const wv = wins ?? String(stored?.wins ?? 0);
  const dirty = rv !== String(stored?.revenue ?? 0) || wv !== String(stored?.wins ?? 0);
  const [y, m] = month.split('-').map(Number);
  const monthName = new Intl.DateTimeFormat(intlLocale({ language, digits }), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1));
  const save = async () => {
    const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
    const r = await saveSalesTarget(
      { db, actor },
      { teamId: team.id, month, revenue: num(rv), wins: num(wv) },
    );
    if (r.ok) {
      setRevenue(null);
      setWins(null);
      setError(null);
    } else
      setError(
        r.error === 'invalid'
          ? t('editors.people.issue.targetInvalid')
          : t(`editors.error.${r.error}`),
      );
  };
  return (
    <TableRow data-testid={`sales-target-${team.id}-${month}`}>
      <TableCell>
        <bdi>{teamLabel}</bdi>
      </TableCell>
      <TableCell>
        {monthName}
        {error && (
          <Typography variant="body2" color="error">
            {error}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <TextField
          size="small"
          type="number"
          value={rv}
          disabled={!editable}
          error={!!error}
          onChange={(e) => setRevenue(e.target.value)}
          sx={{ width: 150 }}
          slotProps={{
            htmlInput: {
              min: 0,
              dir: 'ltr',
              'aria-label': t('editors.targets.revenue', { currency: '' }),
            },
          }}
        />
      </TableCell>
      <TableCell>
        <TextField
          size="small"
          type="number"
          value={wv}
          disabled={!editable}
          error={!!error}
          onChange={(e) => setWins(e.target.value)}
          sx={{ width: 100 }}
          slotProps={{
            htmlInput: { min: 0, step: 1, dir: 'ltr', 'aria-label': t('editors.targets.wins') },
          }}
        />
      </TableCell>
      <TableCell>
        {editable && (
          <Button
            size="small"
            variant={dirty ? 'contained' : 'text'}
            disabled={!dirty}
            onClick={() => void save()}
          >
            {t('editors.save')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
