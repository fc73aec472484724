import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import type { Vendor } from '@vigie/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useContractTargets } from '../../api/contracts';
import { compareText, formatDate } from '../../format';
import { useWorkspace, useWsHref } from '../../hooks/workspace';
import { formatTarget } from '../dashboards/figures/kpiFormat';

/**
 * The targets the vendors' contracts set, read-only: the dashboards judge a KPI by its
 * contract's target when the contract names it, and by a target of the list above otherwise.
 */
export function ContractTargetsSection({ vendors }: { readonly vendors: readonly Vendor[] }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const targets = useContractTargets(workspaceId);
  const rows = useMemo(() => {
    const vendorName = new Map(vendors.map((v) => [v.id, v.name]));
    return (targets.data ?? [])
      .map((target) => ({
        ...target,
        vendorName: vendorName.get(target.vendorId) ?? '—',
        kpiName: t(`dashboards.kpi.${target.kpi}`),
      }))
      .sort(
        (a, b) =>
          compareText(a.vendorName, b.vendorName) ||
          compareText(a.kpiName, b.kpiName) ||
          a.validFrom.localeCompare(b.validFrom),
      );
  }, [targets.data, vendors, t]);
  if (rows.length === 0) return null;
  return (
    <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="contract-targets-title">
      <Title order={2} size="h4" id="contract-targets-title">
        {t('targets.fromContracts.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('targets.fromContracts.intro')}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table data-testid="contract-targets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('targets.fields.vendor')}</Table.Th>
              <Table.Th>{t('targets.fields.kpi')}</Table.Th>
              <Table.Th>{t('targets.fields.target')}</Table.Th>
              <Table.Th>{t('targets.fields.period')}</Table.Th>
              <Table.Th>{t('targets.fromContracts.contract')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.contractId}-${r.kpi}-${r.validFrom}`}>
                <Table.Td fw={600}>{r.vendorName}</Table.Td>
                <Table.Td>{r.kpiName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTarget(r.kpi, r.target)}</Table.Td>
                <Table.Td>
                  {r.validTo
                    ? t('targets.period', { from: formatDate(r.validFrom), to: formatDate(r.validTo) })
                    : t('targets.periodOpen', { from: formatDate(r.validFrom) })}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={href(`contracts/${encodeURIComponent(r.contractId)}`)}>
                    {r.contractName}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
