import { type ContractInput, validateContract } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import example from '../../../../../../docs/examples/contract-nearshore.json';
import { checkContract, dottedPath } from './contractChecks';
import { valuesToDocument } from './contractDocument';
import { amendedVersion, emptyKpiTerm, emptyPriceLine, newContractValues } from './contractValues';
import { documentToValues } from './documentValues';

const nearshore = { ...(example as ContractInput), name: 'Atlas 2026' };
const { id: _id, ...withoutId } = nearshore;

describe('contract document <-> form values', () => {
  it('shows amounts in currency units and ratio targets in percent', () => {
    const values = documentToValues(nearshore, ',');
    const pilot = values.versions[0]?.phases[0];
    expect(pilot?.priceLines[0]?.unitPriceCents).toBe('28,50');
    expect(pilot?.kpiTerms[0]?.target).toBe('80');
    expect(pilot?.kpiTerms[0]?.rule).toMatchObject({
      kind: 'linear',
      centsPerPoint: '500,00',
      capCents: '5000,00',
    });
    const run = values.versions[0]?.phases[1];
    expect(run?.kpiTerms.map((t) => t.target)).toEqual(['92', '75', '20']);
    expect(run?.atRisk).toMatchObject({
      enabled: true,
      percentOfInvoice: '10',
      poolAllocationPercent: '150',
      kpiAllocationPercent: { answer_rate: '40', fcr: '30', nps: '30' },
      earnBackEnabled: true,
      earnBack: { targets: { answer_rate: '95' }, months: '2' },
    });
    expect(run?.exclusions).toEqual({ volumeBandPercent: '10', forceMajeureDays: [] });
  });

  it('turns the values back into the same document', () => {
    const { document, problems } = valuesToDocument(documentToValues(nearshore, ','));
    expect(problems).toEqual([]);
    expect(document).toEqual(withoutId);
  });

  it('validates the example without problem', () => {
    const check = checkContract(documentToValues(nearshore));
    expect(check.problems).toEqual([]);
    expect(check.contract?.versions[0]?.phases[1]?.kpiTerms[0]?.target).toBe(0.92);
  });
});

describe('checkContract', () => {
  it('names each field of an empty contract', () => {
    const keys = checkContract(newContractValues(null)).problems.map((p) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'name',
        'vendorId',
        'activities',
        'start',
        'versions.0.effectiveFrom',
        'versions.0.reason',
        'versions.0.phases.0.start',
        'versions.0.phases.0.priceLines.0.unitPriceCents',
      ]),
    );
  });

  it('reports what cannot be read once, at its field', () => {
    const values = documentToValues(nearshore);
    const line = values.versions[0]?.phases[0]?.priceLines[0];
    if (line) line.unitPriceCents = '28.505';
    const term = values.versions[0]?.phases[1]?.kpiTerms[0];
    if (term) term.target = 'high';
    const problems = checkContract(values).problems;
    expect(problems).toEqual([
      { key: 'versions.0.phases.0.priceLines.0.unitPriceCents', source: 'form', code: 'cents' },
      { key: 'versions.0.phases.1.kpiTerms.0.target', source: 'form', code: 'number' },
    ]);
  });

  it('gives the rules of core with their paths', () => {
    const values = documentToValues(nearshore);
    const run = values.versions[0]?.phases[1];
    if (run) run.start = '2026-10-10';
    const problems = checkContract(values).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ key: 'versions.0.phases.1.start', source: 'rule', code: 'phase.overlap' }),
    );
  });

  it('sends only the fields of the line kind and only the allocations of the terms', () => {
    const values = newContractValues('v1');
    const phase = values.versions[0]?.phases[0];
    if (!phase) throw new Error('no phase');
    phase.priceLines = [{ ...emptyPriceLine('fixed_fee'), amountCents: '1000', unitPriceCents: '3' }];
    phase.kpiTerms = [{ ...emptyKpiTerm(), kpi: 'nps', target: '20' }];
    phase.atRisk = {
      ...phase.atRisk,
      enabled: true,
      percentOfInvoice: '10',
      poolAllocationPercent: '100',
      kpiAllocationPercent: { nps: '50', fcr: '50' },
    };
    const { document } = valuesToDocument(values);
    const doc = document as { versions: { phases: Record<string, unknown>[] }[] };
    expect(doc.versions[0]?.phases[0]?.priceLines).toEqual([{ kind: 'fixed_fee', amountCents: 100000 }]);
    expect(doc.versions[0]?.phases[0]?.kpiTerms).toEqual([{ kpi: 'nps', target: 20 }]);
    expect(doc.versions[0]?.phases[0]?.atRisk).toEqual({
      percentOfInvoice: 10,
      poolAllocationPercent: 100,
      kpiAllocationPercent: { nps: 50 },
    });
  });

  it('reads core paths', () => {
    expect(dottedPath('versions[1].phases[0].priceLines[2].unitPriceCents')).toBe(
      'versions.1.phases.0.priceLines.2.unitPriceCents',
    );
  });
});

describe('amendedVersion', () => {
  it('copies the terms in force with a new date and reason', () => {
    const values = documentToValues(nearshore);
    const last = values.versions[0];
    if (!last) throw new Error('no version');
    const amended = amendedVersion(last, '2027-01-01', 'new rate');
    expect(amended.effectiveFrom).toBe('2027-01-01');
    expect(amended.phases.map((p) => p.kind)).toEqual(['pilot', 'run']);
    expect(amended.phases[1]?.key).not.toBe(last.phases[1]?.key);
    values.versions.push(amended);
    expect(validateContract({ ...valuesToDocument(values).document, id: 'x' }).ok).toBe(true);
  });
});
