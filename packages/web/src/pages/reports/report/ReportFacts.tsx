import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedbackReportRecord } from '../../../api/reports';
import { formatDateTime, formatNumber, languageName } from '../../../format';
import { useWsHref } from '../../../hooks/workspace';
import { DASH } from '../../analysis/shared/figures';
import { analysisPaths } from '../../analysis/shared/paths';
import { Stat } from '../../analysis/shared/Stat';
import { ReportCycle } from './ReportCycle';

/**
 * Whom the report is for, what it rests on (the calls, the sample), who drafted and published it,
 * and the coaching cycle it opened.
 */
export function ReportFacts({ record }: { readonly record: FeedbackReportRecord }) {
  const { t } = useTranslation();
  const href = useWsHref();
  const doc = record.document;
  const sample = doc.sample;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" data-testid="report-facts">
        <Stat label={t('reports.columns.vendor')} hint={languageName(record.language)}>
          {doc.vendor.name}
        </Stat>
        <Stat
          label={t('reports.report.calls')}
          hint={
            sample
              ? t('reports.report.sample', {
                  size: formatNumber(sample.size),
                  population: formatNumber(sample.populationSize),
                  seed: sample.seed,
                })
              : t('reports.report.noSample')
          }
        >
          <Anchor component={Link} to={href(analysisPaths.run(record.runId))} inherit>
            {formatNumber(doc.calls)}
          </Anchor>
        </Stat>
        <Stat label={t('reports.columns.created')} hint={record.createdBy}>
          {formatDateTime(record.createdAt)}
        </Stat>
        <Stat
          label={t('reports.columns.published')}
          hint={record.publishedBy ?? t('reports.report.notPublished')}
        >
          {record.publishedAt ? formatDateTime(record.publishedAt) : DASH}
        </Stat>
      </SimpleGrid>
      <ReportCycle record={record} />
    </Stack>
  );
}
