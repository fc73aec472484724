import { useTranslation } from 'react-i18next';
import { seriesColor, TARGET_COLOR } from '../../../components/charts/seriesColors';
import { ShareBarChart } from '../../analysis/shared/LazyShareBarChart';
import type { ObjectiveView } from '../shared/objectiveViews';

/** Each objective's rate before and after beside its target, as bars (the figures are in the table). */
export function ProgressChart({ views }: { readonly views: readonly ObjectiveView[] }) {
  const { t } = useTranslation();
  const measured = views.some((v) => v.after !== null);
  // the legend lists the series by key, alphabetically: before, measured, target reads in order
  const data = views.map((v) => ({
    category: v.label,
    before: v.before?.value ?? null,
    measured: v.after?.value ?? null,
    target: v.objective.target,
  }));
  const series = [
    { name: 'before', label: t('cycles.chart.before'), color: 'gray.5' },
    ...(measured ? [{ name: 'measured', label: t('cycles.chart.after'), color: seriesColor(0) }] : []),
    { name: 'target', label: t('cycles.chart.target'), color: TARGET_COLOR },
  ];
  return (
    <div data-testid="progress-chart">
      <ShareBarChart
        // a new series is drawn after the others: the chart starts again when the measure comes
        key={measured ? 'measured' : 'baseline'}
        data={data}
        series={series}
        label={t('cycles.chart.label')}
        height={Math.max(160, views.length * series.length * 26 + 90)}
      />
    </div>
  );
}
