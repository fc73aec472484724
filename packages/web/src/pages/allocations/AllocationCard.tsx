import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import type { Allocation, Site, Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../components/RowActions';
import { formatDate, formatSharePercent } from '../../format';
import { today } from './allocationValues';

interface AllocationCardProps {
  readonly allocation: Allocation;
  readonly vendors: ReadonlyMap<string, Vendor>;
  readonly sites: ReadonlyMap<string, Site>;
  readonly editTo?: string | undefined;
  readonly onDelete?: (() => void) | undefined;
}

export function periodText(
  t: (key: string, params?: Record<string, string>) => string,
  a: Allocation,
): string {
  return a.validTo
    ? t('allocations.period', { from: formatDate(a.validFrom), to: formatDate(a.validTo) })
    : t('allocations.periodOpen', { from: formatDate(a.validFrom) });
}

function phase(a: Allocation): 'current' | 'upcoming' | 'past' {
  const now = today();
  if (a.validFrom > now) return 'upcoming';
  if (a.validTo !== null && a.validTo < now) return 'past';
  return 'current';
}

/** "Brest" rather than "Brest (Brest)" when a site is named after its city. */
export function siteLabel(site: Site): string {
  return site.name === site.city ? site.name : `${site.name} (${site.city})`;
}

const PHASE_COLOR = { current: 'teal', upcoming: 'blue', past: 'gray' } as const;

/** One period of an activity's split: its dates and its lines (vendor, site, share). */
export function AllocationCard({ allocation, vendors, sites, editTo, onDelete }: AllocationCardProps) {
  const { t } = useTranslation();
  const p = phase(allocation);
  const period = periodText(t, allocation);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="allocation-card">
      <Group justify="space-between" mb="xs" gap="xs">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {period}
          </Text>
          <Badge size="sm" variant="light" color={PHASE_COLOR[p]}>
            {t(`allocations.phase.${p}`)}
          </Badge>
        </Group>
        <RowActions itemName={period} editTo={editTo} onDelete={onDelete} />
      </Group>
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder={false} highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocations.fields.vendor')}</Table.Th>
              <Table.Th>{t('allocations.fields.site')}</Table.Th>
              <Table.Th ta="right">{t('allocations.fields.shareShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {allocation.lines.map((line) => {
              const site = line.siteId ? sites.get(line.siteId) : undefined;
              return (
                <Table.Tr key={`${line.vendorId}/${line.siteId ?? '*'}`}>
                  <Table.Td>{vendors.get(line.vendorId)?.name ?? '—'}</Table.Td>
                  <Table.Td>{site ? siteLabel(site) : t('allocations.allSites')}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatSharePercent(line.sharePercent)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
