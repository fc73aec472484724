import { describe, expect, it } from 'vitest';
import { exampleHash, mergeExamples, offerExample } from './example-sample.ts';

const ids = Array.from({ length: 200 }, (_, i) => `call-${String(i).padStart(4, '0')}`);

function sampleOf(list: readonly string[], capacity: number): string[] {
  const sample: string[] = [];
  for (const id of list) offerExample(sample, id, capacity);
  return sample;
}

describe('example sample', () => {
  it('keeps at most `capacity` ids: those with the smallest hash', () => {
    const sample = sampleOf(ids, 20);
    expect(sample).toHaveLength(20);
    const expected = [...ids].sort((a, b) => exampleHash(a) - exampleHash(b)).slice(0, 20);
    expect(sample).toEqual(expected);
  });
  it('does not depend on arrival order', () => {
    expect(sampleOf([...ids].reverse(), 20)).toEqual(sampleOf(ids, 20));
  });
  it('is a spread of the calls, not the first ones seen', () => {
    const sample = sampleOf(ids, 20);
    expect(sample.filter((id) => id < 'call-0100').length).toBeLessThan(20);
    expect(sample.filter((id) => id >= 'call-0100').length).toBeGreaterThan(0);
  });
  it('merges to the sample of all the calls, each id once', () => {
    const a = sampleOf(ids.slice(0, 120), 20);
    const b = sampleOf(ids.slice(80), 20);
    expect(mergeExamples(a, b, 20)).toEqual(sampleOf(ids, 20));
    expect(mergeExamples(a, a, 20)).toEqual(a);
  });
  it('ignores a repeated id and keeps nothing at capacity 0', () => {
    const sample = sampleOf(['x', 'y', 'x'], 5);
    expect(sample).toHaveLength(2);
    expect(sampleOf(ids, 0)).toEqual([]);
  });
  it('hashes with FNV-1a (32 bits)', () => {
    // published FNV-1a test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968
    expect(exampleHash('')).toBe(0x811c9dc5);
    expect(exampleHash('a')).toBe(0xe40c292c);
    expect(exampleHash('foobar')).toBe(0xbf9cf968);
  });
});
