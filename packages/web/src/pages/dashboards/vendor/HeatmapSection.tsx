import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type HeatmapCell,
  type HeatmapInterval,
  type KpiFilters,
  type Period,
  useKpiHeatmap,
} from '../../../api/kpi';
import { LoadGate } from '../../../components/LoadGate';
import { ExportMenu } from '../../../export/ExportMenu';
import { useWorkspace } from '../../../hooks/workspace';
import { Section } from '../figures/Section';
import { ServiceLevelHeatmap } from './heatmap/ServiceLevelHeatmap';

const INTERVALS: readonly HeatmapInterval[] = [15, 30, 60];

interface HeatmapSectionProps {
  readonly vendorName: string;
  readonly period: Period;
  readonly filters: KpiFilters;
  readonly target: number | undefined;
  readonly onOpenCell: (cell: HeatmapCell, interval: HeatmapInterval) => void;
}

export function HeatmapSection({ vendorName, period, filters, target, onOpenCell }: HeatmapSectionProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [interval, setInterval] = useState<HeatmapInterval>(30);
  const heatmap = useKpiHeatmap(workspaceId, period, filters, interval);
  return (
    <Section
      title={t('dashboards.heatmap.title')}
      description={t('dashboards.heatmap.intro')}
      refreshing={heatmap.isPlaceholderData}
      actions={
        <>
          <SegmentedControl
            size="xs"
            aria-label={t('dashboards.heatmap.interval')}
            value={String(interval)}
            onChange={(v) => setInterval(Number(v) as HeatmapInterval)}
            data={INTERVALS.map((i) => ({
              value: String(i),
              label: t('dashboards.heatmap.minutes', { count: i }),
            }))}
          />
          <ExportMenu
            name={t('dashboards.heatmap.exportName', { vendor: vendorName })}
            period={period}
            disabled={!heatmap.data?.cells.length}
            table={() => ({
              title: t('dashboards.heatmap.title'),
              columns: [
                { header: t('dashboards.heatmap.day'), kind: 'text' },
                { header: t('dashboards.heatmap.interval'), kind: 'text' },
                { header: t('dashboards.kpi.offered'), kind: 'number' },
                { header: t('dashboards.kpi.serviceLevel'), kind: 'percent' },
              ],
              rows: (heatmap.data?.cells ?? []).map((c) => [c.day, c.time, c.offered, c.serviceLevel]),
            })}
          />
        </>
      }
    >
      <LoadGate loads={[heatmap]}>
        {() =>
          heatmap.data && heatmap.data.cells.length > 0 ? (
            <ServiceLevelHeatmap
              heatmap={heatmap.data}
              target={target}
              onOpenCell={(cell) => onOpenCell(cell, heatmap.data?.interval ?? interval)}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('dashboards.heatmap.none')}
            </Text>
          )
        }
      </LoadGate>
    </Section>
  );
}
