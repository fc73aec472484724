/**
 * Check digits of the numbers redaction looks for. A detector only trusts a run of digits when
 * its checksum holds: that is what keeps order numbers and amounts out of the redactions.
 */

/** Luhn check (ISO/IEC 7812), which every payment card number satisfies. ASCII digits only. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Remainder of a decimal number written as text divided by 97, with the letters of an IBAN read
 * as two digits (A = 10 … Z = 35). Computed piecewise: the numbers are far beyond 2^53.
 */
export function mod97(text: string): number {
  let r = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    r = c >= 48 && c <= 57 ? (r * 10 + c - 48) % 97 : (r * 100 + c - 55) % 97;
  }
  return r;
}

/** IBAN check digits (ISO 13616): the first four characters moved to the end, mod 97 is 1. */
export function ibanChecksumValid(iban: string): boolean {
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/**
 * Key of a French social security number (NIR) of 13 characters: 97 − (n mod 97), where the
 * Corsican departments 2A and 2B count as 19 and 18.
 */
export function nirKey(nir13: string): number {
  const digits = nir13.replace(/2A/i, '19').replace(/2B/i, '18');
  return 97 - mod97(digits);
}
