import { describe, expect, it } from 'vitest';
import { seededIds } from './seeded-ids.ts';

describe('seededIds', () => {
  it('gives the same UUID-shaped sequence for the same seed, another for another seed', () => {
    const a = seededIds(42);
    const b = seededIds(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    for (const id of first)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(first).size).toBe(3);
    expect(seededIds(43)()).not.toBe(first[0]);
  });
});
