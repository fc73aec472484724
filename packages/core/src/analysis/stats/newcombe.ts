import { type Interval, wilsonInterval, Z_95 } from '../../kpi/rates.ts';

/**
 * Confidence interval of p1 − p2 for two independent proportions k1/n1 and k2/n2, by Newcombe's
 * hybrid score method (Newcombe 1998, Statistics in Medicine 17:873–890, method 10): the Wilson
 * intervals [l1, u1] and [l2, u2] of each proportion combined as
 *
 *   low  = d − √((p1 − l1)² + (u2 − p2)²),   high = d + √((u1 − p1)² + (p2 − l2)²).
 *
 * Chosen over the Wald difference for the reasons Wilson is chosen over Wald: it stays inside
 * [−1, 1], never collapses to zero width at 0 % or 100 %, and covers well for small samples such
 * as one agent's calls. Null when either sample is empty.
 */
export function newcombeInterval(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  z: number = Z_95,
): Interval | null {
  const first = wilsonInterval(k1, n1, z);
  const second = wilsonInterval(k2, n2, z);
  if (first === null || second === null) return null;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const d = p1 - p2;
  return {
    low: Math.max(-1, d - Math.hypot(p1 - first.low, second.high - p2)),
    high: Math.min(1, d + Math.hypot(first.high - p1, p2 - second.low)),
  };
}
