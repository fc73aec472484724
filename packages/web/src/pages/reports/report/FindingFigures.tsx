import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReportFinding } from '@vigie/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatInterval, formatSeconds, formatShare } from '../../analysis/shared/figures';
import { ShareBar } from '../shared/ShareBar';

function Figure({
  label,
  value,
  hint,
  children,
}: {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  readonly children?: ReactNode;
}) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="md" fw={700}>
        {value}
      </Text>
      {children}
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}

/** How often the practice occurs (with its interval, drawn), what it costs, and what it weighs. */
export function FindingFigures({ finding }: { readonly finding: ReportFinding }) {
  const { t } = useTranslation();
  const share = finding.calls;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" data-testid="finding-figures">
      <Figure
        label={t('reports.finding.share')}
        value={formatShare(share.value)}
        hint={t('reports.finding.shareHint', {
          calls: formatCount(share),
          interval: formatInterval(share.interval),
        })}
      >
        <ShareBar share={share} color={finding.polarity === 'good' ? 'teal' : 'red'} />
      </Figure>
      <Figure
        label={t('reports.finding.secondsPerCall')}
        value={
          finding.secondsPerCall === null
            ? t('reports.finding.notMeasured')
            : formatSeconds(finding.secondsPerCall)
        }
        hint={t('reports.finding.perCallWith')}
      />
      <Figure
        label={t('reports.finding.secondsTotal')}
        value={
          finding.secondsPerCall === null
            ? t('reports.finding.notMeasured')
            : formatSeconds(finding.secondsTotal)
        }
        hint={t('reports.finding.inTheSample')}
      />
      <Figure
        label={t('reports.finding.impact')}
        value={formatSeconds(finding.impact)}
        hint={t('reports.finding.impactHint')}
      />
    </SimpleGrid>
  );
}
