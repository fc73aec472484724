import { Badge, Code, List, Stack, Table, Text } from '@mantine/core';
import type { AtRiskResult } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../format';
import { formatKpiValue, formatMonth, kpiLabel } from '../contractFormat';
import { negative, useExplain, WORKING_STYLE } from './StatementTables';

interface AtRiskSectionProps {
  readonly atRisk: AtRiskResult;
  readonly currency: string;
}

/** The at-risk amount, each KPI's credit with its formula, the cap, and what was earned back. */
export function AtRiskSection({ atRisk, currency }: AtRiskSectionProps) {
  const { t } = useTranslation();
  const money = (cents: number) => formatMoney(cents, currency);
  const explain = useExplain(currency);
  return (
    <Stack gap="sm" data-testid="statement-at-risk">
      <Text size="sm">
        {t('statements.atRisk.amount', { amount: money(atRisk.amountCents) })}{' '}
        <Code style={WORKING_STYLE}>{explain(atRisk.basisExplained)}</Code>
      </Text>
      {atRisk.credits.length > 0 ? (
        <Table.ScrollContainer minWidth={860}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statements.kpis.kpi')}</Table.Th>
                <Table.Th>{t('statements.atRisk.result')}</Table.Th>
                <Table.Th>{t('statements.atRisk.formula')}</Table.Th>
                <Table.Th ta="right">{t('statements.atRisk.credit')}</Table.Th>
                <Table.Th ta="right">{t('statements.atRisk.applied')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {atRisk.credits.map((c) => (
                <Table.Tr key={`${c.versionEffectiveFrom}:${c.phaseIndex}:${c.kpi}`}>
                  <Table.Td>{kpiLabel(t, c.kpi)}</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={c.excluded ? 'gray' : c.missed ? 'red' : 'teal'}>
                      {c.excluded
                        ? t('statements.atRisk.excluded')
                        : c.missed
                          ? t('statements.kpis.missed')
                          : t('statements.kpis.met')}
                    </Badge>{' '}
                    <Text span size="sm">
                      {formatKpiValue(t, c.kpi, c.measured)} / {formatKpiValue(t, c.kpi, c.target)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code block style={WORKING_STYLE}>
                      {explain(c.excludedExplained ?? c.formulaExplained)}
                    </Code>
                  </Table.Td>
                  <Table.Td ta="right">{money(negative(c.creditCents))}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {money(negative(c.appliedCents))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text size="sm" fw={500}>
        {atRisk.capped
          ? t('statements.atRisk.capped', {
              uncapped: money(atRisk.uncappedCents),
              cap: money(atRisk.amountCents),
            })
          : t('statements.atRisk.notCapped', {
              credits: money(atRisk.creditsCents),
              cap: money(atRisk.amountCents),
            })}
      </Text>
      {atRisk.earnBack.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('statements.atRisk.earnBack')}
          </Text>
          <List size="sm">
            {atRisk.earnBack.map((e) => (
              <List.Item key={`${e.kpi}:${e.missedIn}`}>
                {t('statements.atRisk.earnBackLine', {
                  kpi: kpiLabel(t, e.kpi),
                  month: formatMonth(e.missedIn),
                  credit: money(e.creditCents),
                  returned: money(e.returnedCents),
                })}{' '}
                <Code>{explain(e.reasonExplained)}</Code>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
