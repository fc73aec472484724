import { randomId } from '@mantine/hooks';
import {
  type AtRisk,
  CONTRACT_KPIS,
  type ContractInput,
  type ContractKpi,
  type KpiRule,
  type KpiTerm,
  type PriceLine,
} from '@vigie/core';
import { centsToText, decimalText, ratioToPercentText } from '../decimal';
import {
  type AtRiskValues,
  type ContractFormValues,
  emptyAtRisk,
  emptyPriceLine,
  emptyRule,
  type KpiTermValues,
  type PriceLineValues,
  type RuleValues,
  type StepValues,
} from './contractValues';

/**
 * Contract document -> form values: the reverse of valuesToDocument, amounts shown in
 * currency units and ratio KPIs in percent, with the interface's decimal separator.
 */

type PhaseInput = ContractInput['versions'][number]['phases'][number];

function fmt(sep: string) {
  return {
    num: (v: number | null | undefined) => (v === null || v === undefined ? '' : decimalText(v, sep)),
    money: (v: number | null | undefined) => (v === null || v === undefined ? '' : centsToText(v, sep)),
    kpi: (kpi: ContractKpi, v: number | null | undefined) => {
      if (v === null || v === undefined) return '';
      return CONTRACT_KPIS[kpi].scale === 'ratio' ? ratioToPercentText(v, sep) : decimalText(v, sep);
    },
  };
}

function priceLineValues(line: PriceLine, sep: string): PriceLineValues {
  const f = fmt(sep);
  const v = emptyPriceLine(line.kind);
  v.label = line.label ?? '';
  switch (line.kind) {
    case 'fixed_fee':
      v.amountCents = f.money(line.amountCents);
      break;
    case 'per_contact':
      v.channel = line.channel ?? null;
      v.unitPriceCents = f.money(line.unitPriceCents);
      v.minimumPercentOfForecast = f.num(line.minimumPercentOfForecast);
      break;
    case 'per_outcome':
      v.outcome = line.outcome;
      v.unitPriceCents = f.money(line.unitPriceCents);
      break;
    case 'anchored':
      v.measure = line.measure ?? 'contacts';
      v.channel = line.channel ?? null;
      v.baselineVolume = f.num(line.baselineVolume);
      v.baseUnitPriceCents = f.money(line.baseUnitPriceCents);
      v.aboveUnitPriceCents = f.money(line.aboveUnitPriceCents);
      v.belowUnitPriceCents = f.money(line.belowUnitPriceCents);
      break;
    default:
      v.unitPriceCents = f.money(line.unitPriceCents);
  }
  return v;
}

function ruleValues(kpi: ContractKpi, rule: KpiRule | null | undefined, sep: string): RuleValues {
  const f = fmt(sep);
  if (!rule) return emptyRule();
  const v = emptyRule(rule.kind);
  if (rule.kind === 'linear') {
    v.centsPerPoint = f.money(rule.centsPerPoint);
    v.bonusCentsPerPoint = f.money(rule.bonusCentsPerPoint);
    v.malusCentsPerPoint = f.money(rule.malusCentsPerPoint);
    v.capCents = f.money(rule.capCents);
    return v;
  }
  v.steps = rule.steps.map(
    (s): StepValues => ({
      key: randomId(),
      from: f.kpi(kpi, s.from),
      to: f.kpi(kpi, s.to),
      amountCents: 'amountCents' in s ? f.money(s.amountCents) : '',
      points: 'points' in s ? f.num(s.points) : '',
    }),
  );
  if (rule.kind === 'points') {
    v.centsPerPoint = f.money(rule.centsPerPoint);
    v.capCents = f.money(rule.capCents);
  }
  return v;
}

function termValues(term: KpiTerm | ContractInputTerm, sep: string): KpiTermValues {
  return {
    key: randomId(),
    kpi: term.kpi,
    target: fmt(sep).kpi(term.kpi, term.target),
    variant: term.variant ?? '',
    rule: ruleValues(term.kpi, term.rule as KpiRule | null | undefined, sep),
  };
}
type ContractInputTerm = NonNullable<PhaseInput['kpiTerms']>[number];

function atRiskValues(atRisk: AtRisk | null | undefined, sep: string): AtRiskValues {
  if (!atRisk) return emptyAtRisk();
  const f = fmt(sep);
  const allocation: Record<string, string> = {};
  for (const [kpi, pct] of Object.entries(atRisk.kpiAllocationPercent)) allocation[kpi] = f.num(pct);
  const targets: Record<string, string> = {};
  for (const [kpi, value] of Object.entries(atRisk.earnBack?.targets ?? {})) {
    targets[kpi] = f.kpi(kpi as ContractKpi, value);
  }
  return {
    enabled: true,
    percentOfInvoice: f.num(atRisk.percentOfInvoice),
    poolAllocationPercent: f.num(atRisk.poolAllocationPercent),
    kpiAllocationPercent: allocation,
    earnBackEnabled: Boolean(atRisk.earnBack),
    earnBack: { targets, months: f.num(atRisk.earnBack?.months) },
  };
}

/** A stored document in the editor; `sep` is the decimal separator of the interface language. */
export function documentToValues(document: ContractInput, sep = '.'): ContractFormValues {
  const f = fmt(sep);
  return {
    name: document.name ?? '',
    vendorId: document.vendorId || null,
    activities: [...document.activities],
    start: document.start,
    end: document.end ?? '',
    noticeDays: f.num(document.noticeDays),
    exitConditions: document.exitConditions ?? '',
    currency: document.currency,
    versions: document.versions.map((version) => ({
      key: randomId(),
      effectiveFrom: version.effectiveFrom,
      reason: version.reason,
      phases: version.phases.map((phase) => ({
        key: randomId(),
        kind: phase.kind,
        start: phase.start,
        end: phase.end ?? '',
        priceLines: phase.priceLines.map((l) => priceLineValues(l as PriceLine, sep)),
        kpiTerms: (phase.kpiTerms ?? []).map((term) => termValues(term, sep)),
        atRisk: atRiskValues(phase.atRisk as AtRisk | null | undefined, sep),
        exclusions: {
          volumeBandPercent: f.num(phase.exclusions?.volumeBandPercent),
          forceMajeureDays: [...(phase.exclusions?.forceMajeureDays ?? [])],
        },
      })),
    })),
  };
}
