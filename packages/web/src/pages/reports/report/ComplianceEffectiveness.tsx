import { SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { FeedbackReport, Proportion } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../../analysis/shared/figures';
import { Section } from '../../analysis/shared/Section';
import { ShareBar } from '../shared/ShareBar';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly calls: Proportion;
}

function RatesTable({
  id,
  title,
  rows,
  empty,
  color,
}: {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly Row[];
  readonly empty: string;
  readonly color: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Title order={3} size="h6" id={id} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table data-testid={id} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.appendix.item')}</Table.Th>
              <Table.Th ta="right">{t('analysis.figures.share')}</Table.Th>
              <Table.Th w="35%">
                <Text span size="xs" c="dimmed">
                  {t('analysis.figures.interval')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-rule-id={row.id}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={600}>
                    {formatShare(row.calls.value)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatCount(row.calls)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ShareBar share={row.calls} color={color} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/** The grid followed (good practices) beside what the customers did (reactions), in the vendor's calls. */
export function ComplianceEffectiveness({ report }: { readonly report: FeedbackReport }) {
  const { t } = useTranslation();
  return (
    <Section id="report-compliance-effectiveness" title={t('reports.appendix.complianceEffectiveness')}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <RatesTable
          id="report-compliance"
          title={t('reports.appendix.compliance')}
          rows={report.compliance.map((c) => ({ id: c.practiceId, label: c.label, calls: c.calls }))}
          empty={t('reports.appendix.noCompliance')}
          color="teal"
        />
        <RatesTable
          id="report-effectiveness"
          title={t('reports.appendix.effectiveness')}
          rows={report.effectiveness.map((e) => ({ id: e.reactionId, label: e.label, calls: e.calls }))}
          empty={t('reports.appendix.noEffectiveness')}
          color="grape"
        />
      </SimpleGrid>
    </Section>
  );
}
