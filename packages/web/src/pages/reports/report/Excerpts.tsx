import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReportExcerpt } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWsHref } from '../../../hooks/workspace';
import { analysisPaths } from '../../analysis/shared/paths';
import { callClock } from '../shared/reportEdit';

/**
 * The verbatim evidence: what the customer says, what the agent says, with the call and the moment,
 * each opening the call in the call viewer.
 */
export function Excerpts({
  runId,
  excerpts,
  headingId,
}: {
  readonly runId: string;
  readonly excerpts: readonly ReportExcerpt[];
  readonly headingId: string;
}) {
  const { t } = useTranslation();
  const href = useWsHref();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} data-testid="finding-excerpts">
      <Title order={4} size="h6" id={headingId}>
        {t('reports.finding.excerpts')}
      </Title>
      {excerpts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.finding.noExcerpt')}
        </Text>
      ) : (
        excerpts.map((e) => (
          <Paper
            key={`${e.transcriptId}-${e.seconds}`}
            component="figure"
            m={0}
            p="xs"
            bg="var(--mantine-color-default-hover)"
            style={{ borderLeft: '3px solid var(--mantine-color-blue-4)' }}
          >
            <Stack gap={2} component="blockquote" m={0}>
              {e.customerSays ? (
                <Text size="sm">
                  <Text span c="dimmed" fs="italic">
                    {t('reports.finding.customerSays')}
                  </Text>{' '}
                  {t('reports.finding.quoted', { text: e.customerSays })}
                </Text>
              ) : null}
              <Text size="sm">
                <Text span c="dimmed" fs="italic">
                  {t('reports.finding.agentSays')}
                </Text>{' '}
                {t('reports.finding.quoted', { text: e.agentDoes })}
              </Text>
            </Stack>
            <Text size="xs" component="figcaption" mt={4}>
              <Anchor component={Link} to={href(analysisPaths.call(runId, e.transcriptId, e.ruleId))}>
                {t('reports.finding.callAt', { callId: e.callId, time: callClock(e.seconds) })}
              </Anchor>
            </Text>
          </Paper>
        ))
      )}
    </Stack>
  );
}
