import { describe, expect, it } from 'vitest';
import { monthInputValues, toMonthInput } from './monthInputValues';

describe('month inputs', () => {
  it('shows the stored figures and the contract outcomes', () => {
    const values = monthInputValues(
      {
        vendorId: 'v',
        month: '2026-10',
        updatedAt: '',
        loggedInHours: 2500.5,
        productiveHours: null,
        fte: 14,
        forecastVolume: 44000,
        outcomes: { sale: 3 },
      },
      ['appointment'],
      ',',
    );
    expect(values).toEqual({
      loggedInHours: '2500,5',
      productiveHours: '',
      fte: '14',
      forecastVolume: '44000',
      outcomes: { appointment: '', sale: '3' },
    });
  });

  it('sends empty figures as null and counts as integers', () => {
    const result = toMonthInput({
      loggedInHours: '2 310,5',
      productiveHours: '',
      fte: '12.5',
      forecastVolume: '44000',
      outcomes: { appointment: '1240', sale: '' },
    });
    expect(result).toEqual({
      ok: true,
      input: {
        loggedInHours: 2310.5,
        productiveHours: null,
        fte: 12.5,
        forecastVolume: 44000,
        outcomes: { appointment: 1240 },
      },
    });
  });

  it('names each wrong field', () => {
    const result = toMonthInput({
      loggedInHours: 'x',
      productiveHours: '-1',
      fte: '',
      forecastVolume: '',
      outcomes: { appointment: '1,5' },
    });
    expect(result).toEqual({
      ok: false,
      errors: { loggedInHours: 'number', productiveHours: 'negative', 'outcomes.appointment': 'integer' },
    });
  });
});
