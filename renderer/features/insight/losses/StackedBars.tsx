// Stacked (or side-by-side) bars for the loss and objection charts: one series per reason or
// outcome, coloured from the theme. In Arabic the chart is mirrored as the text around it reads.
import { useTheme, type Theme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';

export type StackedBarsProps = {
  categories: readonly string[];
  series: readonly { key: string; label: string; data: readonly number[] }[];
  layout: 'horizontal' | 'vertical';
  /** Stack the series (reasons over time) or put them side by side (with/without a card). */
  stacked?: boolean;
  valueFormatter: (value: number) => string;
  /** Fixed value range (0…1 for rates). */
  max?: number;
  height?: number;
  testId: string;
};

/** Distinct theme colours for up to a dozen series, then around again. */
export function seriesColours(theme: Theme): string[] {
  const p = theme.palette;
  return [
    p.primary.main,
    p.warning.main,
    p.error.main,
    p.success.main,
    p.info.main,
    p.secondary.main,
    p.primary.light,
    p.warning.dark,
    p.error.light,
    p.success.dark,
    p.info.dark,
    p.grey[500],
  ];
}

export function StackedBars({
  categories,
  series,
  layout,
  stacked = true,
  valueFormatter,
  max,
  height,
  testId,
}: StackedBarsProps) {
  const theme = useTheme();
  const rtl = theme.direction === 'rtl';
  const colours = seriesColours(theme);
  const band = { scaleType: 'band' as const, data: [...categories] };
  const chartSeries = series.map((s, i) => ({
    id: s.key,
    label: s.label,
    data: [...s.data],
    color: colours[i % colours.length],
    ...(stacked ? { stack: 'all' } : {}),
    valueFormatter: (v: number | null) => (v === null ? '' : valueFormatter(v)),
  }));
  // Counts tick in whole numbers; rates run 0…100 %.
  const value = {
    valueFormatter: (v: number) => valueFormatter(v),
    ...(max ? { min: 0, max } : { tickMinStep: 1 }),
  };
  // A single series needs no legend: the card's title says what the bars are.
  const hideLegend = series.length < 2;
  return (
    <div data-testid={testId}>
      {layout === 'horizontal' ? (
        <BarChart
          height={height ?? Math.max(200, categories.length * (stacked ? 36 : 52) + 90)}
          layout="horizontal"
          hideLegend={hideLegend}
          yAxis={[{ ...band, position: rtl ? 'right' : 'left', width: 150 }]}
          xAxis={[{ ...value, reverse: rtl }]}
          series={chartSeries}
        />
      ) : (
        <BarChart
          height={height ?? 280}
          hideLegend={hideLegend}
          xAxis={[{ ...band, reverse: rtl }]}
          yAxis={[{ ...value, position: rtl ? 'right' : 'left', width: 56 }]}
          series={chartSeries}
        />
      )}
    </div>
  );
}
