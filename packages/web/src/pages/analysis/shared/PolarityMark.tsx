import { ThemeIcon, Tooltip } from '@mantine/core';
import { IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A good practice (to spread) or a bad one (to reduce), with its name for screen readers. */
export function PolarityMark({ polarity }: { readonly polarity: 'good' | 'bad' | null | undefined }) {
  const { t } = useTranslation();
  if (!polarity) return null;
  const label = t(`analysis.polarity.${polarity}`);
  return (
    <Tooltip label={label} withArrow>
      <ThemeIcon
        size="sm"
        radius="xl"
        variant="light"
        color={polarity === 'good' ? 'teal' : 'red'}
        role="img"
        aria-label={label}
        data-polarity={polarity}
      >
        {polarity === 'good' ? (
          <IconThumbUp size={14} aria-hidden />
        ) : (
          <IconThumbDown size={14} aria-hidden />
        )}
      </ThemeIcon>
    </Tooltip>
  );
}
