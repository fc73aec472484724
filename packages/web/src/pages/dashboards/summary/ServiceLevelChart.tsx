import { useTranslation } from 'react-i18next';
import type { KpiRow } from '../../../api/kpi';
import { TrendChart } from '../../../components/charts/LazyCharts';
import { seriesColor } from '../../../components/charts/seriesColors';
import { formatPercent } from '../../../format';
import { formatTarget } from '../figures/kpiFormat';
import { pivotTrend, targetLines } from '../figures/trend';

interface ServiceLevelChartProps {
  /** the summary by vendor and bucket */
  readonly trend: readonly KpiRow[];
  readonly bucket: 'day' | 'week';
  /** the vendors in the table's order, with their service-level target when one is in force */
  readonly vendors: readonly {
    readonly id: string;
    readonly name: string;
    readonly target: number | undefined;
  }[];
}

/** The service level of each vendor per day (or week), against the target. */
export function ServiceLevelChart({ trend, bucket, vendors }: ServiceLevelChartProps) {
  const { t } = useTranslation();
  const data = pivotTrend(
    t,
    trend,
    bucket,
    (r) => r.vendor ?? '',
    (r) => r.serviceLevel,
  );
  const targets = targetLines(vendors, (value, names) =>
    names
      ? t('dashboards.chart.targetOf', { target: formatTarget('serviceLevel', value), names })
      : t('dashboards.chart.target', { target: formatTarget('serviceLevel', value) }),
  );
  return (
    <TrendChart
      data={data}
      series={vendors.map((v, i) => ({ name: v.id, label: v.name, color: seriesColor(i) }))}
      targets={targets}
      valueFormatter={(v) => formatPercent(v)}
      domain={[0, 1]}
      label={t('dashboards.chart.slByVendor')}
      height={300}
    />
  );
}
