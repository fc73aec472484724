import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DimensionComparison } from '../../../api/samples';
import { formatNumber } from '../../../format';
import { formatShare } from '../../analysis/shared/figures';
import { dimensionValue, orderedRows } from '../shared/dimensionLabels';
import type { Names } from '../shared/useNames';

/** The figures behind a dimension's chart: calls and shares in the population and in the sample. */
export function DimensionTable({
  comparison: c,
  names,
}: {
  readonly comparison: DimensionComparison;
  readonly names: Names;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped fz="sm" data-testid={`dimension-table-${c.dimension}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`samples.dimensions.${c.dimension}`)}</Table.Th>
            <Table.Th ta="right">{t('samples.allocation.population')}</Table.Th>
            <Table.Th ta="right">{t('samples.representative.populationShare')}</Table.Th>
            <Table.Th ta="right">{t('samples.allocation.drawn')}</Table.Th>
            <Table.Th ta="right">{t('samples.representative.sampleShare')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orderedRows(c).map((row) => (
            <Table.Tr key={row.value}>
              <Table.Td>{dimensionValue(t, c.dimension, row.value, names)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.population)}</Table.Td>
              <Table.Td ta="right">{formatShare(row.populationShare)}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.sample)}</Table.Td>
              <Table.Td ta="right">{formatShare(row.sampleShare)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
