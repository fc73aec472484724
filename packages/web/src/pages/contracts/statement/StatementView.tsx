import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type Explanation, ROUNDING, type Statement } from '@vigie/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format';
import { AtRiskSection } from './AtRiskSection';
import { KpiTable, LinesTable, SegmentsTable, TotalsTable, useExplain } from './StatementTables';

/** A titled section of the statement page, named by its title for screen readers. */
export function Section({
  title,
  children,
  id,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly id: string;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

interface StatementViewProps {
  readonly statement: Statement;
  /** prefixes the section ids (the preview and the page may both be in the document) */
  readonly idPrefix: string;
  /** where the figures were read, when the server says */
  readonly sources?: readonly Explanation[];
}

/** A month's statement: totals, terms in force, lines, KPI terms, at-risk credits, warnings, sources. */
export function StatementView({ statement, idPrefix, sources }: StatementViewProps) {
  const { t } = useTranslation();
  const id = (name: string) => `${idPrefix}-${name}`;
  const explain = useExplain(statement.currency);
  return (
    <Stack gap="md">
      {statement.warnings.length > 0 ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={t('statements.warnings', { count: statement.warnings.length })}
        >
          <List size="sm" data-testid="statement-warnings">
            {statement.warnings.map((w, i) => {
              const explained = statement.warningsExplained[i];
              // warnings are told apart by their English text, which core keeps unique
              return <List.Item key={w}>{explained ? explain(explained) : w}</List.Item>;
            })}
          </List>
        </Alert>
      ) : null}
      <Section title={t('statements.sections.totals')} id={id('totals')}>
        <TotalsTable totals={statement.totals} currency={statement.currency} />
        <Text size="xs" c="dimmed" mt="xs">
          {t('statements.rounding', {
            rounding: statement.rounding === ROUNDING ? t('statements.roundingHalfUp') : statement.rounding,
          })}
        </Text>
      </Section>
      <Section title={t('statements.sections.segments')} id={id('segments')}>
        <SegmentsTable statement={statement} />
        {statement.uncoveredDays.length > 0 ? (
          <Text size="sm" c="orange.8" mt="xs">
            {t('statements.uncovered', {
              count: statement.uncoveredDays.length,
              days: statement.uncoveredDays.map((d) => formatDate(d, 'short')).join(', '),
            })}
          </Text>
        ) : null}
      </Section>
      <Section title={t('statements.sections.lines')} id={id('lines')}>
        <LinesTable statement={statement} />
      </Section>
      <Section title={t('statements.sections.kpis')} id={id('kpis')}>
        <KpiTable statement={statement} />
      </Section>
      {statement.atRisk ? (
        <Section title={t('statements.sections.atRisk')} id={id('at-risk')}>
          <AtRiskSection atRisk={statement.atRisk} currency={statement.currency} />
        </Section>
      ) : null}
      {sources && sources.length > 0 ? (
        <Section title={t('statements.sections.sources')} id={id('sources')}>
          <List size="sm" data-testid="statement-sources">
            {sources.map((s) => (
              <List.Item key={s.key}>{explain(s)}</List.Item>
            ))}
          </List>
        </Section>
      ) : null}
    </Stack>
  );
}
