// Inbound against outbound calls: how many, how many reached someone, talk time, and what the
// conversations ended in (meetings booked, sales), with a CSV export.
import { useTranslation } from 'react-i18next';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { DirectionRow } from '../../../../shared/domain/insight/sources';
import { useFormat } from '../../../i18n/use-format';
import { DashboardCard } from '../../supervisor/dashboard/DashboardCard';
import { ExportCsvButton } from '../../supervisor/dashboard/ExportCsvButton';

export type CallDirectionCardProps = { rows: readonly DirectionRow[]; fileName: string };

export function CallDirectionCard({ rows, fileName }: CallDirectionCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const header = [
    t('insightSources.calls.col.direction'),
    t('insightSources.calls.col.calls'),
    t('insightSources.calls.col.conversations'),
    t('insightSources.calls.col.talkTime'),
    t('insightSources.calls.col.averageTalk'),
    t('insightSources.calls.col.meetings'),
    t('insightSources.calls.col.sales'),
    t('insightSources.calls.col.conversion'),
  ];
  return (
    <DashboardCard
      title={t('insightSources.calls.title')}
      subtitle={t('insightSources.calls.subtitle')}
      testId="sources-calls"
      actions={
        <ExportCsvButton
          testId="export-sources-calls"
          fileName={fileName}
          header={header}
          rows={() =>
            rows.map((r) => [
              t(`insightSources.calls.direction.${r.direction}`),
              r.calls,
              r.conversations,
              r.talkSec,
              r.averageTalkSec === null ? '' : Math.round(r.averageTalkSec),
              r.meetings,
              r.sales,
              r.conversion === null ? '' : Math.round(r.conversion * 1000) / 10,
            ])
          }
        />
      }
    >
      <TableContainer>
        <Table
          size="small"
          data-testid="sources-calls-table"
          aria-label={t('insightSources.calls.title')}
        >
          <TableHead>
            <TableRow>
              {header.map((h, i) => (
                <TableCell key={h} align={i === 0 ? 'left' : 'right'} sx={{ whiteSpace: 'nowrap' }}>
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow
                key={r.direction}
                data-testid="sources-calls-row"
                data-direction={r.direction}
              >
                <TableCell component="th" scope="row">
                  {t(`insightSources.calls.direction.${r.direction}`)}
                </TableCell>
                <TableCell align="right" data-testid="sources-calls-count">
                  {format.number(r.calls)}
                </TableCell>
                <TableCell align="right">{format.number(r.conversations)}</TableCell>
                <TableCell align="right">{format.clock(r.talkSec)}</TableCell>
                <TableCell align="right">
                  {r.averageTalkSec === null ? '' : format.clock(Math.round(r.averageTalkSec))}
                </TableCell>
                <TableCell align="right">{format.number(r.meetings)}</TableCell>
                <TableCell align="right">{format.number(r.sales)}</TableCell>
                <TableCell align="right">
                  {r.conversion === null ? '' : format.percent(r.conversion)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </DashboardCard>
  );
}
