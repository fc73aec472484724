import { ibanChecksumValid } from './checksums.ts';

/**
 * IBAN lengths by country (SWIFT IBAN registry). The exact length is what tells where an IBAN
 * ends when other digits follow it, and a country code outside this list starts no IBAN.
 * French overseas territories use FR.
 */
const LENGTHS = new Map(
  [
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27',
    'DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22',
    'IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19',
    'MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 QA29 RO24 RS22 RU33 SA24 SC31 SD18',
    'SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30',
  ]
    .join(' ')
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

/** The longest IBAN (Russia, 33) and the ISO 13616 maximum: no candidate needs more. */
export const IBAN_MAX_LENGTH = 34;

const SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/;

/** Whether a two-letter upper-case code is the country code of an IBAN. */
export function isIbanCountry(code: string): boolean {
  return LENGTHS.has(code);
}

/** Whether `chars` (no spaces, upper case) is an IBAN: known country, its exact length, mod 97. */
export function isIban(chars: string): boolean {
  return LENGTHS.get(chars.slice(0, 2)) === chars.length && SHAPE.test(chars) && ibanChecksumValid(chars);
}
