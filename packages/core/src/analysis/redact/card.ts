import { luhnValid } from './checksums.ts';

/**
 * Payment card numbers: 13 to 19 digits, Luhn-checked, and the issuer prefix and length of a
 * card scheme. Luhn alone lets one number in ten through; the prefix check keeps out most other
 * Luhn-checked numbers, such as SIRET company numbers (14 digits: only those starting with 36 or
 * 300-305, a Diners Club prefix, remain), and all numbers starting with 0 or 1 (phone numbers,
 * French social security numbers).
 */

const ANY = [13, 14, 15, 16, 17, 18, 19];
const LONG = [16, 17, 18, 19];

/** [lowest prefix, highest prefix (same number of digits), lengths] of the card schemes. */
const SCHEMES: readonly (readonly [string, string, readonly number[]])[] = [
  ['4', '4', [13, 16, 19]], // Visa, and the French CB cards co-branded with it
  ['51', '55', [16]], // Mastercard
  ['2221', '2720', [16]], // Mastercard 2-series
  ['2200', '2204', LONG], // Mir
  ['34', '34', [15]], // American Express
  ['37', '37', [15]],
  ['300', '305', ANY], // Diners Club
  ['36', '36', ANY],
  ['38', '39', LONG],
  ['3528', '3589', LONG], // JCB
  // Maestro, Discover, UnionPay: 16 to 19 digits here, as issued today; the older 13- to 15-digit
  // Maestro numbers would bring in 15% of SIRET company numbers, which are Luhn-checked too
  ['50', '50', LONG],
  ['56', '69', LONG],
];

/** The longest card number. */
export const CARD_MAX_LENGTH = 19;

/** Whether `digits` (ASCII digits only) have the prefix and length of a card scheme. */
export function hasCardShape(digits: string): boolean {
  if (digits.length < 13 || digits.length > CARD_MAX_LENGTH) return false;
  return SCHEMES.some(([low, high, lengths]) => {
    const prefix = digits.slice(0, low.length);
    return prefix >= low && prefix <= high && lengths.includes(digits.length);
  });
}

/** Whether `digits` (ASCII digits only) is a payment card number: a card's shape, and Luhn. */
export function isCard(digits: string): boolean {
  return hasCardShape(digits) && luhnValid(digits);
}
