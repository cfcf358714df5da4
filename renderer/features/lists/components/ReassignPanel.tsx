import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  ANY_LEAD,
  ownerKey,
  type AssignTarget,
  type LeadFilter,
} from '../../../../shared/domain/assignment';
import type { LeadId } from '../../../../shared/domain/ids';
import { CLOSED_STAGES } from '../../../../shared/domain/pipeline';
import { collectMatches, countMatches, pageOfMatches, SEARCH_LIMIT } from '../../../db/assignment';
import { useDeskDb } from '../../../db/use-desk-db';
import { useCountries } from '../use-countries';
import { useFormat } from '../../../i18n/use-format';
import { LtrText } from '../../../app/components/LtrText';
import { testId } from '../test-id';
import { usePeople } from '../use-people';
import { LeadFilterBar } from './LeadFilterBar';
import { ReassignDialog, type ReassignRequest } from './ReassignDialog';
import { TargetPicker } from './TargetPicker';

const PAGE = 50;

export type ReassignPanelProps = { initialList: string | null };

/** Filter leads, select a page or everything matching, and move them to agents or a team pool. */
export function ReassignPanel({ initialList }: ReassignPanelProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const format = useFormat();
  const { ownerLabel } = usePeople();
  const [filter, setFilterState] = useState<LeadFilter>({ ...ANY_LEAD, listName: initialList });
  const [page, setPage] = useState(0);
  // Selected leads and the owner each is with now (for "from whom").
  const [selected, setSelected] = useState<Map<LeadId, string>>(new Map());
  const [collecting, setCollecting] = useState<number | null>(null);
  const [targets, setTargets] = useState<AssignTarget[]>([]);
  const [request, setRequest] = useState<ReassignRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // Phone numbers typed in the search box without a country code are the organisation's.
  const { defaultCountry } = useCountries();
  useEffect(() => {
    setFilterState((f) => (f.defaultCountry === defaultCountry ? f : { ...f, defaultCountry }));
  }, [defaultCountry]);
  const setFilter = useCallback((f: LeadFilter) => {
    setFilterState(f);
    setPage(0);
    setSelected(new Map());
  }, []);
  // Each answer carries the filter it is for: a count or page of the previous filter is never
  // shown as if it were the new one's.
  const counted = useLiveQuery(
    async () => ({ filter, n: await countMatches(db, filter) }),
    [db, filter],
  );
  const paged = useLiveQuery(
    async () => ({ filter, page, rows: await pageOfMatches(db, filter, page * PAGE, PAGE) }),
    [db, filter, page],
  );
  const total = counted?.filter === filter ? counted.n : undefined;
  const rows = paged?.filter === filter && paged.page === page ? paged.rows : undefined;
  const searchCapped = filter.query.trim() !== '' && total === SEARCH_LIMIT;

  const pageIds = (rows ?? []).map((l) => l.id);
  const pageAll = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const pageSome = pageIds.some((id) => selected.has(id));
  const allMatching = total !== undefined && total > 0 && selected.size >= total;

  const toggle = (id: LeadId, owner: string) =>
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(id)) next.delete(id);
      else next.set(id, owner);
      return next;
    });
  const togglePage = () =>
    setSelected((s) => {
      const next = new Map(s);
      for (const l of rows ?? []) {
        if (pageAll) next.delete(l.id);
        else next.set(l.id, ownerKey(l));
      }
      return next;
    });
  const selectAllMatching = async () => {
    setCollecting(0);
    const m = await collectMatches(db, filter, (read, all) =>
      setCollecting(all ? (100 * read) / all : 100),
    );
    setCollecting(null);
    setSelected(new Map(m.ids.map((id, i) => [id, m.owners[i] ?? 'none'])));
  };

  const openConfirm = () => {
    const from = new Map<string, number>();
    for (const owner of selected.values()) from.set(owner, (from.get(owner) ?? 0) + 1);
    setRequest({
      ids: [...selected.keys()],
      from,
      targets,
      includeClosed: filter.includeClosed || CLOSED_STAGES.includes(filter.stage ?? 'lead'),
    });
  };

  return (
    <Stack sx={{ gap: 2 }}>
      <Paper sx={{ p: 2 }}>
        <LeadFilterBar filter={filter} onChange={setFilter} />
      </Paper>
      {done && (
        <Alert severity="success" onClose={() => setDone(null)} data-testid="reassign-done">
          {done}
        </Alert>
      )}
      <Paper sx={{ p: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1 }}>
          <Typography
            variant="subtitle1"
            component="h2"
            sx={{ fontWeight: 700 }}
            data-testid="match-count"
          >
            {total === undefined
              ? t('lists.assign.counting')
              : searchCapped
                ? t('lists.assign.matchingAtLeast', { n: format.number(total) })
                : t('lists.assign.matching', { count: total, n: format.number(total) })}
          </Typography>
          <Box sx={{ flex: 1 }} />
          <Typography variant="body2" color="text.secondary" data-testid="selected-count">
            {t('lists.assign.selected', { count: selected.size, n: format.number(selected.size) })}
          </Typography>
        </Stack>
        {collecting === null && (total === undefined || rows === undefined) && (
          <LinearProgress sx={{ mb: 1 }} />
        )}
        {collecting !== null && (
          <LinearProgress variant="determinate" value={collecting} sx={{ mb: 1 }} />
        )}
        {pageAll && !allMatching && total !== undefined && total > pageIds.length && (
          <Alert
            severity="info"
            sx={{ mb: 1 }}
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => void selectAllMatching()}
                disabled={collecting !== null}
                data-testid="select-all-matching"
              >
                {t('lists.assign.selectAllMatching', { count: total, n: format.number(total) })}
              </Button>
            }
          >
            {t('lists.assign.pageSelected', {
              count: pageIds.length,
              n: format.number(pageIds.length),
            })}
          </Alert>
        )}
        {allMatching && (
          <Alert
            severity="info"
            sx={{ mb: 1 }}
            action={
              <Button color="inherit" size="small" onClick={() => setSelected(new Map())}>
                {t('lists.assign.clearSelection')}
              </Button>
            }
          >
            {t('lists.assign.allSelected', {
              count: selected.size,
              n: format.number(selected.size),
            })}
          </Alert>
        )}
        <TableContainer>
          <Table size="small" data-testid="reassign-table">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={pageAll}
                    indeterminate={pageSome && !pageAll}
                    onChange={togglePage}
                    disabled={pageIds.length === 0}
                    slotProps={{
                      input: {
                        ...testId('select-page'),
                        'aria-label': t('lists.assign.selectPage'),
                      } as object,
                    }}
                  />
                </TableCell>
                <TableCell>{t('lists.column.lead')}</TableCell>
                <TableCell>{t('lists.list')}</TableCell>
                <TableCell>{t('lists.filter.stage')}</TableCell>
                <TableCell>{t('lists.owner.column')}</TableCell>
                <TableCell>{t('lists.column.phone')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(rows ?? []).map((l) => (
                <TableRow
                  key={l.id}
                  hover
                  selected={selected.has(l.id)}
                  onClick={() => toggle(l.id, ownerKey(l))}
                  sx={{ cursor: 'pointer' }}
                  data-testid="lead-row"
                >
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={selected.has(l.id)}
                      onClick={(e) => e.stopPropagation()}
                      onChange={() => toggle(l.id, ownerKey(l))}
                      slotProps={{ input: { 'aria-label': l.name } as object }}
                    />
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      <bdi>{l.name}</bdi>
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      <bdi>{l.company}</bdi>
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 220 }}>
                    <bdi>{l.listName ?? '—'}</bdi>
                  </TableCell>
                  <TableCell>{t(`stage.${l.stage}`)}</TableCell>
                  <TableCell data-testid="lead-owner">
                    <bdi>{ownerLabel(ownerKey(l))}</bdi>
                  </TableCell>
                  <TableCell>
                    {l.phoneE164 && <LtrText>{l.phoneE164}</LtrText>}
                    {l.doNotCall && (
                      <Typography component="span" variant="caption" color="error" sx={{ ms: 1 }}>
                        {t('lists.dnc.flag')}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              ))}
              {rows && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6}>
                    <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                      {t('lists.assign.noMatch')}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={counted?.n ?? 0}
          page={page}
          rowsPerPage={PAGE}
          rowsPerPageOptions={[PAGE]}
          onPageChange={(_, p) => setPage(p)}
        />
      </Paper>
      <Paper
        sx={{ p: 2, position: 'sticky', bottom: 8, zIndex: 1 }}
        elevation={4}
        data-testid="reassign-bar"
      >
        <Stack direction="row" sx={{ gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TargetPicker value={targets} onChange={setTargets} />
          <Button
            variant="contained"
            startIcon={<SwapHorizIcon />}
            disabled={selected.size === 0 || targets.length === 0 || collecting !== null}
            onClick={openConfirm}
            sx={{ mt: 0.25 }}
            data-testid="reassign-open"
          >
            {t('lists.assign.reassign', { count: selected.size, n: format.number(selected.size) })}
          </Button>
        </Stack>
      </Paper>
      {request && (
        <ReassignDialog
          key={request.ids.length + request.targets.map((x) => JSON.stringify(x)).join()}
          request={request}
          onClose={() => setRequest(null)}
          onDone={(r) => {
            setRequest(null);
            setSelected(new Map());
            const extra = [
              r.closedKept
                ? t('lists.assign.doneClosedKept', {
                    count: r.closedKept,
                    n: format.number(r.closedKept),
                  })
                : '',
              r.unchanged
                ? t('lists.assign.doneUnchanged', {
                    count: r.unchanged,
                    n: format.number(r.unchanged),
                  })
                : '',
            ].filter(Boolean);
            setDone(
              [
                t('lists.assign.done', { count: r.moved, n: format.number(r.moved) }),
                ...extra,
              ].join(' '),
            );
          }}
        />
      )}
    </Stack>
  );
}
