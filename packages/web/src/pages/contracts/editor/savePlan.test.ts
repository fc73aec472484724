import type { ContractInput } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import example from '../../../../../../docs/examples/contract-nearshore.json';
import { valuesToDocument } from './contractDocument';
import { amendedVersion } from './contractValues';
import { documentToValues } from './documentValues';
import { planSave } from './savePlan';

const saved = { ...(example as ContractInput), name: 'Atlas 2026' };

describe('planSave', () => {
  it('creates a new contract', () => {
    expect(planSave(null, { name: 'x' })).toEqual({ kind: 'create' });
  });

  it('amends when the only change is one more version', () => {
    const values = documentToValues(saved);
    const last = values.versions[0];
    if (!last) throw new Error('no version');
    values.versions.push(amendedVersion(last, '2027-01-01', 'rates of 2027'));
    const plan = planSave(saved, valuesToDocument(values).document);
    expect(plan.kind).toBe('amend');
    if (plan.kind === 'amend') {
      expect(plan.amendment.effectiveFrom).toBe('2027-01-01');
      expect(plan.amendment.reason).toBe('rates of 2027');
      expect(plan.amendment.phases).toHaveLength(2);
    }
  });

  it('replaces when a saved version or the header changed too', () => {
    const values = documentToValues(saved);
    const last = values.versions[0];
    if (!last) throw new Error('no version');
    values.versions.push(amendedVersion(last, '2027-01-01', 'rates of 2027'));
    values.noticeDays = '60';
    expect(planSave(saved, valuesToDocument(values).document)).toEqual({ kind: 'replace' });
    expect(planSave(saved, valuesToDocument(documentToValues(saved)).document)).toEqual({ kind: 'replace' });
  });
});
