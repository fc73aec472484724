import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SampleDraw, StrataBy } from '../../../api/samples';
import { formatNumber, formatPercent } from '../../../format';
import { DASH } from '../../analysis/shared/figures';
import { Section } from '../../analysis/shared/Section';
import { stratumLabel } from '../shared/planText';
import type { Names } from '../shared/useNames';

interface AllocationTableProps {
  readonly by: StrataBy;
  readonly draw: SampleDraw;
  readonly names: Names;
}

/** How many calls each stratum had and how many were drawn from it. */
export function AllocationTable({ by, draw, names }: AllocationTableProps) {
  const { t } = useTranslation();
  return (
    <Section
      id="draw-allocation"
      title={t('samples.allocation.title', { by: t(`samples.strata.byName.${by}`) })}
    >
      <Table.ScrollContainer minWidth={480}>
        <Table data-testid="allocation-table" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('samples.allocation.stratum')}</Table.Th>
              <Table.Th ta="right">{t('samples.allocation.population')}</Table.Th>
              <Table.Th ta="right">{t('samples.allocation.drawn')}</Table.Th>
              <Table.Th ta="right">{t('samples.allocation.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draw.allocation.map((a) => (
              <Table.Tr key={a.stratum}>
                <Table.Td>{stratumLabel(t, by, a.stratum, names)}</Table.Td>
                <Table.Td ta="right">{formatNumber(a.population)}</Table.Td>
                <Table.Td ta="right">{formatNumber(a.drawn)}</Table.Td>
                <Table.Td ta="right">
                  {a.population > 0 ? formatPercent(a.drawn / a.population) : DASH}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
