import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { bookingsPerAgent } from '../../../../shared/domain/kpi';
import { useDeskDb } from '../../../db/use-desk-db';
import { useFormat } from '../../../i18n/use-format';
import { useAppStore } from '../../../store/use-app-store';

// Charts are only needed here: loaded on demand, not in the first bundle.
const CallsChart = lazy(() => import('./CallsChart').then((m) => ({ default: m.CallsChart })));

function startOfToday(): number {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The supervisor's daily check: calls per agent today against target, live from the local database. */
export function DashboardSection() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const me = useAppStore((s) => s.user);
  const users = useLiveQuery(() => db.users.toArray(), [db]);
  const today = useLiveQuery(
    () => db.activities.where('at').aboveOrEqual(startOfToday()).toArray(),
    [db],
  );
  const rows = useMemo(() => {
    const from = startOfToday();
    const calls = new Map<string, number>();
    for (const a of today ?? [])
      if (a.type === 'call') calls.set(a.agentId, (calls.get(a.agentId) ?? 0) + 1);
    const bookings = bookingsPerAgent(today ?? [], { from, to: Number.POSITIVE_INFINITY });
    const team = me?.roles.includes('admin') ? null : me?.teamId;
    return (users ?? [])
      .filter((u) => u.dailyCallTarget > 0 && (team == null || u.teamId === team))
      .map((u) => ({
        id: u.id,
        name: u.displayName,
        calls: calls.get(u.id) ?? 0,
        target: u.dailyCallTarget,
        bookings: bookings.get(u.id) ?? 0,
      }))
      .sort((a, b) => b.calls - a.calls);
  }, [users, today, me]);

  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        <Paper sx={{ p: 2 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
            {t('supervisor.callsToday')}
          </Typography>
          <Table size="small" data-testid="calls-per-agent">
            <TableHead>
              <TableRow>
                <TableCell>{t('supervisor.agent')}</TableCell>
                <TableCell align="right">{t('supervisor.calls')}</TableCell>
                <TableCell align="right">{t('supervisor.target')}</TableCell>
                <TableCell align="right">{t('supervisor.bookings')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <bdi>{r.name}</bdi>
                  </TableCell>
                  <TableCell align="right">{format.number(r.calls)}</TableCell>
                  <TableCell align="right">{format.number(r.target)}</TableCell>
                  <TableCell align="right">{format.number(r.bookings)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
        <Paper sx={{ p: 2 }} data-testid="calls-chart">
          <Suspense fallback={<LinearProgress />}>
            <CallsChart
              rows={rows}
              callsLabel={t('supervisor.calls')}
              targetLabel={t('supervisor.target')}
            />
          </Suspense>
        </Paper>
      </Box>
    </>
  );
}
