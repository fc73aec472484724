import '@mantine/charts/styles.css';
import { type ChartReferenceLineProps, LineChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import { TARGET_COLOR } from './seriesColors';

export interface TrendSeries {
  /** the data key (an id: names may hold dots, which recharts reads as paths) */
  readonly name: string;
  readonly label: string;
  readonly color: string;
}

export interface TargetLine {
  readonly value: number;
  readonly label: string;
}

interface TrendChartProps {
  /** one point per bucket: `bucket` (its label) and a value per series, null for none */
  readonly data: readonly Record<string, string | number | null>[];
  readonly series: readonly TrendSeries[];
  readonly targets: readonly TargetLine[];
  readonly valueFormatter: (value: number) => string;
  /** e.g. [0, 1] for rates, so that 80 % does not look like 0 on a zoomed axis */
  readonly domain?: readonly [number, number];
  /** what the chart shows, for screen readers (its data is in the tables and exports) */
  readonly label: string;
  readonly height?: number;
}

/** Lines over time with their target lines, dashed; gaps where a bucket has no figure. */
export function TrendChart({
  data,
  series,
  targets,
  valueFormatter,
  domain,
  label,
  height = 260,
}: TrendChartProps) {
  const referenceLines: ChartReferenceLineProps[] = targets.map((target) => ({
    y: target.value,
    label: target.label,
    color: TARGET_COLOR,
    strokeDasharray: '6 4',
    labelPosition: 'insideTopRight',
  }));
  if (data.length === 0) return null;
  return (
    <Box component="figure" m={0} aria-label={label}>
      <LineChart
        h={height}
        data={[...data]}
        dataKey="bucket"
        series={series.map((s) => ({ ...s }))}
        referenceLines={referenceLines}
        valueFormatter={valueFormatter}
        yAxisProps={domain ? { domain: [...domain] } : undefined}
        withLegend={series.length > 1}
        // in the order given (the table's), not recharts' default alphabetical order of data keys
        legendProps={{
          verticalAlign: 'bottom',
          itemSorter: (item) => series.findIndex((s) => s.name === String(item.dataKey)),
        }}
        curveType="linear"
        withDots={data.length <= 31}
        tooltipAnimationDuration={0}
      />
    </Box>
  );
}
