import { luhnValid, mod97, nirKey } from './checksums.ts';

/**
 * Random valid personal numbers for the sample generator (pii-samples.ts): card numbers with a
 * scheme prefix and a Luhn digit, IBANs with their check digits, NIRs with their key, phone
 * numbers of France, North America and the UK. Deterministic for a given random source.
 */

/** A seeded random source (mulberry32): the same seed gives the same samples on every run. */
export interface Rng {
  /** a float in [0, 1) */
  next(): number;
  /** an integer in [0, n) */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/** A seeded random source. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

/** `n` random digits. */
export function randomDigits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

/** A number from `low` to `high` (inclusive), zero-padded to `width`. */
export function padded(rng: Rng, low: number, high: number, width: number): string {
  return String(low + rng.int(high - low + 1)).padStart(width, '0');
}

const CARD_PREFIXES: readonly (readonly [string, number])[] = [
  ['4', 16], // Visa, CB
  ['4', 16],
  ['51', 16], // Mastercard
  ['55', 16],
  ['2221', 16],
  ['34', 15], // American Express
  ['37', 15],
  ['6011', 16], // Discover
  ['62', 16], // UnionPay
  ['3528', 16], // JCB
];

/** A valid card number (digits only). */
export function randomCard(rng: Rng): string {
  const [prefix, length] = rng.pick(CARD_PREFIXES);
  const body = prefix + randomDigits(rng, length - prefix.length - 1);
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable: one Luhn digit always fits');
}

/** Country, BBAN letters allowed, BBAN length: a few countries of the registry. */
const IBAN_COUNTRIES: readonly (readonly [string, number, number])[] = [
  ['FR', 0, 23],
  ['FR', 0, 23],
  ['FR', 0, 23],
  ['DE', 0, 18],
  ['ES', 0, 20],
  ['BE', 0, 12],
  ['CH', 0, 17],
  ['GB', 4, 14], // four letters of the bank, then digits
  ['NL', 4, 10],
];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A valid IBAN, without spaces. `digitsOnly` for the countries whose BBAN is all digits. */
export function randomIban(rng: Rng, digitsOnly = false): string {
  const candidates = digitsOnly ? IBAN_COUNTRIES.filter(([, letters]) => letters === 0) : IBAN_COUNTRIES;
  const [country, letters, digits] = rng.pick(candidates);
  let bban = '';
  for (let i = 0; i < letters; i++) bban += rng.pick([...LETTERS]);
  bban += randomDigits(rng, digits);
  const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
  return `${country}${check}${bban}`;
}

/**
 * A valid NIR in its groups (sex, year, month, department, commune, order, key). The months of
 * unknown birth months (20-42) come only with `special`: without a key they are not taken.
 */
export function randomNir(rng: Rng, special: boolean): string[] {
  const department = rng.next() < 0.05 ? rng.pick(['2A', '2B']) : padded(rng, 21, 95, 2);
  const otherDepartment = rng.next() < 0.3 ? padded(rng, 1, 19, 2) : department;
  const month = special && rng.next() < 0.05 ? padded(rng, 20, 42, 2) : padded(rng, 1, 12, 2);
  const groups = [
    rng.pick(['1', '2']),
    padded(rng, 0, 99, 2),
    month,
    otherDepartment,
    padded(rng, 1, 990, 3),
    padded(rng, 1, 999, 3),
  ];
  return [...groups, String(nirKey(groups.join(''))).padStart(2, '0')];
}

/** A French national phone number (10 digits). */
export function randomFrenchPhone(rng: Rng): string {
  return rng.pick(['01', '02', '03', '04', '05', '06', '06', '07', '07', '09']) + randomDigits(rng, 8);
}

/** A North American number (10 digits): area code and exchange do not start with 0 or 1. */
export function randomNanpPhone(rng: Rng): string {
  return padded(rng, 200, 999, 3) + padded(rng, 200, 999, 3) + randomDigits(rng, 4);
}

/** A British national number (11 digits): London 020 or a 07 mobile. */
export function randomUkPhone(rng: Rng): string {
  return rng.next() < 0.5
    ? `020${randomDigits(rng, 8)}`
    : `07${padded(rng, 100, 999, 3)}${randomDigits(rng, 6)}`;
}

/** `digits` cut in groups of the given sizes (the last size repeats), joined by `separator`. */
export function group(digits: string, sizes: readonly number[], separator: string): string {
  const parts: string[] = [];
  for (let i = 0, k = 0; i < digits.length; k++) {
    const size = sizes[Math.min(k, sizes.length - 1)] as number;
    parts.push(digits.slice(i, i + size));
    i += size;
  }
  return parts.join(separator);
}
