import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../format';
import type { HeatBin } from './heatmapScale';

/** The colour scale, each colour with the range it stands for. */
export function HeatmapLegend({ bins }: { readonly bins: readonly HeatBin[] }) {
  const { t } = useTranslation();
  const range = (b: HeatBin) =>
    b.max === null
      ? `≥ ${formatPercent(b.min)}`
      : b.min === 0
        ? `< ${formatPercent(b.max)}`
        : `${formatPercent(b.min)} – ${formatPercent(b.max)}`;
  return (
    <Group
      gap="md"
      wrap="wrap"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('dashboards.heatmap.legend')}
    >
      {bins.map((b) => (
        <Group key={b.min} gap={6} component="li" wrap="nowrap">
          <Box w={14} h={14} bg={b.color} style={{ borderRadius: 3 }} aria-hidden />
          <Text size="xs">{range(b)}</Text>
        </Group>
      ))}
      <Group gap={6} component="li" wrap="nowrap">
        <Box
          w={14}
          h={14}
          bg="gray.1"
          style={{ borderRadius: 3, border: '1px solid var(--mantine-color-gray-3)' }}
          aria-hidden
        />
        <Text size="xs">{t('dashboards.heatmap.noContact')}</Text>
      </Group>
    </Group>
  );
}
