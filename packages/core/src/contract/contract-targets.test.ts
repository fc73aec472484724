import { describe, expect, it } from 'vitest';
import { targetInForce } from '../kpi/targets.ts';
import { contractTargets } from './contract-targets.ts';
import { validateContract } from './validate-contract.ts';

const phase = (kind: 'pilot' | 'run', start: string, end: string | null, target: number) => ({
  kind,
  start,
  end,
  priceLines: [{ kind: 'fixed_fee', amountCents: 100_000 }],
  kpiTerms: [
    { kpi: 'service_level', target },
    { kpi: 'schedule_adherence', target: 0.9 },
  ],
});

function contract() {
  const v = validateContract({
    id: 'c1',
    vendorId: 'v1',
    activities: ['phone'],
    start: '2026-01-01',
    end: '2026-12-31',
    noticeDays: 90,
    currency: 'EUR',
    versions: [
      {
        effectiveFrom: '2026-01-01',
        reason: 'signed',
        phases: [phase('pilot', '2026-01-01', '2026-03-15', 0.7), phase('run', '2026-03-16', null, 0.8)],
      },
      {
        effectiveFrom: '2026-07-01',
        reason: 'target raised',
        phases: [phase('run', '2026-01-01', null, 0.85)],
      },
    ],
  });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
}

describe('contractTargets', () => {
  it('dates each phase of each version, and leaves out KPIs the dashboards do not show', () => {
    expect(contractTargets(contract())).toEqual([
      {
        vendorId: 'v1',
        activityId: null,
        kpi: 'serviceLevel',
        target: 0.7,
        validFrom: '2026-01-01',
        validTo: '2026-03-15',
      },
      {
        vendorId: 'v1',
        activityId: null,
        kpi: 'serviceLevel',
        target: 0.8,
        validFrom: '2026-03-16',
        validTo: '2026-06-30',
      },
      {
        vendorId: 'v1',
        activityId: null,
        kpi: 'serviceLevel',
        target: 0.85,
        validFrom: '2026-07-01',
        validTo: '2026-12-31',
      },
    ]);
  });

  it('gives the dashboards the target of the phase in force over a period', () => {
    const targets = contractTargets(contract());
    expect(targetInForce(targets, 'v1', null, 'serviceLevel', '2026-02-01', '2026-02-28')).toBe(0.7);
    expect(targetInForce(targets, 'v1', 'any-activity', 'serviceLevel', '2026-05-01', '2026-05-31')).toBe(
      0.8,
    );
    expect(targetInForce(targets, 'v1', null, 'serviceLevel', '2026-08-01', '2026-08-31')).toBe(0.85);
    expect(targetInForce(targets, 'v2', null, 'serviceLevel', '2026-08-01', '2026-08-31')).toBeNull();
  });
});
