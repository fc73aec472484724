import { Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SamplePlan, useSampledCalls } from '../../../api/samples';
import { LoadGate } from '../../../components/LoadGate';
import { formatNumber, locale } from '../../../format';
import { useWorkspace } from '../../../hooks/workspace';
import { DASH, formatLocalDateTime, formatSeconds } from '../../analysis/shared/figures';
import { Section } from '../../analysis/shared/Section';
import { stratumLabel } from '../shared/planText';
import type { Names } from '../shared/useNames';

const PAGE = 50;

/** The calls drawn (those of the reader's vendor for a vendor user), by stratum then call id. */
export function DrawnCalls({ plan, names }: { readonly plan: SamplePlan; readonly names: Names }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [page, setPage] = useState(1);
  const calls = useSampledCalls(workspaceId, plan.id, { limit: PAGE, offset: (page - 1) * PAGE });
  const total = calls.data?.total ?? 0;
  return (
    <Section id="drawn-calls" title={t('samples.calls.title')}>
      <LoadGate loads={[calls]}>
        {() => (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" data-testid="drawn-calls-count">
              {t('samples.calls.count', { count: total, formatted: formatNumber(total) })}
            </Text>
            <Table.ScrollContainer minWidth={900}>
              <Table data-testid="drawn-calls" striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('samples.calls.callId')}</Table.Th>
                    <Table.Th>{t('samples.columns.vendor')}</Table.Th>
                    <Table.Th>{t('samples.calls.site')}</Table.Th>
                    <Table.Th>{t('samples.calls.agent')}</Table.Th>
                    <Table.Th>{t('samples.calls.startedAt')}</Table.Th>
                    <Table.Th ta="right">{t('samples.calls.duration')}</Table.Th>
                    <Table.Th>{t('samples.calls.stratum')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(calls.data?.items ?? []).map((call) => (
                    <Table.Tr key={call.id}>
                      <Table.Td ff="monospace">{call.callId}</Table.Td>
                      <Table.Td>{names.vendor(call.vendorId)}</Table.Td>
                      <Table.Td>{call.siteId ? names.site(call.siteId) : DASH}</Table.Td>
                      <Table.Td>{call.agent || DASH}</Table.Td>
                      <Table.Td>{formatLocalDateTime(call.startedAt, locale())}</Table.Td>
                      <Table.Td ta="right">{formatSeconds(call.durationSeconds)}</Table.Td>
                      <Table.Td>
                        {plan.strata.by === 'none'
                          ? DASH
                          : stratumLabel(t, plan.strata.by, call.stratum, names)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {total > PAGE ? (
              <Pagination
                total={Math.ceil(total / PAGE)}
                value={page}
                onChange={setPage}
                size="sm"
                getControlProps={(control) => ({ 'aria-label': t(`analysis.practice.page.${control}`) })}
              />
            ) : null}
          </Stack>
        )}
      </LoadGate>
    </Section>
  );
}
