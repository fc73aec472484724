import { rangesOverlap } from '../shared/dates.ts';
import type { Contract, Phase } from './contract.ts';
import { type ContractError, contractError, type PathPart } from './contract-error.ts';
import { add, compare, exact, ratio } from './exact.ts';
import { type ContractKpi, meetsTarget, scaleProblem } from './kpi-catalog.ts';
import type { KpiTerm, TierStep } from './kpi-term.ts';

const range = (start: string, end: string | null) => ({ validFrom: start, validTo: end });
const until = (end: string | null) => end ?? 'open-ended';

/**
 * The rules that tie fields together, run once the shape is valid: contract and version
 * dates, phases inside the contract and apart from each other, one term per KPI with a target
 * on its scale, tiers that do not overlap, at-risk allocations within 100 %.
 */
export function checkContractRules(contract: Contract): ContractError[] {
  const errors: ContractError[] = [];
  if (contract.end !== null && contract.end < contract.start) {
    errors.push(
      contractError(
        ['end'],
        'dates.end_before_start',
        `(${contract.end}) comes before start (${contract.start})`,
      ),
    );
  }
  contract.versions.forEach((version, v) => {
    const at = ['versions', v, 'effectiveFrom'];
    const previous = contract.versions[v - 1];
    if (version.effectiveFrom < contract.start) {
      errors.push(
        contractError(
          at,
          'version.before_start',
          `(${version.effectiveFrom}) is before the contract start (${contract.start})`,
        ),
      );
    } else if (v === 0 && version.effectiveFrom !== contract.start) {
      errors.push(
        contractError(
          at,
          'version.first_not_at_start',
          `of the first version (${version.effectiveFrom}) must be the contract start (${contract.start}), or the days between have no terms`,
        ),
      );
    }
    if (contract.end !== null && version.effectiveFrom > contract.end) {
      errors.push(
        contractError(
          at,
          'version.after_end',
          `(${version.effectiveFrom}) is after the contract end (${contract.end})`,
        ),
      );
    }
    if (previous && version.effectiveFrom <= previous.effectiveFrom) {
      errors.push(
        contractError(
          at,
          'version.order',
          `(${version.effectiveFrom}) must come after that of versions[${v - 1}] (${previous.effectiveFrom}): versions are listed in effective-date order`,
        ),
      );
    }
    version.phases.forEach((phase, p) => {
      errors.push(...checkPhase(contract, phase, ['versions', v, 'phases', p]));
      version.phases.slice(0, p).forEach((other, o) => {
        if (rangesOverlap(range(phase.start, phase.end), range(other.start, other.end))) {
          errors.push(
            contractError(
              ['versions', v, 'phases', p, 'start'],
              'phase.overlap',
              `(${phase.start}): this phase (${phase.start} to ${until(phase.end)}) overlaps phases[${o}] (${other.start} to ${until(other.end)})`,
            ),
          );
        }
      });
    });
  });
  return errors;
}

function checkPhase(contract: Contract, phase: Phase, at: PathPart[]): ContractError[] {
  const errors: ContractError[] = [];
  const outside = `is outside the contract dates (${contract.start} to ${until(contract.end)})`;
  if (phase.end !== null && phase.end < phase.start) {
    errors.push(
      contractError(
        [...at, 'end'],
        'dates.end_before_start',
        `(${phase.end}) comes before the phase start (${phase.start})`,
      ),
    );
  }
  if (phase.start < contract.start || (contract.end !== null && phase.start > contract.end)) {
    errors.push(contractError([...at, 'start'], 'phase.outside_contract', `(${phase.start}) ${outside}`));
  }
  if (phase.end !== null && contract.end !== null && phase.end > contract.end) {
    errors.push(contractError([...at, 'end'], 'phase.outside_contract', `(${phase.end}) ${outside}`));
  }
  for (const [d, day] of (phase.exclusions?.forceMajeureDays ?? []).entries()) {
    if (day < phase.start || (phase.end !== null && day > phase.end)) {
      errors.push(
        contractError(
          [...at, 'exclusions', 'forceMajeureDays', d],
          'exclusions.day_outside_phase',
          `(${day}) is outside the phase (${phase.start} to ${until(phase.end)})`,
        ),
      );
    }
  }
  const seen = new Map<ContractKpi, number>();
  phase.kpiTerms.forEach((term, t) => {
    const first = seen.get(term.kpi);
    if (first !== undefined) {
      errors.push(
        contractError(
          [...at, 'kpiTerms', t, 'kpi'],
          'kpi_term.duplicate',
          `(${term.kpi}) already has a term in kpiTerms[${first}]: one term per KPI and phase`,
        ),
      );
    } else seen.set(term.kpi, t);
    errors.push(...checkTerm(term, [...at, 'kpiTerms', t]));
  });
  if (phase.atRisk) errors.push(...checkAtRisk(phase, [...at, 'atRisk']));
  return errors;
}

function checkTerm(term: KpiTerm, at: PathPart[]): ContractError[] {
  const errors: ContractError[] = [];
  const scale = scaleProblem(term.kpi, term.target);
  if (scale) errors.push(contractError([...at, 'target'], 'kpi_term.scale', `${scale} for ${term.kpi}`));
  const rule = term.rule;
  if (
    rule?.kind === 'linear' &&
    rule.centsPerPoint === undefined &&
    rule.bonusCentsPerPoint === undefined &&
    rule.malusCentsPerPoint === undefined
  ) {
    errors.push(
      contractError(
        [...at, 'rule'],
        'kpi_rule.linear_without_rate',
        'needs centsPerPoint, or bonusCentsPerPoint and/or malusCentsPerPoint',
      ),
    );
  }
  if (rule?.kind === 'tiered' || rule?.kind === 'points')
    errors.push(...checkSteps(rule.steps, [...at, 'rule', 'steps']));
  return errors;
}

/** Steps are [from, to): each must end after it starts, and no value may fall in two. */
function checkSteps(steps: readonly TierStep[], at: PathPart[]): ContractError[] {
  const errors: ContractError[] = [];
  steps.forEach((step, s) => {
    if (step.to !== null && step.to <= step.from) {
      errors.push(
        contractError(
          [...at, s, 'to'],
          'tier.empty',
          `(${step.to}) must be above from (${step.from}); a step covers [from, to)`,
        ),
      );
    }
    steps.slice(0, s).forEach((other, o) => {
      const apart = (a: TierStep, b: TierStep) => a.to !== null && a.to <= b.from;
      if (!apart(step, other) && !apart(other, step)) {
        errors.push(
          contractError(
            [...at, s],
            'tier.overlap',
            `[${step.from}, ${step.to ?? '∞'}) overlaps steps[${o}] [${other.from}, ${other.to ?? '∞'})`,
          ),
        );
      }
    });
  });
  return errors;
}

function checkAtRisk(phase: Phase, at: PathPart[]): ContractError[] {
  const errors: ContractError[] = [];
  const atRisk = phase.atRisk;
  if (!atRisk) return errors;
  const allocations = Object.entries(atRisk.kpiAllocationPercent) as [ContractKpi, number][];
  const total = allocations.reduce((sum, [, pct]) => add(sum, exact(pct)), ratio(0, 1));
  if (compare(total, ratio(100, 1)) > 0) {
    const list = allocations.map(([k, pct]) => `${k} ${pct} %`).join(' + ');
    errors.push(
      contractError(
        [...at, 'kpiAllocationPercent'],
        'at_risk.allocations_over_100',
        `adds up to more than 100 % (${list}); the KPI allocations share out the pool`,
      ),
    );
  }
  const termOf = (kpi: ContractKpi) => phase.kpiTerms.find((t) => t.kpi === kpi);
  for (const [kpi] of allocations) {
    if (!termOf(kpi)) {
      errors.push(
        contractError(
          [...at, 'kpiAllocationPercent', kpi],
          'at_risk.kpi_without_term',
          `has an allocation but the phase has no kpiTerms entry for ${kpi}, so no target to miss`,
        ),
      );
    }
  }
  for (const [kpi, target] of Object.entries(atRisk.earnBack?.targets ?? {}) as [ContractKpi, number][]) {
    const term = termOf(kpi);
    const path = [...at, 'earnBack', 'targets', kpi];
    if (atRisk.kpiAllocationPercent[kpi] === undefined) {
      errors.push(
        contractError(
          path,
          'at_risk.earn_back_outside_pool',
          `has an earn-back target but ${kpi} has no allocation in the at-risk pool`,
        ),
      );
    } else if (term && (target === term.target || !meetsTarget(kpi, target, term.target))) {
      errors.push(
        contractError(
          path,
          'at_risk.earn_back_not_stricter',
          `(${target}) must be stricter than the term's target (${term.target}) for ${kpi}`,
        ),
      );
    }
  }
  return errors;
}
