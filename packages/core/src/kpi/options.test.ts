import { describe, expect, it } from 'vitest';
import { DEFAULT_KPI_OPTIONS, parseKpiOptions } from './options.ts';

describe('KPI options', () => {
  it('defaults to the DOMAIN.md values', () => {
    expect(DEFAULT_KPI_OPTIONS).toEqual({
      serviceLevelThresholdSeconds: 20,
      serviceLevelVariant: 'offered',
      shortAbandonSeconds: 5,
      excludeShortAbandons: true,
      fcrWindowDays: 7,
    });
  });
  it('keeps given values and fills the rest', () => {
    expect(
      parseKpiOptions({ serviceLevelThresholdSeconds: 30, serviceLevelVariant: 'answered' }),
    ).toMatchObject({
      serviceLevelThresholdSeconds: 30,
      serviceLevelVariant: 'answered',
      fcrWindowDays: 7,
    });
  });
  it('rejects invalid values', () => {
    expect(() => parseKpiOptions({ shortAbandonSeconds: -1 })).toThrow();
    expect(() => parseKpiOptions({ fcrWindowDays: 0 })).toThrow();
    // @ts-expect-error unknown variant
    expect(() => parseKpiOptions({ serviceLevelVariant: 'abandoned' })).toThrow();
  });
});
