import { Code, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SampleDraw } from '../../../api/samples';
import { formatDateTime, formatNumber } from '../../../format';
import { Section } from '../../analysis/shared/Section';
import { Stat } from '../../analysis/shared/Stat';
import { sizeDetailText } from '../shared/planText';

/** The draw on record: who drew it and when, with which seed, from which population, how many. */
export function DrawFacts({ draw }: { readonly draw: SampleDraw }) {
  const { t } = useTranslation();
  return (
    <Section id="draw-facts" title={t('samples.draw.facts')}>
      <Stack gap="sm" data-testid="draw-facts">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Stat label={t('samples.draw.drawnBy')} hint={formatDateTime(draw.drawnAt)}>
            {draw.drawnBy}
          </Stat>
          <Stat label={t('samples.columns.seed')}>{draw.seed}</Stat>
          <Stat label={t('samples.draw.populationSize')}>
            <span data-testid="population-size">{formatNumber(draw.populationSize)}</span>
          </Stat>
          <Stat
            label={t('samples.draw.sampleSize')}
            hint={<span data-testid="size-detail">{sizeDetailText(t, draw)}</span>}
          >
            <span data-testid="sample-size">{formatNumber(draw.size)}</span>
          </Stat>
        </SimpleGrid>
        <Stat label={t('samples.draw.fingerprint')} hint={t('samples.draw.fingerprintHint')}>
          <Code data-testid="population-sha256" style={{ wordBreak: 'break-all' }}>
            {draw.populationSha256}
          </Code>
        </Stat>
      </Stack>
    </Section>
  );
}
