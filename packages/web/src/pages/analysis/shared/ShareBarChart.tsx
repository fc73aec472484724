import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { formatPercent } from '../../../format';

export interface ShareSeries {
  /** the data key (an id: names may hold dots, which recharts reads as paths) */
  readonly name: string;
  readonly label: string;
  readonly color: string;
}

interface ShareBarChartProps {
  /** one row per category: `category` (its label) and a share 0..1 per series, null for none */
  readonly data: readonly Record<string, string | number | null>[];
  readonly series: readonly ShareSeries[];
  /** what the chart shows, for screen readers (its figures are in the table beside it) */
  readonly label: string;
  readonly height: number;
}

/** Shares of calls as horizontal bars, one group of bars per category, one bar per series. */
export function ShareBarChart({ data, series, label, height }: ShareBarChartProps) {
  return (
    <Box component="figure" m={0} aria-label={label}>
      <BarChart
        h={height}
        data={data.map((d) => ({ ...d }))}
        dataKey="category"
        orientation="vertical"
        series={series.map((s) => ({ ...s }))}
        valueFormatter={(v) => formatPercent(v, 1)}
        xAxisProps={{ domain: [0, 1] }}
        yAxisProps={{ width: 220 }}
        withLegend={series.length > 1}
        legendProps={{ verticalAlign: 'bottom' }}
        tooltipAnimationDuration={0}
        barProps={{ isAnimationActive: false }}
        gridAxis="x"
      />
    </Box>
  );
}
