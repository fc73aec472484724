import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Distributions as DistributionsData, HistogramBin } from '../../../api/kpi';
import type { HistogramBar } from '../../../components/charts/HistogramChart';
import { HistogramChart } from '../../../components/charts/LazyCharts';
import { formatNumber } from '../../../format';

/** A bin edge in its unit: seconds below a minute, minutes from there ("1.5"). */
function edge(seconds: number): { readonly value: string; readonly unit: 's' | 'min' } {
  return seconds < 60
    ? { value: formatNumber(seconds, 0), unit: 's' }
    : { value: formatNumber(seconds / 60, 1), unit: 'min' };
}

/** "0–10 s", "2–3 min", "45 s – 1 min", "≥ 10 min": a bin as a person says it. */
function binLabel({ from, to }: HistogramBin): string {
  const low = edge(from);
  if (to === null) return `≥ ${low.value} ${low.unit}`;
  const high = edge(to);
  return low.unit === high.unit
    ? `${low.value}–${high.value} ${high.unit}`
    : `${low.value} ${low.unit} – ${high.value} ${high.unit}`;
}

function bars(bins: readonly HistogramBin[]): HistogramBar[] {
  return bins.map((b) => ({ bin: binLabel(b), count: b.count }));
}

interface DistributionsProps {
  readonly data: DistributionsData;
}

/** How long answered customers waited, and how long their contacts took: the spread behind ASA and AHT. */
export function Distributions({ data }: DistributionsProps) {
  const { t } = useTranslation();
  const charts = [
    { key: 'wait', title: t('dashboards.distributions.wait'), bins: data.wait, color: 'indigo.6' },
    { key: 'handle', title: t('dashboards.distributions.handle'), bins: data.handle, color: 'cyan.7' },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {charts.map((c) => (
        <Stack key={c.key} gap={4}>
          <Title order={3} size="h6">
            {c.title}
          </Title>
          {c.bins.some((b) => b.count > 0) ? (
            <HistogramChart
              bars={bars(c.bins)}
              seriesLabel={t('dashboards.distributions.contacts')}
              color={c.color}
              valueFormatter={(v) => formatNumber(v, 0)}
              label={c.title}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('dashboards.distributions.none')}
            </Text>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
