import { Box } from '@mantine/core';
import type { Proportion } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatInterval, formatShare } from '../../analysis/shared/figures';

const clamp = (v: number) => `${Math.max(0, Math.min(1, v)) * 100}%`;

/**
 * A share of calls as a bar, its 95 % interval as a frame over it: how much, and how sure. Named
 * for screen readers with the same figures.
 */
export function ShareBar({
  share,
  color = 'blue',
  width = '100%',
}: {
  readonly share: Proportion;
  readonly color?: string;
  readonly width?: number | string;
}) {
  const { t } = useTranslation();
  const label = t('reports.finding.shareBar', {
    value: formatShare(share.value),
    interval: formatInterval(share.interval),
  });
  return (
    <Box
      role="img"
      aria-label={label}
      pos="relative"
      h={10}
      w={width}
      my={6}
      bg="var(--mantine-color-default-border)"
      style={{ borderRadius: 3 }}
    >
      {share.value !== null ? (
        <Box
          pos="absolute"
          left={0}
          top={0}
          bottom={0}
          w={clamp(share.value)}
          bg={`var(--mantine-color-${color}-5)`}
          style={{ borderRadius: 3 }}
        />
      ) : null}
      {share.interval ? (
        <Box
          pos="absolute"
          top={-3}
          bottom={-3}
          left={clamp(share.interval.low)}
          w={clamp(share.interval.high - share.interval.low)}
          style={{ border: '1.5px solid var(--mantine-color-text)', borderRadius: 2, opacity: 0.7 }}
        />
      ) : null}
    </Box>
  );
}
