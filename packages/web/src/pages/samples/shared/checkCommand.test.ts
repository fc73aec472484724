import { describe, expect, it } from 'vitest';
import type { SampleDraw, SamplePlan } from '../../../api/samples';
import { checkCommand, requestedSize } from './checkCommand';

const draw: SampleDraw = {
  id: 'd1',
  planId: 'p1',
  seed: 42,
  populationSize: 1000,
  populationSha256: 'ab',
  size: 278,
  sizeDetail: { mode: 'margin', margin: 0.05, confidence: 0.95, z: 1.96, exact: 277.74, infiniteSize: 384 },
  allocation: [],
  comparisons: [],
  representative: true,
  drawnBy: 'analyst@example.com',
  drawnAt: '2026-10-01T10:00:00Z',
};

const plan: SamplePlan = {
  id: 'p1',
  name: 'October',
  vendorId: null,
  population: { excludeSampled: false },
  size: { mode: 'margin', margin: 0.05, confidence: 0.95 },
  strata: { by: 'agent', mode: 'equal', minPerStratum: 5 },
  seed: 42,
  createdBy: 'u1',
  createdAt: '2026-10-01T09:00:00Z',
  draw,
};

describe('checkCommand', () => {
  it('gives the size as a number, the strata column of the CSV and the seed', () => {
    expect(checkCommand(plan, draw)).toBe(
      'vigie sample --population population-p1.csv --size 278 --strata stratum --strata-mode equal --min-per-stratum 5 --seed 42',
    );
  });

  it('leaves the strata out of a simple random sample', () => {
    expect(
      checkCommand({ ...plan, strata: { by: 'none', mode: 'proportional', minPerStratum: 0 } }, draw),
    ).toBe('vigie sample --population population-p1.csv --size 278 --seed 42');
  });
});

describe('requestedSize', () => {
  it('is the size asked of the draw, at most the population, even when minimums drew more', () => {
    expect(requestedSize({ ...draw, size: 300 })).toBe(278);
    expect(requestedSize({ ...draw, sizeDetail: { mode: 'fixed', requested: 5000 } })).toBe(1000);
    expect(requestedSize({ ...draw, sizeDetail: { mode: 'fixed', requested: 50 } })).toBe(50);
  });
});
