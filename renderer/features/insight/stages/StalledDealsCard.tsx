// Deals stalled beyond their stage's threshold in the scope: how many, and the longest-waiting
// ones a page at a time ("show more"). A click on the name opens the lead; the selected ones —
// or, as in the lists, every stalled deal at once — move to another rep with the lists' own
// reassign bar and confirmation (reassignLeads); the export holds every stalled deal. Every
// stalled deal's id is collected only when the reassign or the export needs them.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import type { AssignTarget } from '../../../../shared/domain/assignment';
import type { LeadId } from '../../../../shared/domain/ids';
import type { PipelineInsight } from '../../../../shared/domain/insight/pipeline-settings';
import { useFormat } from '../../../i18n/use-format';
import { LeadLink } from '../../leads/LeadLink';
import { hashWithLead } from '../../leads/lead-route';
import { ReassignBar } from '../../lists/components/ReassignBar';
import { ReassignDialog, type ReassignRequest } from '../../lists/components/ReassignDialog';
import { SelectionBanner } from '../../lists/components/SelectionBanner';
import { useReassignDoneMessage } from '../../lists/hooks/use-reassign-done-message';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { useDeskDb } from '../../../db/use-desk-db';
import { useInsightView } from '../insight-context';
import {
  collectStalledDeals,
  readStalledLeads,
  STALLED_PAGE,
  useStalledDeals,
  type StalledDeal,
} from './use-stalled-deals';

export function StalledDealsCard({
  settings,
  fileName,
}: {
  settings: PipelineInsight | undefined;
  fileName: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useInsightView();
  const db = useDeskDb();
  const [shown, setShown] = useState(STALLED_PAGE);
  const read = useStalledDeals(view.agentIds, settings, view.now, shown);
  // The deals ticked; or, with `all`, every stalled deal but those unticked (`ids`).
  const [selection, setSelection] = useState<Selection>(NONE);
  const [collecting, setCollecting] = useState(false);
  // Another scope or other thresholds: the first page again, nothing selected.
  const scopeKey = `${view.agentIds.join(',')}|${JSON.stringify(settings)}`;
  const [scopeSeen, setScopeSeen] = useState(scopeKey);
  if (scopeSeen !== scopeKey) {
    setScopeSeen(scopeKey);
    setShown(STALLED_PAGE);
    setSelection(NONE);
  }
  const [targets, setTargets] = useState<AssignTarget[]>([]);
  const [request, setRequest] = useState<ReassignRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneMessage = useReassignDoneMessage();
  const repName = useMemo(
    () => new Map(view.scope.users.map((u) => [u.id as string, u.displayName])),
    [view.scope.users],
  );
  const deals = read?.deals ?? [];
  const total = read?.total ?? 0;
  // The selection keeps only deals still listed (a reassigned or moved one leaves it): rows are
  // ticked or unticked among those listed.
  const listed = new Set(deals.map((d) => d.lead.id));
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  const isSelected = (id: LeadId) => ids.has(id) !== selection.all;
  const selectedCount = selection.all ? Math.max(0, total - ids.size) : ids.size;
  const pageAll = deals.length > 0 && deals.every((d) => isSelected(d.lead.id));
  const allStalled = selection.all && ids.size === 0 && total > 0;
  const why = (d: StalledDeal) =>
    d.reason.kind === 'meetingOverdue'
      ? t('insightStages.meetingOverdue', {
          count: d.reason.days,
          n: format.number(d.reason.days),
        })
      : t('insightStages.inStageFor', { count: d.reason.days, n: format.number(d.reason.days) });
  const toggle = (id: LeadId) => {
    const next = new Set(ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelection({ all: selection.all, ids: next });
  };
  const header = [
    t('insightStages.lead'),
    t('insightStages.owner'),
    t('insightStages.stage'),
    t('insightStages.why'),
    t('insightStages.since'),
  ];

  const row = (d: StalledDeal) => [
    d.lead.name || d.lead.company,
    repName.get(d.lead.ownerId ?? '') ?? '',
    t(`stage.${d.reason.stage}`),
    why(d),
    new Date(d.reason.since).toISOString(),
  ];

  /** The selected deals' ids and owners: those ticked, or every stalled one collected now. */
  const chosen = async (): Promise<Map<LeadId, string>> => {
    if (!selection.all)
      return new Map(
        deals.filter((d) => ids.has(d.lead.id)).map((d) => [d.lead.id, d.lead.ownerId ?? 'none']),
      );
    if (!settings) return new Map();
    setCollecting(true);
    try {
      const all = await collectStalledDeals(db, view.agentIds, settings, view.now);
      for (const id of ids) all.delete(id);
      return all;
    } finally {
      setCollecting(false);
    }
  };

  const openReassign = async () => {
    const picked = await chosen();
    // Every stalled deal is one of its owner's (the reads go by owner).
    const from = new Map<string, number>();
    for (const owner of picked.values()) from.set(owner, (from.get(owner) ?? 0) + 1);
    setDone(null);
    setRequest({
      ids: [...picked.keys()],
      from,
      targets,
      includeClosed: false,
    });
  };

  return (
    <DashboardCard
      title={t('insightStages.stalledTitle')}
      subtitle={
        read
          ? t('insightStages.stalledCount', { count: total, n: format.number(total) })
          : undefined
      }
      testId="stalled-deals"
      actions={
        read && settings && total > 0 ? (
          <ExportCsvButton
            testId="export-stalled"
            fileName={fileName}
            header={header}
            rows={async () => {
              const all = await collectStalledDeals(db, view.agentIds, settings, view.now);
              return (await readStalledLeads(db, [...all.keys()], settings, view.now)).map(row);
            }}
          />
        ) : undefined
      }
    >
      {!read ? (
        <LinearProgress aria-label={t('insightStages.loading')} />
      ) : deals.length === 0 ? (
        <Typography color="text.secondary" data-testid="stalled-empty">
          {t('insightStages.stalledEmpty')}
        </Typography>
      ) : (
        <Stack spacing={1.5}>
          {done && (
            <Alert
              severity="success"
              data-testid="stalled-reassigned"
              onClose={() => setDone(null)}
            >
              {done}
            </Alert>
          )}
          <Box sx={{ overflowX: 'auto', maxHeight: 480 }}>
            <Table size="small" stickyHeader data-testid="stalled-table">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={pageAll}
                      indeterminate={selectedCount > 0 && !pageAll}
                      onChange={() =>
                        setSelection(
                          pageAll
                            ? NONE
                            : { all: false, ids: new Set(deals.map((d) => d.lead.id)) },
                        )
                      }
                      slotProps={{ input: { 'aria-label': t('insightStages.selectAll') } }}
                    />
                  </TableCell>
                  {header.map((h) => (
                    <TableCell key={h}>{h}</TableCell>
                  ))}
                  <TableCell>
                    <Box component="span" sx={visuallyHidden}>
                      {t('insightStages.open')}
                    </Box>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {deals.map((d) => {
                  const name = d.lead.name || d.lead.company || d.lead.phoneE164 || d.lead.id;
                  return (
                    <TableRow
                      key={d.lead.id}
                      hover
                      selected={isSelected(d.lead.id)}
                      data-testid="stalled-row"
                      data-lead={d.lead.id}
                      data-kind={d.reason.kind}
                      data-stage={d.reason.stage}
                      data-owner={d.lead.ownerId ?? ''}
                    >
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={isSelected(d.lead.id)}
                          onChange={() => toggle(d.lead.id)}
                          slotProps={{
                            input: {
                              'aria-label': t('insightStages.select', { name }),
                            },
                          }}
                        />
                      </TableCell>
                      <TableCell>
                        <LeadLink leadId={d.lead.id}>
                          <bdi>{name}</bdi>
                        </LeadLink>
                        {d.lead.name && d.lead.company && (
                          <Typography variant="caption" color="text.secondary" component="div">
                            <bdi>{d.lead.company}</bdi>
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell data-testid="stalled-owner">
                        <bdi>{repName.get(d.lead.ownerId ?? '') ?? '—'}</bdi>
                      </TableCell>
                      <TableCell>{t(`stage.${d.reason.stage}`)}</TableCell>
                      <TableCell>{why(d)}</TableCell>
                      <TableCell>{format.date(d.reason.since, view.timeZone)}</TableCell>
                      <TableCell>
                        <Button
                          size="small"
                          startIcon={<OpenInNewIcon />}
                          href={hashWithLead(window.location.hash, d.lead.id)}
                          onClick={(e) => {
                            e.preventDefault();
                            window.location.hash = hashWithLead(window.location.hash, d.lead.id);
                          }}
                          aria-label={t('insightStages.openLead', { name })}
                          data-testid="stalled-open"
                        >
                          {t('insightStages.open')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
          {deals.length < total && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" color="text.secondary" data-testid="stalled-shown">
                {t('insightStages.stalledShown', { shown: format.number(deals.length) })}
              </Typography>
              <Button
                size="small"
                onClick={() => setShown((n) => n + STALLED_PAGE)}
                data-testid="stalled-more"
              >
                {t('insightStages.showMore', {
                  n: format.number(Math.min(STALLED_PAGE, total - deals.length)),
                })}
              </Button>
            </Stack>
          )}
          <SelectionBanner
            total={total}
            pageCount={deals.length}
            selectedCount={selectedCount}
            pageAll={pageAll}
            allMatching={allStalled}
            collecting={collecting}
            onSelectAllMatching={() => setSelection({ all: true, ids: new Set() })}
            onClear={() => setSelection(NONE)}
          />
          <ReassignBar
            targets={targets}
            onTargetsChange={setTargets}
            selectedCount={selectedCount}
            collecting={collecting}
            onReassign={() => void openReassign()}
          />
        </Stack>
      )}
      <ReassignDialog
        request={request}
        onClose={() => setRequest(null)}
        onDone={(r) => {
          setRequest(null);
          setSelection(NONE);
          setDone(doneMessage(r));
        }}
      />
    </DashboardCard>
  );
}

type Selection = { all: boolean; ids: ReadonlySet<LeadId> };
const NONE: Selection = { all: false, ids: new Set() };

const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: 1,
  margin: -1,
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: 1,
} as const;
