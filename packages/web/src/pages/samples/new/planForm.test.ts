import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { INITIAL_VALUES, toFormErrors, toRequest, validatePlan } from './planForm';

const t = ((key: string) => key) as unknown as TFunction;

describe('toRequest', () => {
  it('sends only the choices made, durations in seconds and the margin as a ratio', () => {
    expect(
      toRequest({
        ...INITIAL_VALUES,
        name: '  Atlas octobre ',
        vendorId: 'v1',
        agents: ['Nadia'],
        minMinutes: 1.5,
        strataBy: 'agent',
        minPerStratum: 5,
        seed: 42,
      }),
    ).toEqual({
      name: 'Atlas octobre',
      population: { vendorId: 'v1', agents: ['Nadia'], minSeconds: 90, excludeSampled: false },
      size: { mode: 'margin', margin: 0.05, confidence: 0.95 },
      strata: { by: 'agent', mode: 'proportional', minPerStratum: 5 },
      seed: 42,
    });
  });

  it('sends a given number, no minimum without strata, and no seed when none is typed', () => {
    const request = toRequest({
      ...INITIAL_VALUES,
      name: 'x',
      sizeMode: 'fixed',
      size: 400,
      minPerStratum: 9,
    });
    expect(request.size).toEqual({ mode: 'fixed', size: 400 });
    expect(request.strata.minPerStratum).toBe(0);
    expect('seed' in request).toBe(false);
  });
});

describe('validatePlan', () => {
  it('checks the name, the period, the durations, the size and the seed', () => {
    expect(
      validatePlan(t, {
        ...INITIAL_VALUES,
        from: '2026-10-31',
        to: '2026-10-01',
        minMinutes: 5,
        maxMinutes: 2,
        marginPercent: 60,
        seed: -1,
      }),
    ).toEqual({
      name: 'validation.required',
      to: 'rules.dates.end_before_start',
      maxMinutes: 'samples.form.maxBelowMin',
      marginPercent: 'samples.form.marginRange',
      seed: 'samples.form.seedRange',
    });
  });
});

describe('toFormErrors', () => {
  it('places the server’s paths on the form’s fields', () => {
    expect(
      toFormErrors({
        'population.maxSeconds': 'a',
        'population.siteIds.2': 'b',
        'size.margin': 'c',
        'strata.minPerStratum': 'd',
        name: 'e',
        population: 'f',
      }),
    ).toEqual({
      maxMinutes: 'a',
      siteIds: 'b',
      marginPercent: 'c',
      minPerStratum: 'd',
      name: 'e',
      population: 'f',
    });
  });
});
