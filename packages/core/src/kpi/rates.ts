/**
 * A ratio with its parts. `value` is null — never 0 or NaN — when the denominator is empty, and
 * `reason` then says why, so a dashboard can show "no offered contacts" instead of a fake 0 %.
 */
export interface Rate {
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  readonly reason?: string;
}

/** z for a two-sided 95 % interval (the 0.975 normal quantile). */
export const Z_95 = 1.959964;

/** A closed confidence interval. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** numerator / denominator, or null with `emptyReason` when the denominator is 0. */
export function rate(numerator: number, denominator: number, emptyReason: string): Rate {
  if (denominator === 0) return { value: null, numerator, denominator, reason: emptyReason };
  return { value: numerator / denominator, numerator, denominator };
}

/**
 * Wilson score interval for a proportion `successes / n`. Chosen over the normal (Wald)
 * interval because it stays inside [0, 1] and behaves at p = 0 or 1 and for small n, which is
 * the usual case for one agent's survey answers. Null when n = 0 (no sample, no interval).
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  if (n === 0) return null;
  if (successes < 0 || successes > n) {
    throw new Error(`wilsonInterval: successes (${successes}) must be between 0 and n (${n})`);
  }
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Clamp only floating-point dust: the exact bounds lie in [0, 1].
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
