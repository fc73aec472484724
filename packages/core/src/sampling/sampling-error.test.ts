import { describe, expect, it } from 'vitest';
import { requireWhole, SamplingInputError } from './sampling-error.ts';

describe('SamplingInputError', () => {
  it('carries the field and an English message', () => {
    const error = new SamplingInputError('margin', 'margin must be a ratio');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SamplingInputError');
    expect(error.field).toBe('margin');
    expect(error.message).toBe('margin must be a ratio');
  });
});

describe('requireWhole', () => {
  it('accepts whole numbers from the minimum up', () => {
    expect(() => requireWhole('size', 0)).not.toThrow();
    expect(() => requireWhole('size', 12)).not.toThrow();
    expect(() => requireWhole('seed', -5, -10)).not.toThrow();
  });
  it('refuses fractions, NaN, infinities and values below the minimum, naming the field', () => {
    for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -1]) {
      expect(() => requireWhole('size', value)).toThrow(SamplingInputError);
    }
    expect(() => requireWhole('size', -1)).toThrow('size must be a whole number >= 0, got -1');
    expect(() => requireWhole('population', -2, 0, 'The population of stratum "A"')).toThrow(
      'The population of stratum "A" must be a whole number >= 0, got -2',
    );
  });
});
