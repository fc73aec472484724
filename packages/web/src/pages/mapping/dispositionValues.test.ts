import { describe, expect, it } from 'vitest';
import { distinctValues, withSourceValues } from './dispositionValues';

describe('disposition values', () => {
  it('lists each value of the sample once, case aside, empty ones left out', () => {
    const records: Record<string, string>[] = [
      { s: 'Répondu' },
      { s: 'répondu ' },
      { s: '' },
      { s: 'Abandonné' },
      { other: 'x' },
    ];
    expect(distinctValues(records, 's')).toEqual(['Répondu', 'Abandonné']);
  });

  it('keeps the rows already chosen and guesses the new values', () => {
    const rows = withSourceValues(
      [{ source: 'Répondu', disposition: 'transferred' }],
      ['RÉPONDU', 'Abandonné', 'xyz'],
    );
    expect(rows).toEqual([
      { source: 'Répondu', disposition: 'transferred' },
      { source: 'Abandonné', disposition: 'abandoned' },
      { source: 'xyz', disposition: null },
    ]);
  });
});
