import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { DimensionComparison } from '../../../api/samples';
import { seriesColor } from '../../../components/charts/seriesColors';
import { formatNumber } from '../../../format';
import { formatPValue } from '../../analysis/shared/figures';
import { ShareBarChart } from '../../analysis/shared/LazyShareBarChart';
import { dimensionValue, orderedRows } from '../shared/dimensionLabels';
import type { Names } from '../shared/useNames';
import { DimensionTable } from './DimensionTable';

interface DimensionChartProps {
  readonly comparison: DimensionComparison;
  readonly names: Names;
}

/** One dimension (vendor, site, agent, hour, duration): population share vs sample share, and its test. */
export function DimensionChart({ comparison: c, names }: DimensionChartProps) {
  const { t } = useTranslation();
  const [figures, { toggle }] = useDisclosure(false);
  const dimension = t(`samples.dimensions.${c.dimension}`);
  const data = orderedRows(c).map((row) => ({
    category: dimensionValue(t, c.dimension, row.value, names),
    population: row.populationShare,
    sample: row.sampleShare,
  }));
  const titleId = `dimension-${c.dimension}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={titleId} data-testid={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {dimension}
          </Title>
          <Badge color={c.representative ? 'teal' : 'yellow'} variant="light">
            {c.representative
              ? t('samples.representative.dimensionYes')
              : t('samples.representative.dimensionNo')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" data-testid="p-value">
          {c.pValue === null
            ? t('samples.representative.noTest')
            : t('samples.representative.test', {
                chi: formatNumber(c.chiSquare, 2),
                df: c.degreesOfFreedom,
                p: formatPValue(c.pValue),
              })}
        </Text>
        <ShareBarChart
          data={data}
          series={[
            { name: 'population', label: t('samples.representative.populationShare'), color: 'gray.5' },
            { name: 'sample', label: t('samples.representative.sampleShare'), color: seriesColor(0) },
          ]}
          label={t('samples.representative.chart', { dimension })}
          height={Math.max(140, data.length * 44 + 70)}
        />
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggle}
          aria-expanded={figures}
          style={{ alignSelf: 'flex-start' }}
        >
          {figures ? t('samples.representative.hideFigures') : t('samples.representative.showFigures')}
        </Button>
        {figures ? <DimensionTable comparison={c} names={names} /> : null}
      </Stack>
    </Paper>
  );
}
