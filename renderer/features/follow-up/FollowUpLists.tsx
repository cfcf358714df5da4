// The follow-up lists (DOMAIN.md, seed 002 step 7): leads who said no, on the re-call, month-end
// and quarter-end lists — how many are on each now, how many were ever put there and how many of
// those later booked a meeting or were won. A hunter sees their own; a supervisor the desk's
// whole scope, filtered by list, agent and reason, and sets the re-call delay.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LinearProgress from '@mui/material/LinearProgress';
import { OBJECTION_CATEGORIES, type ObjectionCategory } from '../../../shared/domain/objections';
import {
  FOLLOW_UP_VIEW_LISTS,
  followUpConversion,
  type FollowUpViewList,
} from '../../../shared/domain/follow-up-lists';
import { leadTimezone } from '../../../shared/domain/phone-timezone';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store/use-app-store';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useUsers } from '../../ui/desk/use-users';
import { RecallDelaySetting } from './RecallDelaySetting';
import { useFollowUpData, useRecallDays } from './use-follow-up-lists';

const MAX_ROWS = 200;

export type FollowUpListsProps = {
  /** Only the signed-in agent's leads and refusals (the hunter), or all the desk holds. */
  scope: 'own' | 'all';
};

export function FollowUpLists({ scope }: FollowUpListsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useAppStore((s) => s.user);
  const organisation = useOrganisation();
  const users = useUsers();
  const data = useFollowUpData();
  const recallDays = useRecallDays();
  const [list, setList] = useState<FollowUpViewList | 'all'>('all');
  const [rep, setRep] = useState<string>('all');
  const [reason, setReason] = useState<ObjectionCategory | 'all' | 'none'>('all');
  const mayEdit = !!me && (me.roles.includes('supervisor') || me.roles.includes('admin'));

  const agentFilter = scope === 'own' ? (me?.id ?? '') : rep === 'all' ? null : rep;
  const objectionFilter = reason === 'all' || reason === 'none' ? null : reason;
  const conversion = useMemo(
    () =>
      data &&
      followUpConversion(
        reason === 'none' ? data.entries.filter((e) => !e.objection) : data.entries,
        data.events,
        { agentId: agentFilter, objection: objectionFilter },
      ),
    [data, agentFilter, objectionFilter, reason],
  );
  const leads = useMemo(() => {
    if (!data) return [];
    return data.leads
      .filter((l) => list === 'all' || l.followUpList === list)
      .filter((l) => !agentFilter || l.ownerId === agentFilter)
      .filter((l) =>
        reason === 'all' ? true : reason === 'none' ? !l.refusalReason : l.refusalReason === reason,
      )
      .sort((a, b) => (a.nextCallAt ?? Infinity) - (b.nextCallAt ?? Infinity));
  }, [data, list, agentFilter, reason]);

  if (!data || !conversion || !organisation) return <LinearProgress />;
  const nameOf = (id: string | null) => users.find((u) => u.id === id)?.displayName ?? '—';
  const listName = (l: FollowUpViewList) =>
    t(`followUp.list.${l}`, { count: recallDays, n: format.number(recallDays) });
  const nowOn = (l: FollowUpViewList) => data.leads.filter((x) => x.followUpList === l).length;
  const nowOnFiltered = (l: FollowUpViewList) => leads.filter((x) => x.followUpList === l).length;
  const shownLists = list === 'all' ? FOLLOW_UP_VIEW_LISTS : [list];
  const agents = users.filter((u) =>
    u.roles.some((r) => r === 'hunter' || r === 'closer' || r === 'farmer'),
  );

  return (
    <Stack sx={{ gap: 2 }} data-testid="follow-up-lists">
      <Typography variant="body2" color="text.secondary">
        {t('followUp.intro')}
      </Typography>
      {mayEdit && <RecallDelaySetting days={recallDays} />}
      <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label={t('followUp.filter.list')}
          value={list}
          onChange={(e) => setList(e.target.value as FollowUpViewList | 'all')}
          sx={{ minWidth: 200 }}
          slotProps={{
            select: { SelectDisplayProps: { 'data-testid': 'fu-filter-list' } as object },
          }}
        >
          <MenuItem value="all">{t('followUp.filter.allLists')}</MenuItem>
          {FOLLOW_UP_VIEW_LISTS.map((l) => (
            <MenuItem key={l} value={l} data-testid={`fu-list-${l}`}>
              {listName(l)}
            </MenuItem>
          ))}
        </TextField>
        {scope === 'all' && (
          <TextField
            select
            size="small"
            label={t('followUp.filter.rep')}
            value={rep}
            onChange={(e) => setRep(e.target.value)}
            sx={{ minWidth: 200 }}
            slotProps={{
              select: { SelectDisplayProps: { 'data-testid': 'fu-filter-rep' } as object },
            }}
          >
            <MenuItem value="all">{t('followUp.filter.allReps')}</MenuItem>
            {agents.map((u) => (
              <MenuItem key={u.id} value={u.id}>
                <bdi>{u.displayName}</bdi>
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          select
          size="small"
          label={t('followUp.filter.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value as ObjectionCategory | 'all' | 'none')}
          sx={{ minWidth: 200 }}
          slotProps={{
            select: { SelectDisplayProps: { 'data-testid': 'fu-filter-reason' } as object },
          }}
        >
          <MenuItem value="all">{t('followUp.filter.allReasons')}</MenuItem>
          {OBJECTION_CATEGORIES.map((c) => (
            <MenuItem key={c} value={c} data-testid={`fu-reason-${c}`}>
              {t(`objections.category.${c}`)}
            </MenuItem>
          ))}
          <MenuItem value="none">{t('followUp.filter.noReason')}</MenuItem>
        </TextField>
      </Stack>
      <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap' }}>
        {shownLists.map((l) => {
          const c = conversion[l];
          return (
            <Card key={l} sx={{ flex: '1 1 240px' }} data-testid={`fu-card-${l}`}>
              <CardContent>
                <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
                  {listName(l)}
                </Typography>
                <Metric
                  label={t('followUp.card.now')}
                  value={format.number(
                    scope === 'own' || agentFilter || reason !== 'all'
                      ? nowOnFiltered(l)
                      : nowOn(l),
                  )}
                  testId={`fu-now-${l}`}
                />
                <Metric
                  label={t('followUp.card.put')}
                  value={format.number(c.put)}
                  testId={`fu-put-${l}`}
                />
                <Metric
                  label={t('followUp.card.meetings')}
                  value={t('followUp.card.rate', {
                    n: format.number(c.meetings),
                    percent: format.percent(c.meetingRate),
                  })}
                  testId={`fu-meetings-${l}`}
                />
                <Metric
                  label={t('followUp.card.won')}
                  value={t('followUp.card.rate', {
                    n: format.number(c.won),
                    percent: format.percent(c.wonRate),
                  })}
                  testId={`fu-won-${l}`}
                />
              </CardContent>
            </Card>
          );
        })}
      </Stack>
      {leads.length === 0 ? (
        <Alert severity="info" data-testid="fu-empty">
          {t('followUp.empty')}
        </Alert>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" data-testid="fu-count">
            {t('followUp.shown', {
              shown: format.number(Math.min(MAX_ROWS, leads.length)),
              total: format.number(leads.length),
            })}
          </Typography>
          <Table size="small" data-testid="fu-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('followUp.column.lead')}</TableCell>
                <TableCell>{t('followUp.column.list')}</TableCell>
                {scope === 'all' && <TableCell>{t('followUp.column.rep')}</TableCell>}
                <TableCell>{t('followUp.column.reason')}</TableCell>
                <TableCell>{t('followUp.column.newOffer')}</TableCell>
                <TableCell>{t('followUp.column.nextCall')}</TableCell>
                <TableCell align="right">{t('followUp.column.refusals')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {leads.slice(0, MAX_ROWS).map((l) => {
                const zone = leadTimezone(l, organisation.timezone);
                return (
                  <TableRow key={l.id} data-testid="fu-row">
                    <TableCell>
                      <bdi>{l.name}</bdi>
                      {l.company && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          <bdi>{l.company}</bdi>
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{listName(l.followUpList as FollowUpViewList)}</TableCell>
                    {scope === 'all' && (
                      <TableCell>
                        <bdi>{nameOf(l.ownerId)}</bdi>
                      </TableCell>
                    )}
                    <TableCell>
                      {l.refusalReason ? t(`objections.category.${l.refusalReason}`) : '—'}
                    </TableCell>
                    <TableCell sx={{ maxWidth: 260, overflowWrap: 'anywhere' }}>
                      {l.newOffer ? <bdi>{l.newOffer}</bdi> : '—'}
                    </TableCell>
                    <TableCell>
                      {l.nextCallAt ? format.dateTime(l.nextCallAt, zone) : '—'}
                    </TableCell>
                    <TableCell align="right">{format.number(l.refusals)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
    </Stack>
  );
}

function Metric({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2, py: 0.25 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid={testId}>
        {value}
      </Typography>
    </Stack>
  );
}
