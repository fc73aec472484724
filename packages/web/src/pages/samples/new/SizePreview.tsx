import { Alert } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { sampleSize } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../format';

interface SizePreviewProps {
  readonly marginPercent: number | string;
  readonly confidence: number;
}

/**
 * The size the margin asks for, computed by core as the draw will be: for a large population
 * here, since the population (and so the exact size) is only known when the sample is drawn.
 */
export function SizePreview({ marginPercent, confidence }: SizePreviewProps) {
  const { t } = useTranslation();
  const margin = Number(marginPercent) / 100;
  const valid = marginPercent !== '' && margin > 0 && margin <= 0.5 && confidence > 0.5 && confidence < 1;
  const result = valid ? sampleSize({ margin, confidence }) : null;
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconCalculator size={18} aria-hidden />}
      role="status"
      aria-live="polite"
      data-testid="size-preview"
    >
      {result
        ? t('samples.size.preview', {
            margin: formatPercent(margin, 2),
            confidence: formatPercent(confidence, 0),
            count: result.size,
            formatted: formatNumber(result.size),
          })
        : t('samples.size.previewInvalid')}
    </Alert>
  );
}
