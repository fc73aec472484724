import type { TargetKpi } from '../kpi/targets.ts';
import type { Contract } from './contract.ts';
import type { ContractKpi } from './kpi-catalog.ts';

/** The dashboards' name of each contract KPI; schedule adherence has no dashboard figure. */
const DASHBOARD_KPI: Readonly<Record<ContractKpi, TargetKpi | null>> = {
  service_level: 'serviceLevel',
  answer_rate: 'answerRate',
  abandon_rate: 'abandonRate',
  asa: 'asaSeconds',
  aht: 'ahtSeconds',
  fcr: 'fcr',
  nps: 'nps',
  csat: 'csat',
  conversion: 'conversion',
  schedule_adherence: null,
};

/** A target the dashboards can judge by, taken from a contract's KPI terms. */
export interface ContractTarget {
  readonly vendorId: string;
  /** contract targets hold for every activity of the vendor */
  readonly activityId: null;
  readonly kpi: TargetKpi;
  readonly target: number;
  readonly validFrom: string;
  readonly validTo: string | null;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * The KPI targets a contract sets, dated: each version holds from its effective date to the day
 * before the next one, each phase within its dates, all within the contract's. The dashboards
 * judge a vendor's figures by these before any target entered by hand (issue 4: "KPI targets
 * come from the contract in force").
 */
export function contractTargets(contract: Contract): ContractTarget[] {
  const out: ContractTarget[] = [];
  const versions = [...contract.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  versions.forEach((version, k) => {
    const next = versions[k + 1];
    const versionEnd = earliest(next ? dayBefore(next.effectiveFrom) : null, contract.end);
    for (const phase of version.phases) {
      const validFrom = [phase.start, version.effectiveFrom, contract.start].sort().at(-1) as string;
      const validTo = earliest(phase.end, versionEnd);
      if (validTo !== null && validTo < validFrom) continue;
      for (const term of phase.kpiTerms) {
        const kpi = DASHBOARD_KPI[term.kpi];
        if (kpi)
          out.push({
            vendorId: contract.vendorId,
            activityId: null,
            kpi,
            target: term.target,
            validFrom,
            validTo,
          });
      }
    }
  });
  return out;
}
