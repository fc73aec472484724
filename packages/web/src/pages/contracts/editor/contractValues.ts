import { randomId } from '@mantine/hooks';
import type { AnchoredMeasure, ContractKpi, PriceLineKind } from '@vigie/core';

/**
 * What the contract editor holds. The shape and the key names follow the contract document
 * (docs/contracts.md) so that a problem's path there ("versions.0.phases.1.priceLines.0.
 * unitPriceCents") is the path of its field here. What differs is the unit people type in:
 * fields named `...Cents` hold an amount in currency units ("28.50"), a ratio KPI's target,
 * steps and earn-back targets hold a percentage ("92" for 0.92). Every number is the text typed.
 */

export type RuleKind = 'none' | 'linear' | 'tiered' | 'points';

export interface StepValues {
  key: string;
  from: string;
  to: string;
  amountCents: string;
  points: string;
}

export interface RuleValues {
  kind: RuleKind;
  centsPerPoint: string;
  bonusCentsPerPoint: string;
  malusCentsPerPoint: string;
  capCents: string;
  steps: StepValues[];
}

export interface KpiTermValues {
  key: string;
  kpi: ContractKpi | null;
  target: string;
  variant: string;
  rule: RuleValues;
}

export interface PriceLineValues {
  key: string;
  kind: PriceLineKind;
  label: string;
  channel: string | null;
  outcome: string;
  measure: AnchoredMeasure;
  amountCents: string;
  unitPriceCents: string;
  minimumPercentOfForecast: string;
  baselineVolume: string;
  baseUnitPriceCents: string;
  aboveUnitPriceCents: string;
  belowUnitPriceCents: string;
}

export interface AtRiskValues {
  enabled: boolean;
  percentOfInvoice: string;
  poolAllocationPercent: string;
  /** by KPI; only the KPIs the phase has a term for are sent */
  kpiAllocationPercent: Record<string, string>;
  earnBackEnabled: boolean;
  earnBack: { targets: Record<string, string>; months: string };
}

export interface ExclusionsValues {
  volumeBandPercent: string;
  forceMajeureDays: string[];
}

export interface PhaseValues {
  key: string;
  kind: 'pilot' | 'run';
  start: string;
  end: string;
  priceLines: PriceLineValues[];
  kpiTerms: KpiTermValues[];
  atRisk: AtRiskValues;
  exclusions: ExclusionsValues;
}

export interface VersionValues {
  key: string;
  effectiveFrom: string;
  reason: string;
  phases: PhaseValues[];
}

export interface ContractFormValues {
  name: string;
  vendorId: string | null;
  activities: string[];
  start: string;
  end: string;
  noticeDays: string;
  exitConditions: string;
  currency: string;
  versions: VersionValues[];
}

export const RULE_KINDS: readonly RuleKind[] = ['none', 'linear', 'tiered', 'points'];
export const ANCHORED_MEASURES: readonly AnchoredMeasure[] = [
  'contacts',
  'minutes',
  'logged_in_hours',
  'productive_hours',
];

export const emptyStep = (): StepValues => ({
  key: randomId(),
  from: '',
  to: '',
  amountCents: '',
  points: '',
});

export const emptyRule = (kind: RuleKind = 'none'): RuleValues => ({
  kind,
  centsPerPoint: '',
  bonusCentsPerPoint: '',
  malusCentsPerPoint: '',
  capCents: '',
  steps: kind === 'tiered' || kind === 'points' ? [emptyStep()] : [],
});

export const emptyKpiTerm = (): KpiTermValues => ({
  key: randomId(),
  kpi: null,
  target: '',
  variant: '',
  rule: emptyRule(),
});

export const emptyPriceLine = (kind: PriceLineKind = 'per_contact'): PriceLineValues => ({
  key: randomId(),
  kind,
  label: '',
  channel: null,
  outcome: '',
  measure: 'contacts',
  amountCents: '',
  unitPriceCents: '',
  minimumPercentOfForecast: '',
  baselineVolume: '',
  baseUnitPriceCents: '',
  aboveUnitPriceCents: '',
  belowUnitPriceCents: '',
});

export const emptyAtRisk = (): AtRiskValues => ({
  enabled: false,
  percentOfInvoice: '',
  poolAllocationPercent: '',
  kpiAllocationPercent: {},
  earnBackEnabled: false,
  earnBack: { targets: {}, months: '' },
});

export const emptyPhase = (kind: 'pilot' | 'run' = 'run', start = ''): PhaseValues => ({
  key: randomId(),
  kind,
  start,
  end: '',
  priceLines: [emptyPriceLine()],
  kpiTerms: [],
  atRisk: emptyAtRisk(),
  exclusions: { volumeBandPercent: '', forceMajeureDays: [] },
});

export const emptyVersion = (effectiveFrom = '', reason = ''): VersionValues => ({
  key: randomId(),
  effectiveFrom,
  reason,
  phases: [emptyPhase('run', effectiveFrom)],
});

export function newContractValues(vendorId: string | null, currency = 'EUR'): ContractFormValues {
  return {
    name: '',
    vendorId,
    activities: [],
    start: '',
    end: '',
    noticeDays: '90',
    exitConditions: '',
    currency,
    versions: [emptyVersion()],
  };
}

/** The same terms with fresh row keys (React keys must stay unique across versions). */
function rekeyPhase(phase: PhaseValues): PhaseValues {
  return {
    ...structuredClone(phase),
    key: randomId(),
    priceLines: phase.priceLines.map((l) => ({ ...l, key: randomId() })),
    kpiTerms: phase.kpiTerms.map((term) => ({
      ...structuredClone(term),
      key: randomId(),
      rule: { ...structuredClone(term.rule), steps: term.rule.steps.map((s) => ({ ...s, key: randomId() })) },
    })),
  };
}

/** An amendment starts as a copy of the terms in force before it. */
export function amendedVersion(last: VersionValues, effectiveFrom: string, reason: string): VersionValues {
  return { key: randomId(), effectiveFrom, reason, phases: last.phases.map(rekeyPhase) };
}
