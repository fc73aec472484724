import { CONTRACT_KPIS, type ContractKpi } from '@vigie/core';
import { parseCents, parseNumber, parsePercentAsRatio } from '../decimal';
import type {
  AtRiskValues,
  ContractFormValues,
  ExclusionsValues,
  KpiTermValues,
  PhaseValues,
  PriceLineValues,
  RuleValues,
  VersionValues,
} from './contractValues';

/**
 * Form values -> contract document (the JSON of docs/contracts.md). What cannot be read (text
 * in a number field, fractions of a cent) is reported at its path and left out of the document,
 * where the contract's own validation then says "required"; everything else is left for
 * `validateContract` to judge, so the editor and the server give the same verdicts.
 */

export type FormProblemCode = 'number' | 'cents' | 'integer' | 'required';

export interface FormProblem {
  /** dotted path, as the form names its fields */
  readonly key: string;
  readonly code: FormProblemCode;
}

type Doc = Record<string, unknown>;

/** Builds one document, collecting the problems of reading the typed values. */
class Reader {
  readonly problems: FormProblem[] = [];

  private fail(key: string, code: FormProblemCode): undefined {
    this.problems.push({ key, code });
    return undefined;
  }

  number(key: string, text: string): number | undefined {
    const parsed = parseNumber(text);
    if (!parsed.ok) return this.fail(key, 'number');
    return parsed.value ?? undefined;
  }

  integer(key: string, text: string): number | undefined {
    const value = this.number(key, text);
    if (value !== undefined && !Number.isInteger(value)) return this.fail(key, 'integer');
    return value;
  }

  cents(key: string, text: string): number | undefined {
    const parsed = parseCents(text);
    if (!parsed.ok) return this.fail(key, parsed.reason);
    return parsed.value ?? undefined;
  }

  /** A value on the KPI's scale: a ratio KPI is typed in percent. */
  kpiValue(key: string, kpi: ContractKpi | null, text: string): number | undefined {
    if (kpi && CONTRACT_KPIS[kpi].scale === 'ratio') {
      const parsed = parsePercentAsRatio(text);
      if (!parsed.ok) return this.fail(key, 'number');
      return parsed.value ?? undefined;
    }
    return this.number(key, text);
  }
}

/** Drops the keys whose value is undefined, so the document reads like a hand-written one. */
function compact(doc: Doc): Doc {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

function priceLine(r: Reader, at: string, l: PriceLineValues): Doc {
  const base = { kind: l.kind, label: text(l.label) };
  const price = () => r.cents(`${at}.unitPriceCents`, l.unitPriceCents);
  switch (l.kind) {
    case 'fixed_fee':
      return compact({ ...base, amountCents: r.cents(`${at}.amountCents`, l.amountCents) });
    case 'per_logged_in_hour':
    case 'per_productive_hour':
    case 'per_fte':
    case 'per_minute':
      return compact({ ...base, unitPriceCents: price() });
    case 'per_contact':
      return compact({
        ...base,
        channel: l.channel || undefined,
        unitPriceCents: price(),
        minimumPercentOfForecast: r.number(`${at}.minimumPercentOfForecast`, l.minimumPercentOfForecast),
      });
    case 'per_outcome':
      return compact({ ...base, outcome: l.outcome.trim(), unitPriceCents: price() });
    case 'anchored':
      return compact({
        ...base,
        measure: l.measure,
        channel: l.measure === 'contacts' ? l.channel || undefined : undefined,
        baselineVolume: r.number(`${at}.baselineVolume`, l.baselineVolume),
        baseUnitPriceCents: r.cents(`${at}.baseUnitPriceCents`, l.baseUnitPriceCents),
        aboveUnitPriceCents: r.cents(`${at}.aboveUnitPriceCents`, l.aboveUnitPriceCents),
        belowUnitPriceCents: r.cents(`${at}.belowUnitPriceCents`, l.belowUnitPriceCents),
      });
  }
}

function rule(r: Reader, at: string, kpi: ContractKpi | null, v: RuleValues): Doc | null {
  const steps = () =>
    v.steps.map((s, i) => {
      const sat = `${at}.steps.${i}`;
      return compact({
        from: r.kpiValue(`${sat}.from`, kpi, s.from),
        to: s.to.trim() === '' ? null : r.kpiValue(`${sat}.to`, kpi, s.to),
        ...(v.kind === 'tiered'
          ? { amountCents: r.cents(`${sat}.amountCents`, s.amountCents) }
          : { points: r.integer(`${sat}.points`, s.points) }),
      });
    });
  switch (v.kind) {
    case 'none':
      return null;
    case 'linear':
      return compact({
        kind: 'linear',
        centsPerPoint: r.cents(`${at}.centsPerPoint`, v.centsPerPoint),
        bonusCentsPerPoint: r.cents(`${at}.bonusCentsPerPoint`, v.bonusCentsPerPoint),
        malusCentsPerPoint: r.cents(`${at}.malusCentsPerPoint`, v.malusCentsPerPoint),
        capCents: r.cents(`${at}.capCents`, v.capCents),
      });
    case 'tiered':
      return { kind: 'tiered', steps: steps() };
    case 'points':
      return compact({
        kind: 'points',
        steps: steps(),
        centsPerPoint: r.cents(`${at}.centsPerPoint`, v.centsPerPoint),
        capCents: r.cents(`${at}.capCents`, v.capCents),
      });
  }
}

function kpiTerm(r: Reader, at: string, term: KpiTermValues): Doc {
  return compact({
    kpi: term.kpi ?? undefined,
    target: r.kpiValue(`${at}.target`, term.kpi, term.target),
    variant: text(term.variant),
    // null (a target only) is the default: left out, as a hand-written contract does
    rule: rule(r, `${at}.rule`, term.kpi, term.rule) ?? undefined,
  });
}

function atRisk(r: Reader, at: string, v: AtRiskValues, kpis: readonly ContractKpi[]): Doc | null {
  if (!v.enabled) return null;
  const allocation: Doc = {};
  const targets: Doc = {};
  for (const kpi of kpis) {
    const pct = r.number(`${at}.kpiAllocationPercent.${kpi}`, v.kpiAllocationPercent[kpi] ?? '');
    if (pct !== undefined) allocation[kpi] = pct;
    const target = r.kpiValue(`${at}.earnBack.targets.${kpi}`, kpi, v.earnBack.targets[kpi] ?? '');
    if (target !== undefined) targets[kpi] = target;
  }
  return compact({
    percentOfInvoice: r.number(`${at}.percentOfInvoice`, v.percentOfInvoice),
    poolAllocationPercent: r.number(`${at}.poolAllocationPercent`, v.poolAllocationPercent),
    kpiAllocationPercent: allocation,
    earnBack: v.earnBackEnabled
      ? compact({ targets, months: r.integer(`${at}.earnBack.months`, v.earnBack.months) })
      : undefined,
  });
}

function exclusions(r: Reader, at: string, v: ExclusionsValues): Doc | undefined {
  if (v.volumeBandPercent.trim() === '' && v.forceMajeureDays.length === 0) return undefined;
  v.forceMajeureDays.forEach((day, i) => {
    if (day === '') r.problems.push({ key: `${at}.forceMajeureDays.${i}`, code: 'required' });
  });
  return compact({
    volumeBandPercent: r.number(`${at}.volumeBandPercent`, v.volumeBandPercent),
    forceMajeureDays: [...v.forceMajeureDays],
  });
}

function phase(r: Reader, at: string, p: PhaseValues): Doc {
  const kpis = p.kpiTerms.flatMap((term) => (term.kpi ? [term.kpi] : []));
  return compact({
    kind: p.kind,
    start: p.start || undefined,
    end: p.end || null,
    priceLines: p.priceLines.map((l, i) => priceLine(r, `${at}.priceLines.${i}`, l)),
    kpiTerms: p.kpiTerms.map((term, i) => kpiTerm(r, `${at}.kpiTerms.${i}`, term)),
    atRisk: atRisk(r, `${at}.atRisk`, p.atRisk, kpis) ?? undefined,
    exclusions: exclusions(r, `${at}.exclusions`, p.exclusions),
  });
}

function version(r: Reader, at: string, v: VersionValues): Doc {
  return compact({
    effectiveFrom: v.effectiveFrom || undefined,
    reason: v.reason,
    phases: v.phases.map((p, i) => phase(r, `${at}.phases.${i}`, p)),
  });
}

export interface DocumentDraft {
  /** the contract document (without `id`), to validate and send */
  readonly document: Doc;
  readonly problems: readonly FormProblem[];
}

/** The document the form stands for, and what could not be read to build it. */
export function valuesToDocument(values: ContractFormValues): DocumentDraft {
  const r = new Reader();
  if (values.name.trim() === '') r.problems.push({ key: 'name', code: 'required' });
  const document = compact({
    name: values.name.trim(),
    vendorId: values.vendorId ?? '',
    activities: [...values.activities],
    start: values.start || undefined,
    end: values.end || null,
    noticeDays: r.integer('noticeDays', values.noticeDays),
    exitConditions: text(values.exitConditions),
    currency: values.currency,
    versions: values.versions.map((v, i) => version(r, `versions.${i}`, v)),
  });
  return { document, problems: r.problems };
}
