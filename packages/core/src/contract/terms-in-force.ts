import type { Contract, ContractVersion, Phase } from './contract.ts';
import { daysOfMonth } from './month-days.ts';

/**
 * A stretch of a month under one version and one phase. Fees and quantities of the month are
 * shared between stretches pro rata by calendar days: `days / monthDays`.
 */
export interface TermsSegment {
  readonly versionIndex: number;
  readonly version: ContractVersion;
  readonly phaseIndex: number;
  readonly phase: Phase;
  /** First and last day of the stretch, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly monthDays: number;
}

export interface TermsInForce {
  readonly month: string;
  readonly monthDays: number;
  readonly segments: readonly TermsSegment[];
  /** Days of the month under no phase (before the start, after the end, between phases). */
  readonly uncoveredDays: readonly string[];
}

/** The version in force on a day: the latest whose effectiveFrom is on or before it. */
export function versionInForce(contract: Contract, day: string): number | null {
  let found: number | null = null;
  let foundFrom = '';
  for (const [i, v] of contract.versions.entries()) {
    if (v.effectiveFrom <= day && v.effectiveFrom >= foundFrom) {
      found = i;
      foundFrom = v.effectiveFrom;
    }
  }
  return found;
}

function phaseOn(version: ContractVersion, day: string): number | null {
  const i = version.phases.findIndex((p) => p.start <= day && (p.end === null || day <= p.end));
  return i === -1 ? null : i;
}

/**
 * The terms in force over a month (YYYY-MM), day by day: an amendment taking effect on the
 * 10th or a pilot ending on the 15th splits the month into segments, each with its day count.
 */
export function termsInForce(contract: Contract, month: string): TermsInForce {
  const days = daysOfMonth(month);
  const segments: TermsSegment[] = [];
  const uncoveredDays: string[] = [];
  for (const day of days) {
    const inContract = day >= contract.start && (contract.end === null || day <= contract.end);
    const v = inContract ? versionInForce(contract, day) : null;
    const version = v === null ? undefined : contract.versions[v];
    const p = version ? phaseOn(version, day) : null;
    const phase = p === null ? undefined : version?.phases[p];
    if (v === null || p === null || !version || !phase) {
      uncoveredDays.push(day);
      continue;
    }
    const last = segments.at(-1);
    if (last && last.versionIndex === v && last.phaseIndex === p && isNextDay(last.to, day)) {
      segments[segments.length - 1] = { ...last, to: day, days: last.days + 1 };
    } else {
      segments.push({
        versionIndex: v,
        version,
        phaseIndex: p,
        phase,
        from: day,
        to: day,
        days: 1,
        monthDays: days.length,
      });
    }
  }
  return { month, monthDays: days.length, segments, uncoveredDays };
}

function isNextDay(previous: string, day: string): boolean {
  const next = new Date(`${previous}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10) === day;
}
