import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';

export type CallsChartProps = {
  rows: readonly { name: string; calls: number; target: number }[];
  callsLabel: string;
  targetLabel: string;
};

/** Calls per agent today against target; in Arabic the bars grow from the right, names on the right. */
export function CallsChart({ rows, callsLabel, targetLabel }: CallsChartProps) {
  const theme = useTheme();
  const rtl = theme.direction === 'rtl';
  return (
    <BarChart
      height={Math.max(160, rows.length * 44 + 60)}
      layout="horizontal"
      dataset={rows.map((r) => ({ ...r }))}
      yAxis={[{ scaleType: 'band', dataKey: 'name', position: rtl ? 'right' : 'left', width: 140 }]}
      xAxis={[{ reverse: rtl }]}
      series={[
        { dataKey: 'calls', label: callsLabel, color: theme.palette.primary.main },
        { dataKey: 'target', label: targetLabel, color: theme.palette.grey[300] },
      ]}
    />
  );
}
