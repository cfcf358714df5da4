import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';

export type BarsChartProps = {
  categories: readonly string[];
  series: readonly {
    label: string;
    data: readonly number[];
    tone: 'primary' | 'muted' | 'success';
  }[];
  /** Horizontal bars for ranked or funnel rows, vertical for months. */
  layout: 'horizontal' | 'vertical';
  valueFormatter: (value: number) => string;
  /** Shorter numbers on the value axis (1.2K, SAR 3K); the tooltip keeps the full value. */
  axisFormatter?: (value: number) => string;
  height?: number;
};

/**
 * Bars for the dashboard. In Arabic the chart is mirrored: months run from the right, the value
 * axis sits on the right and horizontal bars grow leftwards, as the text around them reads.
 */
export function BarsChart({
  categories,
  series,
  layout,
  valueFormatter,
  axisFormatter = valueFormatter,
  height,
}: BarsChartProps) {
  const theme = useTheme();
  const rtl = theme.direction === 'rtl';
  const colour = {
    primary: theme.palette.primary.main,
    muted: theme.palette.grey[400],
    success: theme.palette.success.main,
  };
  const band = { scaleType: 'band' as const, data: [...categories] };
  const chartSeries = series.map((s) => ({
    label: s.label,
    data: [...s.data],
    color: colour[s.tone],
    valueFormatter: (v: number | null) => (v === null ? '' : valueFormatter(v)),
  }));
  if (layout === 'horizontal')
    return (
      <BarChart
        height={height ?? Math.max(180, categories.length * 40 + 70)}
        layout="horizontal"
        yAxis={[{ ...band, position: rtl ? 'right' : 'left', width: 130 }]}
        xAxis={[{ reverse: rtl, valueFormatter: (v: number) => axisFormatter(v) }]}
        series={chartSeries}
      />
    );
  return (
    <BarChart
      height={height ?? 260}
      xAxis={[{ ...band, reverse: rtl }]}
      yAxis={[
        {
          position: rtl ? 'right' : 'left',
          width: 72,
          valueFormatter: (v: number) => axisFormatter(v),
        },
      ]}
      series={chartSeries}
    />
  );
}
