// The live wallboard: each agent's state and time in it, today's calls, connects, connect rate,
// talk time and average handle time, and the team's totals. States come from the server every two
// seconds; the day's figures from this desk's own copy of the team's calls, live as they sync.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  averageHandleSec,
  connectRate,
  repActuals,
  sumActuals,
  NO_ACTUALS,
  type RepActuals,
} from '../../../../shared/domain/kpi';
import { dayOf } from '../../../../shared/domain/periods';
import type { AgentPresence } from '../../../../shared/domain/telephony';
import { useFormat } from '../../../i18n/use-format';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { useActivities } from '../dashboard/use-activities';
import { useDashboardScope } from '../dashboard/use-dashboard-scope';
import { useNow } from '../dashboard/use-now';
import { useWallboard } from './use-wallboard';
import { CoachButtons } from '../../coaching/CoachButtons';
import { CoachingPanel } from '../../coaching/CoachingPanel';

const STATE_COLOR = {
  available: 'success',
  onCall: 'info',
  wrapUp: 'warning',
  paused: 'default',
  offline: 'default',
} as const;

export function WallboardSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation();
  const scope = useDashboardScope('all', 'all');
  const feed = useWallboard();
  const now = useNow(1000);
  const tz = organisation?.timezone ?? 'UTC';
  const today = useMemo(() => dayOf(tz, now), [tz, Math.floor(now / 60_000)]); // eslint-disable-line react-hooks/exhaustive-deps
  const reps = scope.reps;
  const activities = useActivities(
    reps.map((r) => r.id),
    today,
  );
  const actuals = useMemo(
    () => repActuals(activities ?? [], today, organisation?.currency ?? 'SAR'),
    [activities, today, organisation?.currency],
  );
  const presence = new Map<string, AgentPresence>(
    (feed.board?.agents ?? []).map((a) => [a.userId, a]),
  );
  const rows = reps.map((rep) => ({ rep, actual: actuals.get(rep.id) ?? NO_ACTUALS() }));
  const total = sumActuals(rows.map((r) => r.actual));
  const serverNow = now + feed.skew;

  // Until this desk has read the day's calls, no figure rather than a wrong zero.
  const loaded = activities !== undefined;
  const figures = (a: RepActuals) => {
    if (!loaded) return ['…', '…', '…', '…', '…'];
    const rate = connectRate(a);
    const aht = averageHandleSec(a);
    return [
      format.number(a.calls),
      format.number(a.connects),
      rate === null ? '—' : format.percent(rate),
      format.clock(a.talkSec),
      aht === null ? '—' : format.clock(aht),
    ];
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="wallboard">
      <Typography variant="h6" component="h2" sx={{ fontWeight: 700 }}>
        {t('wallboard.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('wallboard.live')}
      </Typography>
      {feed.stale && feed.fetchedAt !== null && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="wallboard-stale">
          {t('wallboard.unreachable', { time: format.time(feed.fetchedAt) })}
        </Alert>
      )}
      <CoachingPanel nameOf={(id) => reps.find((r) => r.id === id)?.displayName ?? ''} />
      {scope.ready && reps.length === 0 ? (
        <Typography data-testid="wallboard-empty">{t('wallboard.noAgents')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('wallboard.agent')}</TableCell>
              <TableCell>{t('wallboard.stateCol')}</TableCell>
              <TableCell align="right">{t('wallboard.inState')}</TableCell>
              <TableCell align="right">{t('wallboard.calls')}</TableCell>
              <TableCell align="right">{t('wallboard.connects')}</TableCell>
              <TableCell align="right">{t('wallboard.connectRate')}</TableCell>
              <TableCell align="right">{t('wallboard.talk')}</TableCell>
              <TableCell align="right">{t('wallboard.aht')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ rep, actual }) => {
              const p = presence.get(rep.id);
              const state = feed.unavailable ? null : (p?.state ?? 'offline');
              return (
                <TableRow key={rep.id} data-testid={`wallboard-row-${rep.id}`}>
                  <TableCell>
                    <bdi>{rep.displayName}</bdi>
                  </TableCell>
                  <TableCell>
                    {state ? (
                      <Chip
                        size="small"
                        color={STATE_COLOR[state]}
                        label={
                          state === 'paused' && p?.reason
                            ? t('wallboard.pausedFor', {
                                reason: t(`wallboard.reason.${p.reason}`),
                              })
                            : t(`wallboard.state.${state}`)
                        }
                        data-testid="wallboard-state"
                        data-state={state}
                      />
                    ) : (
                      '—'
                    )}
                    {state === 'onCall' && <CoachButtons agentId={rep.id} name={rep.displayName} />}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {p && state !== 'offline'
                      ? format.clock(Math.max(0, serverNow - p.since) / 1000)
                      : '—'}
                  </TableCell>
                  {figures(actual).map((f, i) => (
                    <TableCell key={i} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {f}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
            <TableRow data-testid="wallboard-total" sx={{ '& td': { fontWeight: 700 } }}>
              <TableCell>{t('wallboard.team')}</TableCell>
              <TableCell>
                {format.number([...presence.values()].filter((p) => p.state !== 'offline').length)}
              </TableCell>
              <TableCell />
              {figures(total).map((f, i) => (
                <TableCell key={i} align="right">
                  {f}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
