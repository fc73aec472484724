import { describe, expect, it } from 'vitest';
import { isCard } from './card.ts';
import { ibanChecksumValid, luhnValid, mod97, nirKey } from './checksums.ts';
import { isIban } from './iban.ts';
import { checkNir } from './nir.ts';

describe('checksums', () => {
  it('checks Luhn on known card numbers', () => {
    expect(luhnValid('4970101234567893')).toBe(true);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4970101234567890')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('computes mod 97 of numbers beyond 2^53, letters counting as two digits', () => {
    expect(mod97('97')).toBe(0);
    expect(mod97('1000000000000000000000')).toBe(Number(10n ** 21n % 97n));
    expect(mod97('A')).toBe(10);
  });

  it('checks IBAN check digits', () => {
    expect(ibanChecksumValid('FR7630006000011234567890189')).toBe(true);
    expect(ibanChecksumValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecksumValid('FR7630006000011234567890188')).toBe(false);
  });

  it('computes the NIR key, Corsica counting 2A as 19 and 2B as 18', () => {
    expect(nirKey('1850578006084')).toBe(91);
    expect(nirKey('285052A123456')).toBe(97 - Number(2850519123456n % 97n));
    expect(nirKey('185052B123456')).toBe(97 - Number(1850518123456n % 97n));
  });
});

describe('number shapes', () => {
  it('takes card numbers of a scheme prefix and length only', () => {
    expect(isCard('4970101234567893')).toBe(true); // Visa
    expect(isCard('378282246310005')).toBe(true); // American Express, 15 digits
    expect(isCard('5555555555554444')).toBe(true); // Mastercard
    // Luhn-valid, but no scheme starts with 9, nor with 1 (a SIRET-like 14-digit number)
    expect(isCard('9970101234567891')).toBe(false);
    expect(isCard('12345678901237')).toBe(false);
    expect(isCard('497010123456789')).toBe(false); // Visa has no 15-digit numbers
  });

  it('takes IBANs of a known country at its exact length', () => {
    expect(isIban('FR7630006000011234567890189')).toBe(true);
    expect(isIban('NL91ABNA0417164300')).toBe(true);
    expect(isIban('FR763000600001123456789018')).toBe(false); // one digit short
    expect(isIban('ZZ7630006000011234567890189')).toBe(false); // no such country
  });

  it('checks the NIR structure, and its key when there is one', () => {
    expect(checkNir('185057800608491')).toBe('nir');
    expect(checkNir('1850578006084')).toBe('nir');
    expect(checkNir('185057800608436')).toBe('bad-key');
    expect(checkNir('1851378006084')).toBe('no'); // month 13
    expect(checkNir('1850500006084')).toBe('no'); // department 00
    expect(checkNir('3850578006084')).toBe('no'); // sex 3
    expect(checkNir('7850578006084')).toBe('no'); // temporary numbers only with their key
    expect(checkNir(`285052A123456${String(nirKey('285052A123456')).padStart(2, '0')}`)).toBe('nir');
  });
});
