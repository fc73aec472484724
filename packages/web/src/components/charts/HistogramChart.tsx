import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';

export interface HistogramBar {
  /** e.g. "20–30 s" */
  readonly bin: string;
  readonly count: number;
}

interface HistogramChartProps {
  readonly bars: readonly HistogramBar[];
  /** names the bars in the tooltip, e.g. "Contacts" */
  readonly seriesLabel: string;
  readonly color: string;
  readonly valueFormatter: (value: number) => string;
  /** what the chart shows, for screen readers */
  readonly label: string;
  readonly height?: number;
}

/** A distribution: one bar per bin, in order. */
export function HistogramChart({
  bars,
  seriesLabel,
  color,
  valueFormatter,
  label,
  height = 220,
}: HistogramChartProps) {
  return (
    <Box component="figure" m={0} aria-label={label}>
      <BarChart
        h={height}
        data={bars.map((b) => ({ ...b }))}
        dataKey="bin"
        series={[{ name: 'count', label: seriesLabel, color }]}
        valueFormatter={valueFormatter}
        tooltipAnimationDuration={0}
        barProps={{ isAnimationActive: false }}
      />
    </Box>
  );
}
