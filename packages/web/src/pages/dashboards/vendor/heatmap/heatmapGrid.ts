import type { HeatmapCell } from '../../../../api/kpi';
import { addDays } from '../../period/period';

export interface HeatmapGrid {
  /** every day from the first to the last with a cell: closed days show as empty rows */
  readonly days: readonly string[];
  /** every interval start from the earliest to the latest with a cell, at the interval's step */
  readonly times: readonly string[];
  readonly cell: (day: string, time: string) => HeatmapCell | undefined;
}

function minutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Lays the cells out on regular axes, so that a gap in the data is a gap on screen. */
export function heatmapGrid(cells: readonly HeatmapCell[], interval: number): HeatmapGrid {
  const byKey = new Map(cells.map((c) => [`${c.day} ${c.time}`, c]));
  const dayList = cells.map((c) => c.day).sort();
  const startMinutes = cells.map((c) => minutes(c.time));
  const days: string[] = [];
  const first = dayList[0];
  const last = dayList.at(-1);
  if (first && last) for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  const times: string[] = [];
  if (startMinutes.length > 0) {
    for (let m = Math.min(...startMinutes); m <= Math.max(...startMinutes); m += interval)
      times.push(clock(m));
  }
  return { days, times, cell: (day, time) => byKey.get(`${day} ${time}`) };
}

/** "08:30" + 30 → "09:00": the end of the interval, for labels. */
export function intervalEnd(time: string, interval: number): string {
  return clock(minutes(time) + interval);
}
