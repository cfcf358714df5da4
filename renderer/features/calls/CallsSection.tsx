// The supervisor's Calls: recorded calls of the teams they lead (an administrator: all), filtered by
// agent, team, date, outcome, talk time, list, "not yet reviewed" and "starred"; a row opens the
// call (#/supervisor/calls/<id>) to play and score it; the Scorecard tab edits the criteria.
// Only the server holds recordings: offline (the demo desk) the section says so.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import StarIcon from '@mui/icons-material/Star';
import { DISPOSITIONS } from '../../../shared/domain/dispositions';
import { parseLocalDate, startOfLocalDate, calendarDate } from '../../../shared/domain/periods';
import type { RecordingItem, ReviewStatus } from '../../../shared/recordings/protocol';
import { useFormat } from '../../i18n/use-format';
import { useLocalized } from '../../i18n/use-localized';
import { DateField } from '../../ui/components/DateTimeField';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useDashboardScope } from '../supervisor/dashboard/use-dashboard-scope';
import { callsHash, callsRouteFromHash, type CallsRoute } from './calls-route';
import type { RecordingFilters } from './calls-api';
import { CallView } from './CallView';
import { ScorecardEditor } from './ScorecardEditor';
import { useCallsApi } from './use-calls-api';
import { useErrorText } from './use-error-text';
import { clock } from './waveform';

type Row = RecordingItem & { review: ReviewStatus | null };

type Form = {
  agentId: string;
  teamId: string;
  from: string;
  to: string;
  outcome: string;
  minTalk: string;
  maxTalk: string;
  list: string;
  unreviewed: boolean;
  starred: boolean;
};

const EMPTY: Form = {
  agentId: '',
  teamId: '',
  from: '',
  to: '',
  outcome: '',
  minTalk: '',
  maxTalk: '',
  list: '',
  unreviewed: false,
  starred: false,
};

function useRoute(): [CallsRoute, (r: CallsRoute) => void] {
  const [route, setRoute] = useState(() => callsRouteFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(callsRouteFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (r: CallsRoute) => {
    window.history.pushState(null, '', callsHash(r));
    setRoute(r);
  };
  return [route, go];
}

export function CallsSection() {
  const { t } = useTranslation();
  const api = useCallsApi();
  const [route, go] = useRoute();
  // The filters outlive a visit to one call.
  const [form, setForm] = useState<Form>(EMPTY);
  const tab = route.kind === 'scorecard' ? 'scorecard' : 'calls';
  return (
    <Stack spacing={2} data-testid="calls-section">
      <Tabs
        value={tab}
        onChange={(_, v: string) =>
          go(v === 'scorecard' ? { kind: 'scorecard' } : { kind: 'list' })
        }
        aria-label={t('callReview.title')}
      >
        <Tab value="calls" label={t('callReview.tab.calls')} data-testid="calls-tab-calls" />
        <Tab
          value="scorecard"
          label={t('callReview.tab.scorecard')}
          data-testid="calls-tab-scorecard"
        />
      </Tabs>
      {route.kind === 'scorecard' ? (
        <ScorecardEditor />
      ) : !api ? (
        <Alert severity="info">{t('callReview.offline')}</Alert>
      ) : route.kind === 'call' ? (
        <CallView api={api} recordingId={route.id} onBack={() => go({ kind: 'list' })} />
      ) : (
        <CallList form={form} setForm={setForm} onOpen={(id) => go({ kind: 'call', id })} />
      )}
    </Stack>
  );
}

type CallListProps = {
  form: Form;
  setForm: (update: (f: Form) => Form) => void;
  onOpen: (id: string) => void;
};

function CallList({ form, setForm, onOpen }: CallListProps) {
  const { t } = useTranslation();
  const api = useCallsApi();
  const fmt = useFormat();
  const org = useOrganisation();
  const localized = useLocalized();
  const errorText = useErrorText();
  const tz = org?.timezone ?? 'UTC';
  const scope = useDashboardScope(
    (form.teamId || 'all') as Parameters<typeof useDashboardScope>[0],
    'all',
  );
  const [items, setItems] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const filters = useMemo<RecordingFilters>(() => {
    const from = parseLocalDate(form.from);
    const to = parseLocalDate(form.to);
    const num = (s: string) =>
      s.trim() === '' || !Number.isFinite(Number(s))
        ? undefined
        : Math.max(0, Math.round(Number(s)));
    return {
      ...(form.agentId ? { agentId: form.agentId } : {}),
      ...(form.teamId ? { teamId: form.teamId } : {}),
      ...(from ? { from: startOfLocalDate(tz, from) } : {}),
      ...(to ? { to: startOfLocalDate(tz, calendarDate(to.year, to.month, to.day + 1)) } : {}),
      ...(form.outcome ? { outcome: form.outcome } : {}),
      ...(num(form.minTalk) !== undefined ? { minTalkSec: num(form.minTalk) } : {}),
      ...(num(form.maxTalk) !== undefined ? { maxTalkSec: num(form.maxTalk) } : {}),
      ...(form.list.trim() ? { list: form.list.trim() } : {}),
      ...(form.unreviewed ? { unreviewed: true } : {}),
      ...(form.starred ? { starred: true } : {}),
    };
  }, [form, tz]);

  const load = useCallback(
    async (cursor: string | null) => {
      if (!api) return;
      setError(null);
      try {
        const page = await api.list(filters, cursor);
        const status = await api.status(page.items.map((i) => i.id));
        const byId = new Map(status.map((s) => [s.recordingId, s]));
        const rows = page.items.map((i) => ({ ...i, review: byId.get(i.id) ?? null }));
        setItems((old) => (cursor && old ? [...old, ...rows] : rows));
        setNext(page.next);
      } catch (e) {
        setError(errorText(e));
        if (!cursor) setItems([]);
      }
    },
    // errorText follows the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, filters],
  );

  useEffect(() => {
    setItems(null);
    const timer = setTimeout(() => void load(null), 250);
    return () => clearTimeout(timer);
  }, [load]);

  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 2 }}>
        <Stack
          direction="row"
          sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}
          data-testid="calls-filters"
        >
          {scope.isAdmin && (
            <TextField
              select
              size="small"
              label={t('callReview.filter.team')}
              value={form.teamId}
              onChange={(e) => set({ teamId: e.target.value, agentId: '' })}
              sx={{ minWidth: 160 }}
              slotProps={{ htmlInput: { 'data-testid': 'filter-team' } }}
            >
              <MenuItem value="">{t('callReview.filter.all')}</MenuItem>
              {scope.teams.map((team) => (
                <MenuItem key={team.id} value={team.id}>
                  <bdi>{localized(team.name)?.value ?? team.id}</bdi>
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            select
            size="small"
            label={t('callReview.filter.agent')}
            data-testid="filter-agent-field"
            value={form.agentId}
            onChange={(e) => set({ agentId: e.target.value })}
            sx={{ minWidth: 180 }}
            slotProps={{ htmlInput: { 'data-testid': 'filter-agent' } }}
          >
            <MenuItem value="">{t('callReview.filter.all')}</MenuItem>
            {scope.teamReps.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.displayName}
              </MenuItem>
            ))}
          </TextField>
          <DateField
            size="small"
            label={t('callReview.filter.from')}
            value={form.from}
            onChange={(from) => set({ from })}
            testId="filter-from"
            minWidth={160}
          />
          <DateField
            size="small"
            label={t('callReview.filter.to')}
            value={form.to}
            onChange={(to) => set({ to })}
            testId="filter-to"
            minWidth={160}
          />
          <TextField
            select
            size="small"
            label={t('callReview.filter.outcome')}
            value={form.outcome}
            onChange={(e) => set({ outcome: e.target.value })}
            sx={{ minWidth: 160 }}
            slotProps={{ htmlInput: { 'data-testid': 'filter-outcome' } }}
          >
            <MenuItem value="">{t('callReview.filter.all')}</MenuItem>
            {DISPOSITIONS.map((d) => (
              <MenuItem key={d} value={d}>
                {t(`disposition.${d}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            type="number"
            label={t('callReview.filter.minTalk')}
            value={form.minTalk}
            onChange={(e) => set({ minTalk: e.target.value })}
            sx={{ width: 180 }}
            slotProps={{ htmlInput: { min: 0, 'data-testid': 'filter-min-talk' } }}
          />
          <TextField
            size="small"
            type="number"
            label={t('callReview.filter.maxTalk')}
            value={form.maxTalk}
            onChange={(e) => set({ maxTalk: e.target.value })}
            sx={{ width: 180 }}
            slotProps={{ htmlInput: { min: 0, 'data-testid': 'filter-max-talk' } }}
          />
          <TextField
            size="small"
            label={t('callReview.filter.list')}
            value={form.list}
            onChange={(e) => set({ list: e.target.value })}
            sx={{ width: 180 }}
            slotProps={{ htmlInput: { 'data-testid': 'filter-list' } }}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={form.unreviewed}
                onChange={(e) => set({ unreviewed: e.target.checked })}
                slotProps={{ input: { 'data-testid': 'filter-unreviewed' } as object }}
              />
            }
            label={t('callReview.filter.unreviewed')}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={form.starred}
                onChange={(e) => set({ starred: e.target.checked })}
                slotProps={{ input: { 'data-testid': 'filter-starred' } as object }}
              />
            }
            label={t('callReview.filter.starred')}
          />
          <Button onClick={() => setForm(() => EMPTY)}>{t('callReview.filter.clear')}</Button>
        </Stack>
      </Paper>
      {error && (
        <Alert severity="error" data-testid="calls-error">
          {error}
        </Alert>
      )}
      {items === null ? (
        <LinearProgress />
      ) : items.length === 0 ? (
        <Typography color="text.secondary" data-testid="calls-empty">
          {t('callReview.empty')}
        </Typography>
      ) : (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="calls-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('callReview.col.agent')}</TableCell>
                <TableCell>{t('callReview.col.lead')}</TableCell>
                <TableCell>{t('callReview.col.list')}</TableCell>
                <TableCell>{t('callReview.col.when')}</TableCell>
                <TableCell>{t('callReview.col.talk')}</TableCell>
                <TableCell>{t('callReview.col.outcome')}</TableCell>
                <TableCell>{t('callReview.col.score')}</TableCell>
                <TableCell>{t('callReview.col.star')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((r) => (
                <TableRow
                  key={r.id}
                  hover
                  onClick={() => onOpen(r.id)}
                  sx={{ cursor: 'pointer' }}
                  data-testid="call-row"
                  data-id={r.id}
                  tabIndex={0}
                  onKeyDown={(e) => e.key === 'Enter' && onOpen(r.id)}
                >
                  <TableCell>
                    <bdi>{r.agentName ?? '—'}</bdi>
                  </TableCell>
                  <TableCell>
                    <bdi>{r.leadName ?? t('callReview.noLead')}</bdi>
                  </TableCell>
                  <TableCell>
                    <bdi>{r.listName ?? '—'}</bdi>
                  </TableCell>
                  <TableCell>{fmt.dateTime(r.callStartedAt, tz)}</TableCell>
                  <TableCell>
                    <span dir="ltr">{clock(r.talkMs)}</span>
                  </TableCell>
                  <TableCell>
                    {r.outcome
                      ? t(`disposition.${r.outcome}` as 'disposition.noAnswer', {
                          defaultValue: r.outcome,
                        })
                      : '—'}
                  </TableCell>
                  <TableCell data-testid="call-score">
                    {!r.review?.reviewed
                      ? t('callReview.notReviewed')
                      : r.review.score === null
                        ? t('callReview.review.noTotal')
                        : t('callReview.score', { value: fmt.number(r.review.score) })}
                  </TableCell>
                  <TableCell>
                    {r.review?.starred ? (
                      <StarIcon
                        fontSize="small"
                        color="warning"
                        aria-label={t('callReview.starred')}
                      />
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {next && (
            <Button onClick={() => void load(next)} sx={{ m: 1 }}>
              {t('callReview.more')}
            </Button>
          )}
        </Paper>
      )}
    </Stack>
  );
}
