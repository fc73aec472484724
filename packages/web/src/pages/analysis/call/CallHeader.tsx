import { SimpleGrid } from '@mantine/core';
import type { CallMeasureSummary } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { TranscriptSummary } from '../../../api/transcripts';
import { locale } from '../../../format';
import { DASH, formatLocalDateTime, formatSeconds, formatShare } from '../shared/figures';
import { Stat } from '../shared/Stat';

interface CallHeaderProps {
  readonly summary: TranscriptSummary;
  readonly measures: CallMeasureSummary;
  readonly vendorName: string;
}

/** Who took the call, when, how long, and how the time was spent. */
export function CallHeader({ summary, measures, vendorName }: CallHeaderProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs" data-testid="call-header">
      <Stat label={t('analysis.call.callId')}>{summary.callId}</Stat>
      <Stat label={t('analysis.call.vendor')}>{vendorName}</Stat>
      <Stat label={t('analysis.call.agent')}>{summary.agent ?? DASH}</Stat>
      <Stat label={t('analysis.call.date')}>{formatLocalDateTime(summary.startedAt, locale())}</Stat>
      <Stat label={t('analysis.call.duration')}>{formatSeconds(measures.durationSeconds)}</Stat>
      {summary.interactionId ? (
        <Stat label={t('analysis.call.interactionId')}>{summary.interactionId}</Stat>
      ) : (
        <Stat label={t('analysis.call.turns')}>{summary.turnCount}</Stat>
      )}
      <Stat label={t('analysis.call.agentTalk')}>{formatSeconds(measures.agentTalkSeconds)}</Stat>
      <Stat label={t('analysis.call.customerTalk')}>{formatSeconds(measures.customerTalkSeconds)}</Stat>
      <Stat label={t('analysis.call.talkRatio')}>{formatShare(measures.agentTalkRatio)}</Stat>
      <Stat
        label={t('analysis.call.silence')}
        hint={t('analysis.call.longest', { value: formatSeconds(measures.longestSilenceSeconds) })}
      >
        {formatSeconds(measures.silenceSeconds)}
      </Stat>
      <Stat label={t('analysis.call.hold')}>{formatSeconds(measures.holdSeconds)}</Stat>
      <Stat
        label={t('analysis.call.overtalk')}
        hint={t('analysis.call.longestMonologue', { value: formatSeconds(measures.longestMonologueSeconds) })}
      >
        {formatSeconds(measures.overtalkSeconds)}
      </Stat>
    </SimpleGrid>
  );
}
