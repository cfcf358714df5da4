import { useState } from 'react';
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import type { AssignTarget } from '../../../../shared/domain/assignment';
import { CLOSED_STAGES } from '../../../../shared/domain/pipeline';
import { useLeadSelection } from '../hooks/use-lead-selection';
import { useMatchingLeads } from '../hooks/use-matching-leads';
import { useReassignDoneMessage } from '../hooks/use-reassign-done-message';
import { useReassignFilter } from '../hooks/use-reassign-filter';
import { useSelectAllMatching } from '../hooks/use-select-all-matching';
import { pageSelection } from '../page-selection';
import { LeadFilterBar } from './LeadFilterBar';
import { MatchCountHeader } from './MatchCountHeader';
import { ReassignBar } from './ReassignBar';
import { ReassignDialog, type ReassignRequest } from './ReassignDialog';
import { ReassignTable } from './ReassignTable';
import { SelectionBanner } from './SelectionBanner';

const PAGE = 50;

export type ReassignPanelProps = { initialList: string | null };

/** Filter leads, select a page or everything matching, and move them to agents or a team pool. */
export function ReassignPanel({ initialList }: ReassignPanelProps) {
  const selection = useLeadSelection();
  const { selected } = selection;
  const { filter, setFilter, page, setPage } = useReassignFilter(initialList, selection.clear);
  const { total, rows, searchCapped, lastCount } = useMatchingLeads(filter, page, PAGE);
  const { collecting, selectAllMatching } = useSelectAllMatching(filter, selection.replace);
  const doneMessage = useReassignDoneMessage();
  const [targets, setTargets] = useState<AssignTarget[]>([]);
  const [request, setRequest] = useState<ReassignRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { pageCount, pageAll, pageSome, allMatching } = pageSelection(selected, rows, total);

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
        <MatchCountHeader total={total} searchCapped={searchCapped} selectedCount={selected.size} />
        {collecting === null && (total === undefined || rows === undefined) && (
          <LinearProgress sx={{ mb: 1 }} />
        )}
        {collecting !== null && (
          <LinearProgress variant="determinate" value={collecting} sx={{ mb: 1 }} />
        )}
        <SelectionBanner
          total={total}
          pageCount={pageCount}
          selectedCount={selected.size}
          pageAll={pageAll}
          allMatching={allMatching}
          collecting={collecting !== null}
          onSelectAllMatching={() => void selectAllMatching()}
          onClear={selection.clear}
        />
        <ReassignTable
          rows={rows}
          selected={selected}
          pageAll={pageAll}
          pageSome={pageSome}
          onToggle={selection.toggle}
          onTogglePage={() => selection.togglePage(rows ?? [], pageAll)}
        />
        <TablePagination
          component="div"
          count={lastCount}
          page={page}
          rowsPerPage={PAGE}
          rowsPerPageOptions={[PAGE]}
          onPageChange={(_, p) => setPage(p)}
        />
      </Paper>
      <ReassignBar
        targets={targets}
        onTargetsChange={setTargets}
        selectedCount={selected.size}
        collecting={collecting !== null}
        onReassign={openConfirm}
      />
      {request && (
        <ReassignDialog
          key={request.ids.length + request.targets.map((x) => JSON.stringify(x)).join()}
          request={request}
          onClose={() => setRequest(null)}
          onDone={(r) => {
            setRequest(null);
            selection.clear();
            setDone(doneMessage(r));
          }}
        />
      )}
    </Stack>
  );
}
