// The funnel per list, source or tracking number: bars for the busiest rows, the whole table with
// conversion between steps and, for lists, what the list cost (editable in place), cost per lead,
// per sale and return; all of it exportable to CSV.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ListCosts } from '../../../../shared/domain/list-costs';
import {
  funnelRates,
  type Money,
  type SourceGroup,
  type SourceRow,
} from '../../../../shared/domain/insight/sources';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';
import { ListCostCell } from './ListCostCell';

const BarsChart = lazy(() =>
  import('../../supervisor/dashboard/BarsChart').then((m) => ({ default: m.BarsChart })),
);

/** The name column stays in view while the figures scroll sideways; long names are cut. */
const NAME_CELL = {
  position: 'sticky',
  insetInlineStart: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  whiteSpace: 'nowrap',
  maxWidth: 240,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
} as const;

/** Rows drawn as bars; the table lists them all. */
const CHART_ROWS = 8;

export type SourceFunnelCardProps = {
  group: SourceGroup;
  rows: readonly SourceRow[];
  costs: ListCosts;
  currency: string;
  fileName: string;
};

export function SourceFunnelCard({
  group,
  rows,
  costs,
  currency,
  fileName,
}: SourceFunnelCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = group === 'list';
  const nameOf = (r: SourceRow) => r.key || t(`insightSources.none.${group}`);
  const pct = (r: number | null) => (r === null ? '' : format.percent(r));
  const money = (m: Money) =>
    Object.entries(m)
      .map(([c, v]) => format.currency(v, c))
      .join(' + ');
  const cost = (v: number | null, c: string | undefined) =>
    v === null || !c ? '' : format.currency(v, c);

  const header = [
    t(`insightSources.group.${group}`),
    ...(lists ? [t('insightSources.col.leads')] : []),
    t('insightSources.col.calls'),
    t('insightSources.col.conversations'),
    t('insightSources.col.qualified'),
    t('insightSources.col.meetings'),
    t('insightSources.col.proposals'),
    t('insightSources.col.won'),
    t('insightSources.col.contactRate'),
    t('insightSources.col.meetingRate'),
    t('insightSources.col.closeRate'),
    t(lists ? 'insightSources.col.overallPerLead' : 'insightSources.col.overallPerConversation'),
    t('insightSources.col.revenue'),
    ...(lists
      ? [
          t('insightSources.col.cost'),
          t('insightSources.col.costPerLead'),
          t('insightSources.col.costPerSale'),
          t('insightSources.col.return'),
        ]
      : []),
  ];
  const ratio = (r: number | null) => (r === null ? '' : Math.round(r * 1000) / 10);
  const csvRows = () =>
    rows.map((r) => {
      const k = funnelRates(r);
      return [
        nameOf(r),
        ...(lists ? [r.leads ?? 0] : []),
        r.calls,
        r.conversations,
        r.qualified,
        r.meetings,
        r.proposals,
        r.won,
        ratio(k.contact),
        ratio(k.meeting),
        ratio(k.close),
        ratio(k.overall),
        Object.entries(r.revenue)
          .map(([c, v]) => `${v} ${c}`)
          .join(' + '),
        ...(lists
          ? [
              r.cost ? `${r.cost.amount} ${r.cost.currency}` : '',
              r.costPerLead === null ? '' : Math.round(r.costPerLead * 100) / 100,
              r.costPerSale === null ? '' : Math.round(r.costPerSale * 100) / 100,
              r.returnOnCost === null ? '' : Math.round(r.returnOnCost * 100) / 100,
            ]
          : []),
      ];
    });

  const charted = rows.filter((r) => r.calls + r.meetings + r.won > 0).slice(0, CHART_ROWS);
  return (
    <DashboardCard
      title={t(`insightSources.funnel.title.${group}`)}
      subtitle={t(lists ? 'insightSources.funnel.subtitleLists' : 'insightSources.funnel.subtitle')}
      testId="sources-funnel"
      actions={
        <ExportCsvButton
          testId="export-sources-funnel"
          fileName={fileName}
          header={header}
          rows={csvRows}
        />
      }
    >
      {charted.length > 0 && (
        <Suspense fallback={<LinearProgress />}>
          <BarsChart
            layout="horizontal"
            categories={charted.map(nameOf)}
            series={[
              {
                label: t('insightSources.col.conversations'),
                data: charted.map((r) => r.conversations),
                tone: 'muted',
              },
              {
                label: t('insightSources.col.meetings'),
                data: charted.map((r) => r.meetings),
                tone: 'primary',
              },
              {
                label: t('insightSources.col.won'),
                data: charted.map((r) => r.won),
                tone: 'success',
              },
            ]}
            valueFormatter={format.number}
            height={Math.max(200, charted.length * 64 + 80)}
          />
        </Suspense>
      )}
      <TableContainer sx={{ mt: 1 }}>
        <Table
          size="small"
          data-testid="sources-funnel-table"
          aria-label={t(`insightSources.funnel.title.${group}`)}
        >
          <TableHead>
            <TableRow>
              {header.map((h, i) => (
                <TableCell
                  key={h}
                  align={i === 0 ? 'left' : 'right'}
                  sx={i === 0 ? { ...NAME_CELL, zIndex: 2 } : { whiteSpace: 'nowrap' }}
                >
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => {
              const k = funnelRates(r);
              const num = (n: number) => format.number(n);
              return (
                <TableRow key={r.key} data-testid="sources-row" data-key={r.key}>
                  <TableCell component="th" scope="row" sx={NAME_CELL} title={nameOf(r)}>
                    {r.key ? (
                      <bdi dir={group === 'did' ? 'ltr' : undefined}>{r.key}</bdi>
                    ) : (
                      <Typography variant="body2" component="span" color="text.secondary">
                        {nameOf(r)}
                      </Typography>
                    )}
                  </TableCell>
                  {lists && <TableCell align="right">{num(r.leads ?? 0)}</TableCell>}
                  <TableCell align="right">{num(r.calls)}</TableCell>
                  <TableCell align="right">{num(r.conversations)}</TableCell>
                  <TableCell align="right">{num(r.qualified)}</TableCell>
                  <TableCell align="right">{num(r.meetings)}</TableCell>
                  <TableCell align="right">{num(r.proposals)}</TableCell>
                  <TableCell align="right" data-testid="sources-won">
                    {num(r.won)}
                  </TableCell>
                  <TableCell align="right">{pct(k.contact)}</TableCell>
                  <TableCell align="right">{pct(k.meeting)}</TableCell>
                  <TableCell align="right">{pct(k.close)}</TableCell>
                  <TableCell align="right">{pct(k.overall)}</TableCell>
                  <TableCell
                    align="right"
                    sx={{ whiteSpace: 'nowrap' }}
                    data-testid="sources-revenue"
                  >
                    {money(r.revenue)}
                  </TableCell>
                  {lists && (
                    <>
                      <TableCell
                        align="right"
                        sx={{ whiteSpace: 'nowrap' }}
                        data-testid="sources-cost"
                      >
                        {r.key ? (
                          <ListCostCell list={r.key} costs={costs} currency={currency} />
                        ) : null}
                      </TableCell>
                      <TableCell align="right" data-testid="sources-cost-per-lead">
                        {cost(r.costPerLead, r.cost?.currency)}
                      </TableCell>
                      <TableCell align="right" data-testid="sources-cost-per-sale">
                        {cost(r.costPerSale, r.cost?.currency)}
                      </TableCell>
                      <TableCell align="right" data-testid="sources-return">
                        {r.returnOnCost === null ? '' : pct(r.returnOnCost)}
                      </TableCell>
                    </>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </DashboardCard>
  );
}
