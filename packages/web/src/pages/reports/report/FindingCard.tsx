import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReportFinding } from '@vigie/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Excerpts } from './Excerpts';
import { FindingFigures } from './FindingFigures';
import { FindingReactions } from './FindingReactions';

interface FindingCardProps {
  readonly finding: ReportFinding;
  readonly runId: string;
  /** beside the title: the editor's "keep it" switch */
  readonly actions?: ReactNode;
  /** under the figures: the comment and questions, to edit or to read and answer */
  readonly children: ReactNode;
}

/** One practice found in the vendor's calls: its figures, the reactions after it, excerpts, then words. */
export function FindingCard({ finding, runId, actions, children }: FindingCardProps) {
  const { t } = useTranslation();
  const id = `finding-${finding.practiceId}`;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={id}
      data-practice-id={finding.practiceId}
      data-included={finding.included}
      style={finding.included ? undefined : { borderStyle: 'dashed' }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ flex: '1 1 20rem' }}>
            <Group gap="xs">
              <Title order={3} size="h5" id={id} c={finding.included ? undefined : 'dimmed'}>
                {finding.label}
              </Title>
              <Badge
                variant="light"
                color={finding.polarity === 'good' ? 'teal' : 'red'}
                data-polarity={finding.polarity}
              >
                {t(`analysis.polarity.${finding.polarity}`)}
              </Badge>
              {finding.included ? null : (
                <Badge variant="outline" color="gray">
                  {t('reports.finding.excluded')}
                </Badge>
              )}
            </Group>
            {finding.description ? (
              <Text size="sm" c="dimmed">
                {finding.description}
              </Text>
            ) : null}
          </Stack>
          {actions}
        </Group>
        <FindingFigures finding={finding} />
        {finding.reactions.length > 0 ? <FindingReactions reactions={finding.reactions} /> : null}
        <Excerpts runId={runId} excerpts={finding.excerpts} headingId={`${id}-excerpts`} />
        {children}
      </Stack>
    </Paper>
  );
}
