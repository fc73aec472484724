import { nirKey } from './checksums.ts';

/**
 * French social security number (NIR, "numéro de sécu"): sex, year, month, department (2A and 2B
 * for Corsica), commune, order number, then an optional two-digit key. The structure alone
 * rules out most 13-digit numbers; the key, when said, must be right.
 */

// sex 1 or 2 (7 and 8: temporary numbers), year, month, department, commune, order, key
const NIR = /^([1278])([0-9]{2})([0-9]{2})([0-9]{2}|2[AB])([0-9]{3})([0-9]{3})([0-9]{2})?$/;

export type NirCheck = 'nir' | 'bad-key' | 'no';

/**
 * Whether `chars` (13 or 15 characters, no spaces) is a NIR; 'bad-key' when the first 13 are
 * one but the two digits after them are not its key, which then rules out the 13 alone too.
 */
export function checkNir(chars: string): NirCheck {
  const m = NIR.exec(chars);
  if (!m) return 'no';
  const [, sex = '', , month = '', department = '', commune = '', order = '', key] = m;
  const mm = Number(month);
  const usualMonth = mm >= 1 && mm <= 12;
  // months 20-42 and 50-99 are given when the birth month is unknown (foreign-born people)
  const monthOk = usualMonth || (mm >= 20 && mm <= 42) || mm >= 50;
  if (!monthOk || department === '00' || commune === '000' || order === '000') return 'no';
  if (key === undefined) {
    // without a key the structure is all there is: only the usual sexes 1 and 2 and months 1-12,
    // which rule out three 13-digit numbers in four; a 13-digit number starting with 7 or 8 is
    // more often a product code (EAN-13) than a temporary NIR
    return (sex === '1' || sex === '2') && usualMonth ? 'nir' : 'no';
  }
  return Number(key) === nirKey(chars.slice(0, 13)) ? 'nir' : 'bad-key';
}
