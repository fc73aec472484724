import { TARGET_KPIS, type TargetKpi } from '@vigie/core';
import type { ExportKind } from '../../../export/table';
import { formatNumber, formatPercent, locale } from '../../../format';

/** How a figure reads: a count, a ratio shown as %, seconds, or NPS points (−100..100). */
export type FigureKind = 'count' | 'rate' | 'seconds' | 'points';

export const TARGET_KIND: Readonly<Record<TargetKpi, FigureKind>> = {
  answerRate: 'rate',
  serviceLevel: 'rate',
  fcr: 'rate',
  conversion: 'rate',
  csat: 'rate',
  abandonRate: 'rate',
  nps: 'points',
  asaSeconds: 'seconds',
  ahtSeconds: 'seconds',
};

/** The same kinds, as written to a spreadsheet (rates stay ratios, shown as %). */
export const EXPORT_KIND: Readonly<Record<FigureKind, ExportKind>> = {
  count: 'number',
  rate: 'percent',
  seconds: 'number',
  points: 'number',
};

export const NO_FIGURE = '—';

/** A figure as the dashboards show it; "—" when there is none (a null rate is not a zero). */
export function formatFigure(kind: FigureKind, value: number | null | undefined): string {
  if (value === null || value === undefined) return NO_FIGURE;
  switch (kind) {
    case 'count':
      return formatNumber(value, 0);
    case 'rate':
      return formatPercent(value, 1);
    case 'seconds':
      return formatNumber(value, 0);
    case 'points':
      return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
        value,
      );
  }
}

/** "≥ 80 %", "≤ 30 s": the target with the way it is met. */
export function formatTarget(kpi: TargetKpi, target: number): string {
  const sign = TARGET_KPIS[kpi] === 'min' ? '≥' : '≤';
  const kind = TARGET_KIND[kpi];
  return `${sign} ${formatFigure(kind, target)}${kind === 'seconds' ? ' s' : ''}`;
}
