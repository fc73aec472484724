import { randomId } from '@mantine/hooks';
import { type Allocation, BASIS_POINTS_PER_PERCENT, percentToBasisPoints } from '@vigie/core';

export interface LineValues {
  key: string;
  vendorId: string | null;
  siteId: string | null;
  sharePercent: number | string;
}

export interface AllocationFormValues {
  activityId: string | null;
  validFrom: string;
  validTo: string;
  lines: LineValues[];
}

export const emptyLine = (sharePercent: number | string = ''): LineValues => ({
  key: randomId(),
  vendorId: null,
  siteId: null,
  sharePercent,
});

/** Today in the browser's time zone, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function toValues(allocation: Allocation | null, activityId: string | null): AllocationFormValues {
  if (!allocation) return { activityId, validFrom: today(), validTo: '', lines: [emptyLine(100)] };
  return {
    activityId: allocation.activityId,
    validFrom: allocation.validFrom,
    validTo: allocation.validTo ?? '',
    lines: allocation.lines.map((l) => ({ key: randomId(), ...l })),
  };
}

function share(value: number | string): number {
  if (value === '') return Number.NaN;
  return typeof value === 'number' ? value : Number(value.replace(',', '.'));
}

/** What the form would send; the core schema and rules check it. */
export function toCandidate(v: AllocationFormValues) {
  return {
    activityId: v.activityId ?? '',
    validFrom: v.validFrom,
    validTo: v.validTo === '' ? null : v.validTo,
    lines: v.lines.map((l) => ({
      vendorId: l.vendorId ?? '',
      siteId: l.siteId || null,
      sharePercent: share(l.sharePercent),
    })),
  };
}

/** The live total in percent, summed exactly in basis points as the server does. */
export function totalPercent(lines: readonly LineValues[]): number {
  const bp = lines.reduce((sum, l) => {
    const p = share(l.sharePercent);
    return sum + (Number.isFinite(p) ? percentToBasisPoints(p) : 0);
  }, 0);
  return bp / BASIS_POINTS_PER_PERCENT;
}
