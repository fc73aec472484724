import { type Interval, wilsonInterval, Z_95 } from '../../kpi/rates.ts';

/**
 * A share of a sample, k of n, with its Wilson 95 % interval. `value` and `interval` are null — never
 * 0 or NaN — when n is 0, so a report can say "no calls" instead of a fake 0 %.
 */
export interface Proportion {
  readonly k: number;
  readonly n: number;
  readonly value: number | null;
  readonly interval: Interval | null;
}

/** k of n with its Wilson interval (the existing `wilsonInterval` of the KPIs, reused). */
export function proportion(k: number, n: number, z: number = Z_95): Proportion {
  const interval = wilsonInterval(k, n, z);
  return { k, n, value: n === 0 ? null : k / n, interval };
}

/** A mean over n units (hits per call with the practice, seconds per call...), null when n = 0. */
export interface Mean {
  readonly value: number | null;
  readonly total: number;
  readonly n: number;
}

/** total / n, or null over nothing. */
export function mean(total: number, n: number): Mean {
  return { value: n === 0 ? null : total / n, total, n };
}
