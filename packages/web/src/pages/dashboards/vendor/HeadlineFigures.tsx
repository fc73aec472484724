import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ContactClass } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { KpiRow } from '../../../api/kpi';
import { formatNumber } from '../../../format';
import { figureColumns, GROUP_FIGURES } from '../figures/kpiColumns';
import { formatFigure, NO_FIGURE } from '../figures/kpiFormat';
import { TargetBadge } from '../figures/TargetBadge';

interface HeadlineFiguresProps {
  /** the vendor's row over the whole period */
  readonly row: KpiRow;
  readonly onDrill: (drill: ContactClass | 'all') => void;
}

/** The vendor's figures over the period, one card each, with their target badges. */
export function HeadlineFigures({ row, onDrill }: HeadlineFiguresProps) {
  const { t } = useTranslation();
  const columns = figureColumns(t, [...GROUP_FIGURES, 'conversion']);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
      {columns.map((c) => {
        const text = formatFigure(c.kind, c.value(row));
        const n = c.n?.(row);
        return (
          <Paper key={c.id} withBorder p="sm">
            <Stack gap={4}>
              <Text size="xs" c="dimmed" component="dt">
                {c.header}
              </Text>
              <Text component="dd" m={0} fz="xl" fw={700}>
                {c.drill && text !== NO_FIGURE ? (
                  <Anchor
                    component="button"
                    type="button"
                    fz="xl"
                    fw={700}
                    onClick={() => onDrill(c.drill ?? 'all')}
                    title={t('dashboards.drill.open')}
                  >
                    {text}
                  </Anchor>
                ) : (
                  text
                )}
              </Text>
              {n !== undefined ? (
                <Text size="xs" c="dimmed">
                  {t('dashboards.sample', { n: formatNumber(n, 0) })}
                </Text>
              ) : null}
              {c.targetKpi ? <TargetBadge kpi={c.targetKpi} target={row.targets?.[c.targetKpi]} /> : null}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
