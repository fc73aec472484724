import type { SurveyAnswer } from './interaction.ts';
import { type Interval, wilsonInterval, Z_95 } from './rates.ts';

/** NPS in points (−100..100, as the industry quotes it), with its parts, n and interval. */
export interface NpsResult {
  /** % promoters − % detractors, in points; null when n = 0 */
  readonly value: number | null;
  readonly n: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** normal-approximation interval in points, clamped to [−100, 100]; null when n = 0 */
  readonly interval: Interval | null;
  readonly reason?: string;
}

/** CSAT as the top-two-box share (ratio 0..1) with its Wilson interval. */
export interface CsatResult {
  /** share of 4-5 answers; null when n = 0 */
  readonly value: number | null;
  readonly n: number;
  /** answers of 4 or 5 */
  readonly satisfied: number;
  readonly interval: Interval | null;
  readonly reason?: string;
}

const describe = (a: SurveyAnswer): string =>
  `${a.kind.toUpperCase()} answer (interaction ${a.interactionId ?? 'none'}, customer ${a.customerId ?? 'none'}, ` +
  `answered ${a.answeredAt})`;

/** Rejects a score off the scale: a 10 typed on a 1-5 scale must not pass as "very satisfied". */
function checkScore(a: SurveyAnswer, min: number, max: number): void {
  if (!Number.isInteger(a.score) || a.score < min || a.score > max) {
    throw new Error(`${describe(a)} has score ${a.score}; expected an integer from ${min} to ${max}`);
  }
}

/**
 * Streaming NPS: `add` answers one at a time (CSAT answers are skipped, so one mixed stream can
 * feed both tallies), then read `result()`.
 */
export class NpsTally {
  private promoters = 0;
  private passives = 0;
  private detractors = 0;

  /** Counts an NPS answer (0-10); ignores other kinds; throws on a score off the scale. */
  add(a: SurveyAnswer): void {
    if (a.kind !== 'nps') return;
    checkScore(a, 0, 10);
    if (a.score >= 9) this.promoters++;
    else if (a.score >= 7) this.passives++;
    else this.detractors++;
  }

  /** The NPS and its interval (see {@link npsResult}). */
  result(z: number = Z_95): NpsResult {
    return npsResult(this.promoters, this.passives, this.detractors, z);
  }
}

/**
 * The NPS of counted answers and its interval. NPS = p_P − p_D is a difference of two
 * multinomial proportions of the same sample, so var = (p_P + p_D − (p_P − p_D)²) / n; the
 * interval is NPS ± z·√var. Used on stored tallies too.
 */
export function npsResult(
  promoters: number,
  passives: number,
  detractors: number,
  z: number = Z_95,
): NpsResult {
  const n = promoters + passives + detractors;
  if (n === 0) {
    return { value: null, n, promoters, passives, detractors, interval: null, reason: 'no NPS answers' };
  }
  const pP = promoters / n;
  const pD = detractors / n;
  const nps = pP - pD;
  const half = z * Math.sqrt((pP + pD - nps * nps) / n);
  const clamp = (x: number): number => Math.min(100, Math.max(-100, x));
  return {
    value: nps * 100,
    n,
    promoters,
    passives,
    detractors,
    interval: { low: clamp((nps - half) * 100), high: clamp((nps + half) * 100) },
  };
}

/** Streaming CSAT (1-5 scale, top-two box); NPS answers are skipped. */
export class CsatTally {
  private n = 0;
  private satisfied = 0;

  /** Counts a CSAT answer (1-5); ignores other kinds; throws on a score off the scale. */
  add(a: SurveyAnswer): void {
    if (a.kind !== 'csat') return;
    checkScore(a, 1, 5);
    this.n++;
    if (a.score >= 4) this.satisfied++;
  }

  /** The top-two-box share with its Wilson interval (a survey is a sample: n and interval always). */
  result(z: number = Z_95): CsatResult {
    return csatResult(this.n, this.satisfied, z);
  }
}

/** CSAT (top-two box) of counted answers, with its Wilson interval. */
export function csatResult(n: number, satisfied: number, z: number = Z_95): CsatResult {
  if (n === 0) return { value: null, n, satisfied, interval: null, reason: 'no CSAT answers' };
  return { value: satisfied / n, n, satisfied, interval: wilsonInterval(satisfied, n, z) };
}

/** NPS of the `nps` answers of `answers` (other kinds ignored). */
export function computeNps(answers: Iterable<SurveyAnswer>, z: number = Z_95): NpsResult {
  const tally = new NpsTally();
  for (const a of answers) tally.add(a);
  return tally.result(z);
}

/** CSAT of the `csat` answers of `answers` (other kinds ignored). */
export function computeCsat(answers: Iterable<SurveyAnswer>, z: number = Z_95): CsatResult {
  const tally = new CsatTally();
  for (const a of answers) tally.add(a);
  return tally.result(z);
}
