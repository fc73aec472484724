import { hashBytes, type Interaction, UnorderedInputError } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { SeenIds } from './seen-ids.ts';

const contact = (id: string, offeredAt: string): Interaction => ({ id, offeredAt }) as unknown as Interaction;
const at = (day: number, hour = 10): string =>
  `2025-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00`;

describe('SeenIds', () => {
  it('names the line of the first contact with the same id, for ids written in any script', () => {
    const seen = new SeenIds();
    const ids = ['a', 'é', 'e\u0301', '東京', '😀', '\ud800', '\udc00', '\ud800\udc00', ''];
    ids.forEach((id, k) => {
      expect(seen.firstLineOf(contact(id, at(1)), k + 2)).toBeUndefined();
    });
    ids.forEach((id, k) => {
      expect(seen.firstLineOf(contact(id, at(1)), 100)).toBe(k + 2);
    });
  });

  it('finds an id given as bytes and the same id given as a string', () => {
    const seen = new SeenIds();
    const bytes = Buffer.from('xx Lé-42 yy');
    expect(seen.firstLineOfKey(bytes, 3, 9, hashBytes(bytes, 3, 9), 0, 7, 'Lé-42')).toBeUndefined();
    expect(seen.firstLineOf(contact('Lé-42', at(1)), 9)).toBe(7);
  });

  it('keeps every id by default, however far apart', () => {
    const seen = new SeenIds();
    for (let k = 0; k < 50_000; k++) seen.firstLineOf(contact(`id-${k}`, at(1 + (k % 28))), k + 2);
    expect(seen.firstLineOf(contact('id-0', at(28)), 1)).toBe(2);
    expect(seen.firstLineOf(contact('id-49999', at(1)), 1)).toBe(50_001);
  });

  it('in time order, forgets ids two days behind and refuses a contact more than a day late', () => {
    const seen = new SeenIds(true);
    expect(seen.firstLineOf(contact('a', at(1, 10)), 2)).toBeUndefined();
    expect(seen.firstLineOf(contact('b', at(2, 10)), 3)).toBeUndefined();
    expect(seen.firstLineOf(contact('a', at(2, 11)), 4)).toBe(2); // yesterday's: still known
    expect(seen.firstLineOf(contact('c', at(3, 10)), 5)).toBeUndefined();
    expect(seen.firstLineOf(contact('b', at(3, 11)), 6)).toBe(3);
    expect(seen.firstLineOf(contact('a', at(3, 12)), 7)).toBeUndefined(); // forgotten: day 1
    expect(() => seen.firstLineOf(contact('late', at(1, 12)), 8)).toThrow(UnorderedInputError);
    expect(seen.firstLineOf(contact('d', at(2, 23)), 9)).toBeUndefined(); // less than a day late
    // a gap of several days forgets everything
    expect(seen.firstLineOf(contact('e', at(9, 10)), 10)).toBeUndefined();
    expect(seen.firstLineOf(contact('c', at(9, 11)), 11)).toBeUndefined();
  });
});
