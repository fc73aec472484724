import { describe, expect, it } from 'vitest';
import {
  centsToText,
  normalizeDecimal,
  numberToDecimal,
  parseCents,
  parseNumber,
  parsePercentAsRatio,
  ratioToPercentText,
  shiftDecimal,
} from './decimal';

describe('normalizeDecimal', () => {
  it('reads French and English writings', () => {
    expect(normalizeDecimal('1 234,56')).toBe('1234.56');
    expect(normalizeDecimal('1\u202f234,56')).toBe('1234.56');
    expect(normalizeDecimal('1,234.56')).toBe('1234.56');
    expect(normalizeDecimal('1.234,56')).toBe('1234.56');
    expect(normalizeDecimal('12,5')).toBe('12.5');
    expect(normalizeDecimal('1.234.567')).toBe('1234567');
    expect(normalizeDecimal('−3')).toBe('-3');
    expect(normalizeDecimal('+007.50')).toBe('7.5');
    expect(normalizeDecimal(',5')).toBe('0.5');
    expect(normalizeDecimal('-0')).toBe('0');
  });

  it('tells empty from invalid', () => {
    expect(normalizeDecimal('  ')).toBeNull();
    expect(normalizeDecimal('abc')).toBeUndefined();
    expect(normalizeDecimal('1-2')).toBeUndefined();
    expect(normalizeDecimal(Number.NaN)).toBeUndefined();
  });
});

describe('shiftDecimal and numberToDecimal', () => {
  it('moves the point without floating-point error', () => {
    expect(shiftDecimal('28.5', 2)).toBe('2850');
    expect(shiftDecimal('33.3', -2)).toBe('0.333');
    expect(shiftDecimal('5', -3)).toBe('0.005');
    expect(shiftDecimal('-0.07', 2)).toBe('-7');
    expect(shiftDecimal('120', -2)).toBe('1.2');
  });

  it('writes numbers without exponent', () => {
    expect(numberToDecimal(1e-7)).toBe('0.0000001');
    expect(numberToDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(numberToDecimal(0.92)).toBe('0.92');
  });
});

describe('money and percentages', () => {
  it('reads amounts as whole cents', () => {
    expect(parseCents('28,50')).toEqual({ ok: true, value: 2850 });
    expect(parseCents('3.95')).toEqual({ ok: true, value: 395 });
    expect(parseCents('0.1')).toEqual({ ok: true, value: 10 });
    expect(parseCents('1 000')).toEqual({ ok: true, value: 100000 });
    expect(parseCents('')).toEqual({ ok: true, value: null });
    expect(parseCents('1.234')).toEqual({ ok: false, reason: 'cents' });
    expect(parseCents('x')).toEqual({ ok: false, reason: 'number' });
  });

  it('shows cents as an amount', () => {
    expect(centsToText(2850)).toBe('28.50');
    expect(centsToText(5, ',')).toBe('0,05');
    expect(centsToText(-50000)).toBe('-500.00');
    expect(centsToText(100000)).toBe('1000.00');
  });

  it('turns percentages into ratios and back, exactly', () => {
    expect(parsePercentAsRatio('92')).toEqual({ ok: true, value: 0.92 });
    expect(parsePercentAsRatio('33,3')).toEqual({ ok: true, value: 0.333 });
    expect(parsePercentAsRatio('')).toEqual({ ok: true, value: null });
    expect(ratioToPercentText(0.92)).toBe('92');
    expect(ratioToPercentText(0.925, ',')).toBe('92,5');
    expect(ratioToPercentText(0.07)).toBe('7');
  });

  it('reads plain numbers', () => {
    expect(parseNumber('17')).toEqual({ ok: true, value: 17 });
    expect(parseNumber('-2,5')).toEqual({ ok: true, value: -2.5 });
    expect(parseNumber('a')).toEqual({ ok: false });
  });
});
