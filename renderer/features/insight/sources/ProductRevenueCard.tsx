// Revenue and margin per product: front-end products (sales) and back-end ones (up-sells and
// cross-sells to customers), per currency; the margin needs the product's unit cost (content
// editor). Bars for the organisation's currency, the table for all, CSV for a spreadsheet.
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
import type { ProductRow } from '../../../../shared/domain/insight/sources';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';

const BarsChart = lazy(() =>
  import('../../supervisor/dashboard/BarsChart').then((m) => ({ default: m.BarsChart })),
);

export type ProductRevenueCardProps = {
  rows: readonly ProductRow[];
  /** Product id → its name in the reader's language. */
  nameOf: (productId: string) => string;
  /** The organisation's currency: the chart shows its rows. */
  currency: string;
  fileName: string;
};

export function ProductRevenueCard({ rows, nameOf, currency, fileName }: ProductRevenueCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (r: ProductRow) =>
    r.productId ? nameOf(r.productId) : t('insightSources.products.none');
  const kind = (r: ProductRow) => t(`insightSources.products.kind.${r.kind}`);
  const header = [
    t('insightSources.products.col.product'),
    t('insightSources.products.col.kind'),
    t('insightSources.products.col.currency'),
    t('insightSources.products.col.count'),
    t('insightSources.products.col.revenue'),
    t('insightSources.products.col.average'),
    t('insightSources.products.col.cost'),
    t('insightSources.products.col.margin'),
    t('insightSources.products.col.marginRate'),
  ];
  const two = (v: number | null) => (v === null ? '' : Math.round(v * 100) / 100);
  const charted = rows.filter((r) => r.currency === currency);
  const money = (v: number | null, c: string) => (v === null ? '' : format.currency(v, c));
  return (
    <DashboardCard
      title={t('insightSources.products.title')}
      subtitle={t('insightSources.products.subtitle')}
      testId="sources-products"
      actions={
        <ExportCsvButton
          testId="export-sources-products"
          fileName={fileName}
          header={header}
          rows={() =>
            rows.map((r) => [
              label(r),
              kind(r),
              r.currency,
              r.count,
              two(r.revenue),
              two(r.average),
              two(r.cost),
              two(r.margin),
              r.marginRate === null ? '' : Math.round(r.marginRate * 1000) / 10,
            ])
          }
        />
      }
    >
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="sources-products-empty">
          {t('insightSources.products.empty')}
        </Typography>
      ) : (
        <>
          {charted.length > 0 && (
            <Suspense fallback={<LinearProgress />}>
              <BarsChart
                layout="horizontal"
                categories={charted.map((r) => `${label(r)} · ${kind(r)}`)}
                series={[
                  {
                    label: t('insightSources.products.col.revenue'),
                    data: charted.map((r) => r.revenue),
                    tone: 'primary',
                  },
                  {
                    label: t('insightSources.products.col.margin'),
                    data: charted.map((r) => r.margin ?? 0),
                    tone: 'success',
                  },
                ]}
                valueFormatter={(v) => format.currency(v, currency)}
                height={Math.max(200, charted.length * 56 + 80)}
              />
            </Suspense>
          )}
          <TableContainer sx={{ mt: 1 }}>
            <Table
              size="small"
              data-testid="sources-products-table"
              aria-label={t('insightSources.products.title')}
            >
              <TableHead>
                <TableRow>
                  {header.map((h, i) => (
                    <TableCell
                      key={h}
                      align={i < 3 ? 'left' : 'right'}
                      sx={{ whiteSpace: 'nowrap' }}
                    >
                      {h}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow
                    key={`${r.productId}|${r.kind}|${r.currency}`}
                    data-testid="sources-product-row"
                    data-product={r.productId}
                    data-kind={r.kind}
                  >
                    <TableCell component="th" scope="row">
                      {label(r)}
                    </TableCell>
                    <TableCell>{kind(r)}</TableCell>
                    <TableCell>{r.currency}</TableCell>
                    <TableCell align="right">{format.number(r.count)}</TableCell>
                    <TableCell
                      align="right"
                      sx={{ whiteSpace: 'nowrap' }}
                      data-testid="sources-product-revenue"
                    >
                      {format.currency(r.revenue, r.currency)}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {format.currency(r.average, r.currency)}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {money(r.cost, r.currency)}
                    </TableCell>
                    <TableCell
                      align="right"
                      sx={{ whiteSpace: 'nowrap' }}
                      data-testid="sources-product-margin"
                    >
                      {money(r.margin, r.currency)}
                    </TableCell>
                    <TableCell align="right">
                      {r.marginRate === null ? '' : format.percent(r.marginRate)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </DashboardCard>
  );
}
