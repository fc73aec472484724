import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SamplePlan } from '../../../api/samples';
import { formatDateTime, formatNumber } from '../../../format';
import { useWsHref } from '../../../hooks/workspace';
import { DASH } from '../../analysis/shared/figures';
import { samplePaths } from '../paths';
import { populationSummary, sizeSpecText, strataText, vendorLabel } from '../shared/planText';
import { RepresentativeBadge } from '../shared/RepresentativeBadge';
import type { Names } from '../shared/useNames';

interface PlansTableProps {
  readonly plans: readonly SamplePlan[];
  readonly names: Names;
}

/** The sample plans, newest first: what each samples, how, and what its draw gave. */
export function PlansTable({ plans, names }: PlansTableProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table data-testid="plans-table" verticalSpacing="sm">
        <Table.Caption ta="left">{t('samples.list.count', { count: plans.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('samples.columns.name')}</Table.Th>
            <Table.Th>{t('samples.columns.vendor')}</Table.Th>
            <Table.Th>{t('samples.columns.population')}</Table.Th>
            <Table.Th>{t('samples.columns.size')}</Table.Th>
            <Table.Th>{t('samples.columns.strata')}</Table.Th>
            <Table.Th ta="right">{t('samples.columns.seed')}</Table.Th>
            <Table.Th>{t('samples.columns.draw')}</Table.Th>
            <Table.Th ta="right">{t('samples.columns.sample')}</Table.Th>
            <Table.Th>{t('samples.columns.representative')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id} data-plan-id={plan.id}>
              <Table.Td>
                <Anchor component={Link} to={href(samplePaths.plan(plan.id))} fw={600}>
                  {plan.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{vendorLabel(t, plan.vendorId, names)}</Table.Td>
              <Table.Td>
                <Text size="sm">{populationSummary(t, plan.population, names)}</Text>
              </Table.Td>
              <Table.Td>{sizeSpecText(t, plan.size)}</Table.Td>
              <Table.Td>{strataText(t, plan.strata)}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {plan.seed}
              </Table.Td>
              <Table.Td>
                {plan.draw ? (
                  t('samples.list.drawnOn', { date: formatDateTime(plan.draw.drawnAt) })
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('samples.list.notDrawn')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{plan.draw ? formatNumber(plan.draw.size) : DASH}</Table.Td>
              <Table.Td>
                {plan.draw ? <RepresentativeBadge representative={plan.draw.representative} /> : DASH}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
