import { describe, expect, it } from 'vitest';
import { uploadProblems } from './uploadProblems';

describe('uploadProblems', () => {
  it('reads the row and field from the path or the params, in row order', () => {
    expect(
      uploadProblems([
        { path: ['rows', 7, 'amount'], code: 'invalid_number', message: 'amount is not a number' },
        { path: [3, 'code'], code: 'unknown_code', message: 'unknown code' },
        { path: [], code: 'missing_column', message: 'no amount column', params: { field: 'amount' } },
        { path: ['file'], code: 'row_error', message: 'bad', params: { row: '5', field: 'quantity' } },
      ]),
    ).toEqual([
      { row: null, field: 'amount', code: 'missing_column', message: 'no amount column' },
      { row: 3, field: 'code', code: 'unknown_code', message: 'unknown code' },
      { row: 5, field: 'quantity', code: 'row_error', message: 'bad' },
      { row: 7, field: 'amount', code: 'invalid_number', message: 'amount is not a number' },
    ]);
  });
});
