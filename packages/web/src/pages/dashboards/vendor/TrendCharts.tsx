import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { TargetKpi } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { KpiRow } from '../../../api/kpi';
import { TrendChart } from '../../../components/charts/LazyCharts';
import { seriesColor } from '../../../components/charts/seriesColors';
import { formatFigure, formatTarget, TARGET_KIND } from '../figures/kpiFormat';
import { pivotTrend } from '../figures/trend';

/** The four figures a contract steers on most, over time. */
const TREND_KPIS: readonly TargetKpi[] = ['serviceLevel', 'answerRate', 'ahtSeconds', 'fcr'];

interface TrendChartsProps {
  /** the vendor's summary by day or week */
  readonly rows: readonly KpiRow[];
  readonly bucket: 'day' | 'week';
  /** the vendor's row over the period, whose targets the lines are drawn at */
  readonly overall: KpiRow;
}

export function TrendCharts({ rows, bucket, overall }: TrendChartsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {TREND_KPIS.map((kpi, i) => {
        const kind = TARGET_KIND[kpi];
        const target = overall.targets?.[kpi]?.target;
        const kpiName = t(`dashboards.kpi.${kpi}`);
        const name = kind === 'seconds' ? t('dashboards.inSeconds', { name: kpiName }) : kpiName;
        const format = (v: number) => `${formatFigure(kind, v)}${kind === 'seconds' ? ' s' : ''}`;
        return (
          <Stack key={kpi} gap={4}>
            <Title order={3} size="h6">
              {name}
            </Title>
            <TrendChart
              data={pivotTrend(
                t,
                rows,
                bucket,
                () => kpi,
                (r) => r[kpi],
              )}
              series={[{ name: kpi, label: name, color: seriesColor(i) }]}
              targets={
                target === undefined
                  ? []
                  : [
                      {
                        value: target,
                        label: t('dashboards.chart.target', { target: formatTarget(kpi, target) }),
                      },
                    ]
              }
              valueFormatter={format}
              domain={kind === 'rate' ? [0, 1] : undefined}
              label={t('dashboards.chart.trendOf', { name })}
              height={220}
            />
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
