import { Box, getThemeColor, ScrollArea, Stack, Tooltip, useMantineTheme } from '@mantine/core';
import { type CSSProperties, type PointerEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap, HeatmapCell } from '../../../../api/kpi';
import { formatNumber, formatPercent, locale } from '../../../../format';
import { HeatmapLegend } from './HeatmapLegend';
import { heatmapGrid, intervalEnd } from './heatmapGrid';
import { binOf, DEFAULT_SL_TARGET, heatBins } from './heatmapScale';

/** Narrower cells for finer intervals, so that a whole day fits on a laptop screen. */
const CELL_SIZE: Readonly<Record<number, number>> = { 15: 9, 30: 14, 60: 24 };

// thousands of cells: a plain style is much lighter than a component per cell
const SCREEN_READER_ONLY: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

interface ServiceLevelHeatmapProps {
  readonly heatmap: Heatmap;
  /** the vendor's service-level target, which the colours are centred on */
  readonly target: number | undefined;
  readonly onOpenCell: (cell: HeatmapCell) => void;
}

/**
 * The intraday service level, day by interval. A real table underneath: screen readers read
 * each cell's figure with its day and time headers; sighted users get colours, a legend, and a
 * tooltip with the offered contacts. Clicking a cell lists its contacts.
 */
export function ServiceLevelHeatmap({ heatmap, target, onOpenCell }: ServiceLevelHeatmapProps) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const grid = useMemo(() => heatmapGrid(heatmap.cells, heatmap.interval), [heatmap]);
  const bins = useMemo(() => heatBins(target ?? DEFAULT_SL_TARGET), [target]);
  const [hovered, setHovered] = useState<HeatmapCell | null>(null);
  const size = CELL_SIZE[heatmap.interval] ?? 14;
  const dayFormat = new Intl.DateTimeFormat(locale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const dayLabel = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
  const slText = (c: HeatmapCell) => (c.serviceLevel === null ? '—' : formatPercent(c.serviceLevel));
  const empty = getThemeColor('gray.1', theme);
  const colorOf = (c: HeatmapCell) => {
    const bin = c.serviceLevel === null ? undefined : binOf(bins, c.serviceLevel);
    return bin ? getThemeColor(bin.color, theme) : empty;
  };
  const cellAt = (event: PointerEvent | React.MouseEvent) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-day]');
    return td ? grid.cell(td.dataset.day ?? '', td.dataset.time ?? '') : undefined;
  };
  const tooltip = hovered
    ? t('dashboards.heatmap.tooltip', {
        day: dayLabel(hovered.day),
        from: hovered.time,
        to: intervalEnd(hovered.time, heatmap.interval),
        sl: slText(hovered),
        offered: formatNumber(hovered.offered, 0),
      })
    : '';

  return (
    <Stack gap="sm">
      <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
        <Tooltip.Floating label={tooltip} disabled={!hovered}>
          <Box
            component="table"
            aria-label={t('dashboards.heatmap.tableLabel')}
            data-testid="sl-heatmap"
            style={{ borderCollapse: 'separate', borderSpacing: 2, fontSize: 11 }}
            onPointerOver={(e: PointerEvent) => setHovered(cellAt(e) ?? null)}
            onPointerLeave={() => setHovered(null)}
            onClick={(e: React.MouseEvent) => {
              const cell = cellAt(e);
              if (cell) onOpenCell(cell);
            }}
          >
            <thead>
              <tr>
                <th scope="col">
                  <span style={SCREEN_READER_ONLY}>{t('dashboards.heatmap.day')}</span>
                </th>
                {grid.times.map((time) => (
                  <th key={time} scope="col" style={{ width: size, fontWeight: 400, padding: 0 }}>
                    {/* the hour on the hour; every header still names its interval for screen readers */}
                    {time.endsWith(':00') ? <span aria-hidden>{time.slice(0, 2)}</span> : null}
                    <span style={SCREEN_READER_ONLY}>{time}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.days.map((day) => (
                <tr key={day}>
                  <th
                    scope="row"
                    style={{ whiteSpace: 'nowrap', fontWeight: 400, textAlign: 'right', paddingRight: 6 }}
                  >
                    {dayLabel(day)}
                  </th>
                  {grid.times.map((time) => {
                    const cell = grid.cell(day, time);
                    const style = { width: size, height: size, borderRadius: 2, padding: 0 };
                    return cell ? (
                      <td
                        key={time}
                        data-day={day}
                        data-time={time}
                        style={{ ...style, background: colorOf(cell), cursor: 'pointer' }}
                      >
                        <span style={SCREEN_READER_ONLY}>
                          {t('dashboards.heatmap.cellText', {
                            sl: slText(cell),
                            offered: formatNumber(cell.offered, 0),
                          })}
                        </span>
                      </td>
                    ) : (
                      <td key={time} style={{ ...style, background: empty }} />
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Box>
        </Tooltip.Floating>
      </ScrollArea.Autosize>
      <HeatmapLegend bins={bins} />
    </Stack>
  );
}
