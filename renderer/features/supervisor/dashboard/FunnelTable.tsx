import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import { alpha } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { FunnelStep } from '../../../../shared/domain/kpi';
import { useFormat } from '../../../i18n/use-format';

export type FunnelTableProps = {
  steps: readonly FunnelStep[];
  /** Index of the step losing the most leads, marked as the leak. */
  leak: number | null;
  testId: string;
};

/** Funnel steps with the conversion from the step before and from the start. */
export function FunnelTable({ steps, leak, testId }: FunnelTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{t('dashboard.funnel.stage')}</TableCell>
          <TableCell align="right">{t('dashboard.funnel.leads')}</TableCell>
          <TableCell align="right">{t('dashboard.funnel.fromPrevious')}</TableCell>
          <TableCell align="right">{t('dashboard.funnel.fromStart')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {steps.map((s, i) => (
          <TableRow
            key={s.stage}
            data-stage={s.stage}
            sx={
              i === leak
                ? { bgcolor: (theme) => alpha(theme.palette.warning.main, 0.14) }
                : undefined
            }
          >
            <TableCell>
              {t(`stage.${s.stage}`)}
              {i === leak && (
                <Chip
                  size="small"
                  color="warning"
                  label={t('dashboard.funnel.leak')}
                  sx={{ marginInlineStart: 1 }}
                  data-testid="funnel-leak"
                />
              )}
            </TableCell>
            <TableCell align="right" data-col="count">
              {format.number(s.count)}
            </TableCell>
            <TableCell align="right" data-col="fromPrevious">
              {s.conversionFromPrevious === null ? '—' : format.percent(s.conversionFromPrevious)}
            </TableCell>
            <TableCell align="right" data-col="fromStart">
              {format.percent(s.conversionFromStart)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
