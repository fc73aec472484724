import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../api/reports';
import { answersByQuestion, excludedCount, includedFindings } from '../shared/reportEdit';
import { BestPractices } from './BestPractices';
import { ComplianceEffectiveness } from './ComplianceEffectiveness';
import { FindingCard } from './FindingCard';
import { QuestionThread } from './QuestionThread';
import { ReportFacts } from './ReportFacts';
import { ThemeSection } from './ThemeSection';

interface ReportViewProps {
  readonly report: ReportDetail;
  /** may answer the questions (published reports only) */
  readonly canAnswer: boolean;
  /** the client's analysts are told how many findings were left out */
  readonly showExcluded: boolean;
}

/**
 * A report as the vendor reads it: the introduction, the findings kept, theme by theme, each with its
 * figures, excerpts, the client's comment and its questions with their answers; then the best agents'
 * practices, compliance and effectiveness.
 */
export function ReportView({ report, canAnswer, showExcluded }: ReportViewProps) {
  const { t } = useTranslation();
  const doc = report.document;
  const answers = useMemo(() => answersByQuestion(report.answers), [report.answers]);
  const themes = doc.themes.filter((theme) => includedFindings(theme).length > 0);
  const excluded = excludedCount(doc);
  return (
    <Stack gap="md">
      {report.status === 'draft' ? (
        <Alert color="gray" variant="light" role="status">
          {t('reports.report.draftReadOnly')}
        </Alert>
      ) : null}
      <ReportFacts record={report} />
      <Paper withBorder p="md" component="section" aria-labelledby="report-introduction">
        <Title order={2} size="h4" id="report-introduction" mb="xs">
          {t('reports.report.introduction')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="report-introduction">
          {doc.introduction}
        </Text>
        {showExcluded && excluded > 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('reports.editor.excludedCount', { count: excluded })}
          </Text>
        ) : null}
      </Paper>
      {themes.length === 0 ? (
        <Text c="dimmed">{t('reports.report.noFindings')}</Text>
      ) : (
        themes.map((theme) => (
          <ThemeSection key={theme.theme} theme={theme} status={theme.status}>
            {includedFindings(theme).map((finding) => (
              <FindingCard key={finding.practiceId} finding={finding} runId={report.runId}>
                {finding.comment.trim() ? (
                  <Paper p="sm" withBorder radius="sm" data-testid="finding-comment">
                    <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                      {t('reports.finding.comment')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {finding.comment}
                    </Text>
                  </Paper>
                ) : null}
                {finding.questions.length > 0 ? (
                  <Stack
                    gap="xs"
                    component="section"
                    aria-labelledby={`finding-${finding.practiceId}-questions`}
                  >
                    <Title order={4} size="h6" id={`finding-${finding.practiceId}-questions`}>
                      {t('reports.finding.questions')}
                    </Title>
                    <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
                      {finding.questions.map((question, i) => (
                        <QuestionThread
                          key={question.id}
                          reportId={report.id}
                          question={question}
                          number={i + 1}
                          answers={answers.get(question.id) ?? []}
                          canAnswer={canAnswer}
                        />
                      ))}
                    </Stack>
                  </Stack>
                ) : null}
              </FindingCard>
            ))}
          </ThemeSection>
        ))
      )}
      <BestPractices rows={doc.bestPractices} />
      <ComplianceEffectiveness report={doc} />
    </Stack>
  );
}
