import { Group, Select, Stack, Table, Text } from '@mantine/core';
import type { CoachingTheme, GroupStats } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seriesColor } from '../../../components/charts/seriesColors';
import { formatCount, formatInterval, formatShare } from '../shared/figures';
import { ShareBarChart } from '../shared/LazyShareBarChart';
import { THEMES } from '../shared/labels';
import { PolarityMark } from '../shared/PolarityMark';

interface VendorComparisonProps {
  readonly vendors: readonly GroupStats[];
  readonly vendorName: (key: string | null) => string;
  readonly labelOf: (id: string) => string;
}

/** The practices of one theme side by side for each vendor: a bar chart and its table. */
export function VendorComparison({ vendors, vendorName, labelOf }: VendorComparisonProps) {
  const { t } = useTranslation();
  const present = THEMES.filter((theme) => vendors[0]?.practices.some((p) => p.theme === theme));
  const [theme, setTheme] = useState<CoachingTheme | null>(present[0] ?? null);
  const practiceIds = (vendors[0]?.practices ?? []).filter((p) => p.theme === theme).map((p) => p.practiceId);
  const seriesKey = (i: number) => `v${i}`;
  const data = practiceIds.map((id) => {
    const row: Record<string, string | number | null> = { category: labelOf(id) };
    vendors.forEach((g, i) => {
      row[seriesKey(i)] = g.practices.find((p) => p.practiceId === id)?.calls.value ?? null;
    });
    return row;
  });
  return (
    <Stack gap="sm">
      <Select
        label={t('analysis.run.theme')}
        data={present.map((value) => ({ value, label: t(`analysis.themes.${value}`) }))}
        value={theme}
        onChange={(v) => setTheme(v as CoachingTheme | null)}
        allowDeselect={false}
        w={{ base: '100%', sm: 360 }}
      />
      <ShareBarChart
        data={data}
        series={vendors.map((g, i) => ({
          name: seriesKey(i),
          label: vendorName(g.key),
          color: seriesColor(i),
        }))}
        label={t('analysis.run.byVendorChart', { theme: theme ? t(`analysis.themes.${theme}`) : '' })}
        height={Math.max(160, practiceIds.length * (vendors.length * 18 + 22) + 60)}
      />
      <Table.ScrollContainer minWidth={260 + vendors.length * 180}>
        <Table data-testid="by-vendor-table" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('analysis.figures.practice')}</Table.Th>
              {vendors.map((g) => (
                <Table.Th key={g.key ?? ''} ta="right" data-vendor-id={g.key ?? ''}>
                  {vendorName(g.key)}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('analysis.run.vendorCalls', { count: g.calls })}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {practiceIds.map((id) => (
              <Table.Tr key={id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <PolarityMark
                      polarity={vendors[0]?.practices.find((p) => p.practiceId === id)?.polarity}
                    />
                    <Text size="sm">{labelOf(id)}</Text>
                  </Group>
                </Table.Td>
                {vendors.map((g) => {
                  const p = g.practices.find((x) => x.practiceId === id);
                  return (
                    <Table.Td key={g.key ?? ''} ta="right">
                      <Text size="sm" fw={600}>
                        {formatShare(p?.calls.value)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {p ? `${formatInterval(p.calls.interval)} · ${formatCount(p.calls)}` : ''}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
