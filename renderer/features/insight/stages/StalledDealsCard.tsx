// Deals stalled beyond their stage's threshold in the scope, longest-waiting first: a click on
// the name opens the lead, the selected ones move to another rep with the lists' own reassign bar
// and confirmation (reassignLeads).
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
import { ownerKey, type AssignTarget } from '../../../../shared/domain/assignment';
import type { LeadId } from '../../../../shared/domain/ids';
import type { PipelineInsight } from '../../../../shared/domain/insight/pipeline-settings';
import { useFormat } from '../../../i18n/use-format';
import { LeadLink } from '../../leads/LeadLink';
import { hashWithLead } from '../../leads/lead-route';
import { ReassignBar } from '../../lists/components/ReassignBar';
import { ReassignDialog, type ReassignRequest } from '../../lists/components/ReassignDialog';
import { useReassignDoneMessage } from '../../lists/hooks/use-reassign-done-message';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { useInsightView } from '../insight-context';
import { STALLED_PER_STAGE, useStalledDeals, type StalledDeal } from './use-stalled-deals';

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
  const read = useStalledDeals(view.agentIds, settings, view.now);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [targets, setTargets] = useState<AssignTarget[]>([]);
  const [request, setRequest] = useState<ReassignRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneMessage = useReassignDoneMessage();
  const repName = useMemo(
    () => new Map(view.scope.users.map((u) => [u.id as string, u.displayName])),
    [view.scope.users],
  );
  const deals = read?.deals ?? [];
  const shown = new Set(deals.map((d) => d.lead.id as string));
  const chosen = deals.filter((d) => selected.has(d.lead.id));
  const why = (d: StalledDeal) =>
    d.reason.kind === 'meetingOverdue'
      ? t('insightStages.meetingOverdue', {
          count: d.reason.days,
          n: format.number(d.reason.days),
        })
      : t('insightStages.inStageFor', { count: d.reason.days, n: format.number(d.reason.days) });
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set([...s].filter((x) => shown.has(x)));
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allChosen = deals.length > 0 && chosen.length === deals.length;
  const header = [
    t('insightStages.lead'),
    t('insightStages.owner'),
    t('insightStages.stage'),
    t('insightStages.why'),
    t('insightStages.since'),
  ];

  const openReassign = () => {
    const from = new Map<string, number>();
    for (const d of chosen) {
      const k = ownerKey(d.lead);
      from.set(k, (from.get(k) ?? 0) + 1);
    }
    setDone(null);
    setRequest({
      ids: chosen.map((d) => d.lead.id as LeadId),
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
          ? t('insightStages.stalledCount', { count: deals.length, n: format.number(deals.length) })
          : undefined
      }
      testId="stalled-deals"
      actions={
        deals.length > 0 ? (
          <ExportCsvButton
            testId="export-stalled"
            fileName={fileName}
            header={header}
            rows={() =>
              deals.map((d) => [
                d.lead.name || d.lead.company,
                repName.get(d.lead.ownerId ?? '') ?? '',
                t(`stage.${d.reason.stage}`),
                why(d),
                new Date(d.reason.since).toISOString(),
              ])
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
          {read.truncated && (
            <Alert severity="info">
              {t('insightStages.truncated', { n: format.number(STALLED_PER_STAGE) })}
            </Alert>
          )}
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
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      onChange={() =>
                        setSelected(allChosen ? new Set() : new Set(deals.map((d) => d.lead.id)))
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
