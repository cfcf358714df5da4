// Deals stalled beyond their stage's threshold in the scope: how many, and the longest-waiting
// ones a page at a time ("show more"). A click on the name opens the lead; the selected ones —
// or, as in the lists, every stalled deal at once — move to another rep with the lists' own
// reassign bar and confirmation (reassignLeads); the export holds every stalled deal.
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
  const [selected, setSelected] = useState<ReadonlySet<LeadId>>(new Set());
  const [targets, setTargets] = useState<AssignTarget[]>([]);
  const [request, setRequest] = useState<ReassignRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneMessage = useReassignDoneMessage();
  const repName = useMemo(
    () => new Map(view.scope.users.map((u) => [u.id as string, u.displayName])),
    [view.scope.users],
  );
  const deals = read?.deals ?? [];
  const total = read?.all.size ?? 0;
  // The selection keeps only deals still stalled (a reassigned or moved one leaves it).
  const chosen = [...selected].filter((id) => read?.all.has(id));
  const pageAll = deals.length > 0 && deals.every((d) => selected.has(d.lead.id));
  const allStalled = total > 0 && chosen.length === total;
  const why = (d: StalledDeal) =>
    d.reason.kind === 'meetingOverdue'
      ? t('insightStages.meetingOverdue', {
          count: d.reason.days,
          n: format.number(d.reason.days),
        })
      : t('insightStages.inStageFor', { count: d.reason.days, n: format.number(d.reason.days) });
  const toggle = (id: LeadId) =>
    setSelected((s) => {
      const next = new Set([...s].filter((x) => read?.all.has(x)));
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
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

  const openReassign = () => {
    // Every stalled deal is one of its owner's (the reads go by owner).
    const from = new Map<string, number>();
    for (const id of chosen) {
      const owner = read?.all.get(id) ?? 'none';
      from.set(owner, (from.get(owner) ?? 0) + 1);
    }
    setDone(null);
    setRequest({
      ids: chosen,
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
            rows={async () =>
              (await readStalledLeads(db, [...read.all.keys()], settings, view.now)).map(row)
            }
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
                      indeterminate={chosen.length > 0 && !pageAll}
                      onChange={() =>
                        setSelected(pageAll ? new Set() : new Set(deals.map((d) => d.lead.id)))
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
                      selected={selected.has(d.lead.id)}
                      data-testid="stalled-row"
                      data-lead={d.lead.id}
                      data-kind={d.reason.kind}
                      data-stage={d.reason.stage}
                      data-owner={d.lead.ownerId ?? ''}
                    >
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={selected.has(d.lead.id)}
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
            selectedCount={chosen.length}
            pageAll={pageAll}
            allMatching={allStalled}
            collecting={false}
            onSelectAllMatching={() => setSelected(new Set(read.all.keys()))}
            onClear={() => setSelected(new Set())}
          />
          <ReassignBar
            targets={targets}
            onTargetsChange={setTargets}
            selectedCount={chosen.length}
            collecting={false}
            onReassign={openReassign}
          />
        </Stack>
      )}
      <ReassignDialog
        request={request}
        onClose={() => setRequest(null)}
        onDone={(r) => {
          setRequest(null);
          setSelected(new Set());
          setDone(doneMessage(r));
        }}
      />
    </DashboardCard>
  );
}

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
