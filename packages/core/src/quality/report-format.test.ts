import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatSeconds, plural, quote } from './report-format.ts';

describe('formatPercent', () => {
  it('writes French percentages with a decimal comma and U+202F before %', () => {
    expect(formatPercent(0.12, 'fr')).toBe('12\u202F%');
    expect(formatPercent(0.079, 'fr')).toBe('7,9\u202F%');
    expect(formatPercent(1, 'fr')).toBe('100\u202F%');
    expect(formatPercent(0, 'fr')).toBe('0\u202F%');
  });

  it('writes English percentages with a decimal point and no space', () => {
    expect(formatPercent(0.12, 'en')).toBe('12%');
    expect(formatPercent(0.079, 'en')).toBe('7.9%');
  });

  it('gives whole points from 10 % up, one decimal below', () => {
    expect(formatPercent(0.1234, 'en')).toBe('12%');
    expect(formatPercent(0.0123, 'en')).toBe('1.2%');
    expect(formatPercent(-0.25, 'en')).toBe('-25%');
  });
});

describe('other formats', () => {
  it('formats seconds, counts, plurals and quotes per language', () => {
    expect(formatSeconds(96.6, 'fr')).toBe('97\u202Fs');
    expect(formatSeconds(96.6, 'en')).toBe('97s');
    expect(formatCount(12000, 'fr')).toBe('12\u202F000');
    expect(formatCount(12000, 'en')).toBe('12,000');
    expect([0, 1, 2].map((n) => plural(n, 'fr', 'appel', 'appels'))).toEqual(['appel', 'appel', 'appels']);
    expect([0, 1, 2].map((n) => plural(n, 'en', 'call', 'calls'))).toEqual(['calls', 'call', 'calls']);
    expect(quote('Coupe la parole', 'fr')).toBe('«\u00A0Coupe la parole\u00A0»');
    expect(quote('Interrupts', 'en')).toBe('“Interrupts”');
  });
});
