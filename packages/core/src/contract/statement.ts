import type { Explanation } from './explanation.ts';
import type { ContractKpi } from './kpi-catalog.ts';
import type { PriceLineKind } from './price-line.ts';

/** How amounts are rounded: each line's exact amount once, half-up (away from zero), to the cent. */
export const ROUNDING = 'half-up to the cent per line' as const;

/** Where a figure comes from when a month is split between versions or phases. */
export interface ProRata {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly ofDays: number;
  readonly basis: string;
  readonly basisExplained: Explanation;
}

/** Which terms produced a figure. */
export interface TermsRef {
  readonly phase: 'pilot' | 'run';
  readonly phaseIndex: number;
  readonly versionEffectiveFrom: string;
  readonly proRata?: ProRata;
}

export interface StatementLine extends TermsRef {
  readonly label: string;
  readonly kind: PriceLineKind;
  /** Which part of an anchored or minimum-billed line this is. */
  readonly part?: 'baseline' | 'above_baseline' | 'below_baseline' | 'minimum_top_up';
  /** The channel the line counts contacts of, when it names one (per contact, anchored on contacts). */
  readonly channel?: string;
  /** The outcome a per-outcome line pays for. */
  readonly outcome?: string;
  readonly priceLineIndex: number;
  /** Pro-rated when the month is split; shown rounded, the amount uses the exact value. */
  readonly quantity: number;
  readonly unit: string;
  readonly unitPriceCents: number;
  readonly amountCents: number;
  /** The input read, e.g. "actuals.volumes.phone = 12000". */
  readonly input: string;
}

export interface KpiTermResult extends TermsRef {
  readonly kpi: ContractKpi;
  readonly measured: number | null;
  readonly target: number;
  readonly better: 'higher' | 'lower';
  readonly variant?: string;
  readonly input: string;
  /** The rule and its working, e.g. "linear: 3 percentage points above target x 100.00 = 300.00". */
  readonly rule: string;
  readonly ruleExplained: Explanation;
  /** False for a target without bonus or malus of its own (it counts through the at-risk pool). */
  readonly hasRule: boolean;
  readonly bonusMalusCents: number;
  /** Why the term did not apply this month, if it did not. */
  readonly excluded?: string;
  readonly excludedExplained?: Explanation;
}

export interface AtRiskCredit extends TermsRef {
  readonly kpi: ContractKpi;
  readonly measured: number | null;
  readonly target: number;
  readonly missed: boolean;
  readonly poolAllocationPercent: number;
  readonly kpiAllocationPercent: number;
  readonly atRiskAmountCents: number;
  /** Before the month's cap. */
  readonly creditCents: number;
  /** This KPI's share of the credits after the cap (equal to creditCents when not capped). */
  readonly appliedCents: number;
  readonly formula: string;
  readonly formulaExplained: Explanation;
  readonly excluded?: string;
  readonly excludedExplained?: Explanation;
  readonly earnBack?: { readonly target: number; readonly months: number };
}

export interface EarnBackResult {
  readonly kpi: ContractKpi;
  readonly missedIn: string;
  readonly creditCents: number;
  readonly target: number;
  readonly months: number;
  readonly measured: readonly { readonly month: string; readonly value: number | null }[];
  readonly returnedCents: number;
  readonly reason: string;
  readonly reasonExplained: Explanation;
}

export interface AtRiskResult {
  readonly amountCents: number;
  readonly basis: string;
  /**
   * 'at_risk.basis' with `segments` (how many pools the month has) and, for each pool n from 1,
   * percentN, feesCentsN, fromN, toN, amountCentsN; 'at_risk.no_pool' when only earn-back is left.
   */
  readonly basisExplained: Explanation;
  readonly credits: readonly AtRiskCredit[];
  readonly uncappedCents: number;
  readonly creditsCents: number;
  readonly capped: boolean;
  readonly earnBack: readonly EarnBackResult[];
}

export interface StatementTotals {
  readonly feesCents: number;
  readonly bonusCents: number;
  readonly malusCents: number;
  readonly creditsCents: number;
  readonly earnBackCents: number;
  /** fees + bonus - malus - credits + earn-back */
  readonly totalCents: number;
}

export interface SegmentSummary {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly phase: 'pilot' | 'run';
  readonly phaseIndex: number;
  readonly versionEffectiveFrom: string;
  readonly versionReason: string;
}

export interface Statement {
  readonly currency: string;
  readonly month: string;
  readonly segments: readonly SegmentSummary[];
  readonly uncoveredDays: readonly string[];
  readonly lines: readonly StatementLine[];
  readonly kpis: readonly KpiTermResult[];
  readonly atRisk?: AtRiskResult;
  readonly totals: StatementTotals;
  readonly rounding: typeof ROUNDING;
  /** Inputs missing or inconsistent; each says what was assumed. */
  readonly warnings: readonly string[];
  /** The warnings as data, in the same order (explanationText writes them in a language). */
  readonly warningsExplained: readonly Explanation[];
}

/** 1234567 -> "12,345.67": for the working written into descriptions. */
export function formatCents(amountCents: number): string {
  const sign = amountCents < 0 ? '-' : '';
  const abs = Math.abs(amountCents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${units}.${String(abs % 100).padStart(2, '0')}`;
}
