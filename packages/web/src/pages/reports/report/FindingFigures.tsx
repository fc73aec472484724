import { SimpleGrid } from '@mantine/core';
import type { ReportFinding } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatInterval, formatSeconds, formatShare } from '../../analysis/shared/figures';
import { Stat } from '../../analysis/shared/Stat';
import { ShareBar } from '../shared/ShareBar';

/** How often the practice occurs (with its interval, drawn), what it costs, and what it weighs. */
export function FindingFigures({ finding }: { readonly finding: ReportFinding }) {
  const { t } = useTranslation();
  const share = finding.calls;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" data-testid="finding-figures">
      <Stat
        label={t('reports.finding.share')}
        hint={
          <>
            <ShareBar share={share} color={finding.polarity === 'good' ? 'teal' : 'red'} />
            {t('reports.finding.shareHint', {
              calls: formatCount(share),
              interval: formatInterval(share.interval),
            })}
          </>
        }
      >
        {formatShare(share.value)}
      </Stat>
      <Stat label={t('reports.finding.secondsPerCall')} hint={t('reports.finding.perCallWith')}>
        {finding.secondsPerCall === null
          ? t('reports.finding.notMeasured')
          : formatSeconds(finding.secondsPerCall)}
      </Stat>
      <Stat label={t('reports.finding.secondsTotal')} hint={t('reports.finding.inTheSample')}>
        {finding.secondsPerCall === null
          ? t('reports.finding.notMeasured')
          : formatSeconds(finding.secondsTotal)}
      </Stat>
      <Stat label={t('reports.finding.impact')} hint={t('reports.finding.impactHint')}>
        {formatSeconds(finding.impact)}
      </Stat>
    </SimpleGrid>
  );
}
