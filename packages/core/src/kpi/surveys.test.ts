import { describe, expect, it } from 'vitest';
import type { SurveyAnswer } from './interaction.ts';
import { computeCsat, computeNps, NpsTally } from './surveys.ts';

const answer = (kind: 'nps' | 'csat', score: number, interactionId = 'i1'): SurveyAnswer => ({
  kind,
  score,
  interactionId,
  customerId: 'cust',
  answeredAt: '2010-08-04T12:00:00',
});
const nps = (...scores: number[]) => scores.map((s) => answer('nps', s));
const csat = (...scores: number[]) => scores.map((s) => answer('csat', s));
const Z = 1.959964;

describe('computeNps', () => {
  it('is % promoters minus % detractors with n and the multinomial interval', () => {
    // promoters 10,10,9,9,9,10 = 6; passives 8,7 = 2; detractors 6,2 = 2; n = 10
    const r = computeNps(nps(10, 10, 9, 9, 9, 8, 7, 6, 2, 10));
    expect(r).toMatchObject({ n: 10, promoters: 6, passives: 2, detractors: 2 });
    expect(r.value).toBeCloseTo(40, 10);
    // var = (0.6 + 0.2 - 0.4²) / 10 = 0.064; half = 1.959964 * sqrt(0.064) = 0.495837
    const half = Z * Math.sqrt(0.064) * 100;
    expect(r.interval?.low).toBeCloseTo(40 - half, 10);
    expect(r.interval?.high).toBeCloseTo(40 + half, 10);
    expect(r.interval?.low).toBeCloseTo(-9.5837, 3);
  });
  it('classifies the scale edges: 6 detractor, 7-8 passive, 9 promoter', () => {
    expect(computeNps(nps(0, 6, 7, 8, 9, 10))).toMatchObject({
      promoters: 2,
      passives: 2,
      detractors: 2,
      value: 0,
    });
  });
  it('clamps the interval to [-100, 100]', () => {
    // 9 promoters, 1 detractor: NPS 80, var = (1 - 0.64) / 10 = 0.036, half = 37.19 points
    const r = computeNps(nps(9, 9, 9, 9, 9, 10, 10, 10, 10, 0));
    expect(r.value).toBeCloseTo(80, 10);
    expect(r.interval?.low).toBeCloseTo(80 - Z * Math.sqrt(0.036) * 100, 10);
    expect(r.interval?.high).toBe(100);
  });
  it('is null with a reason without answers, and ignores CSAT answers', () => {
    expect(computeNps(csat(5, 4))).toEqual({
      value: null,
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      interval: null,
      reason: 'no NPS answers',
    });
  });
  it('rejects a score off the scale, naming the answer', () => {
    expect(() => computeNps([answer('nps', 11, 'call-42')])).toThrow(
      'NPS answer (interaction call-42, customer cust, answered 2010-08-04T12:00:00) has score 11; expected an integer from 0 to 10',
    );
    expect(() => new NpsTally().add(answer('nps', 7.5))).toThrow(/score 7.5/);
  });
});

describe('computeCsat', () => {
  it('is the top-two-box share with a Wilson interval', () => {
    // 4-5 answers: 5,4,4,5,4 = 5 of 8
    const r = computeCsat(csat(5, 4, 4, 3, 1, 5, 2, 4));
    expect(r).toMatchObject({ n: 8, satisfied: 5, value: 0.625 });
    const z2 = Z * Z;
    const centre = (0.625 + z2 / 16) / (1 + z2 / 8);
    const half = (Z * Math.sqrt((0.625 * 0.375) / 8 + z2 / 256)) / (1 + z2 / 8);
    expect(r.interval?.low).toBeCloseTo(centre - half, 12);
    expect(r.interval?.high).toBeCloseTo(centre + half, 12);
    expect(r.interval?.low).toBeCloseTo(0.3057, 3);
    expect(r.interval?.high).toBeCloseTo(0.8632, 3);
  });
  it('is null with a reason without answers, and ignores NPS answers', () => {
    expect(computeCsat(nps(10))).toMatchObject({
      value: null,
      n: 0,
      interval: null,
      reason: 'no CSAT answers',
    });
  });
  it('rejects scores off the 1-5 scale', () => {
    expect(() => computeCsat([answer('csat', 0, 'call-7')])).toThrow(/interaction call-7.*score 0/);
    expect(() => computeCsat(csat(6))).toThrow(/from 1 to 5/);
  });
});
