import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RuleGroupFigures } from '../../../api/analysis';
import { formatNumber, formatPercent } from '../../../format';
import { DASH, formatCount, formatInterval, formatMean, formatSeconds, formatShare } from '../shared/figures';
import { Stat } from '../shared/Stat';
import { shareOf } from './GroupShares';

/** The rule over all the reader's calls: share with interval, hits and seconds per call, handle time. */
export function PracticeFigures({
  all,
  costless,
}: {
  readonly all: RuleGroupFigures;
  readonly costless: boolean;
}) {
  const { t } = useTranslation();
  const share = shareOf(all);
  const p = all.practice;
  return (
    <SimpleGrid cols={{ base: 2, sm: p ? 4 : 2 }} spacing="xs" data-testid="practice-figures">
      <Stat
        label={t('analysis.figures.share')}
        hint={share ? `${formatInterval(share.interval)} · ${formatCount(share)}` : undefined}
      >
        {formatShare(share?.value)}
      </Stat>
      {p ? (
        <>
          <Stat label={t('analysis.figures.hitsPerCall')} hint={t('analysis.practice.perCallWith')}>
            {formatMean(p.hitsPerCall, 2)}
          </Stat>
          <Stat label={t('analysis.figures.secondsPerCall')} hint={t('analysis.practice.perCallWith')}>
            {costless ? DASH : formatSeconds(p.secondsPerCall.value)}
          </Stat>
          <Stat
            label={t('analysis.figures.shareOfHandleTime')}
            hint={costless ? t('analysis.cost.none') : formatSeconds(p.shareOfHandleTime.seconds)}
          >
            {costless || p.shareOfHandleTime.value === null
              ? DASH
              : formatPercent(p.shareOfHandleTime.value, 2)}
          </Stat>
        </>
      ) : (
        <Stat label={t('analysis.run.calls')}>{formatNumber(all.calls)}</Stat>
      )}
    </SimpleGrid>
  );
}
