/**
 * Exact arithmetic for money. Quantities (hours, FTE, percentages, KPI values) arrive as
 * JavaScript numbers; multiplying them by cents in floating point can put a half-cent on the
 * wrong side (0.29 * 100 is 28.999...). So every figure is read as the decimal it was written
 * as, carried as a fraction of bigints, and rounded once, at the end of each line.
 */
export interface Fraction {
  readonly num: bigint;
  /** Always > 0. */
  readonly den: bigint;
}

export const ZERO: Fraction = { num: 0n, den: 1n };
export const ONE: Fraction = { num: 1n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function make(num: bigint, den: bigint): Fraction {
  if (den === 0n) throw new Error('Fraction with a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den < 0n ? -den : den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** The decimal a number prints as (its shortest round-trip form), exactly: 0.29 is 29/100. */
export function exact(value: number): Fraction {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  const [mantissa = '0', exponentText] = String(value).toLowerCase().split('e');
  const exponent = Number(exponentText ?? 0);
  const negative = mantissa.startsWith('-');
  const [intPart = '0', fracPart = ''] = mantissa.replace('-', '').split('.');
  let num = BigInt(intPart + fracPart) * (negative ? -1n : 1n);
  let den = 10n ** BigInt(fracPart.length);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return make(num, den);
}

export function ratio(num: number | bigint, den: number | bigint): Fraction {
  return make(BigInt(num), BigInt(den));
}

export function add(a: Fraction, b: Fraction): Fraction {
  return make(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return make(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(...factors: Fraction[]): Fraction {
  return factors.reduce((acc, f) => make(acc.num * f.num, acc.den * f.den), ONE);
}

export function div(a: Fraction, b: Fraction): Fraction {
  return make(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a compares to b. */
export function compare(a: Fraction, b: Fraction): number {
  const d = a.num * b.den - b.num * a.den;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

export function min(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Fraction, b: Fraction): Fraction {
  return compare(a, b) >= 0 ? a : b;
}

export function abs(a: Fraction): Fraction {
  return a.num < 0n ? { num: -a.num, den: a.den } : a;
}

/** A percentage as a fraction of one: 12.5 is 1/8. */
export function percent(value: number): Fraction {
  return div(exact(value), ratio(100, 1));
}

/**
 * Half-up to a whole number, symmetric around zero (2.5 -> 3, -2.5 -> -3), so that a credit
 * and the charge it mirrors round to the same number of cents.
 */
export function roundHalfUp(value: Fraction): number {
  const magnitude = value.num < 0n ? -value.num : value.num;
  const rounded = (2n * magnitude + value.den) / (2n * value.den);
  return Number(value.num < 0n ? -rounded : rounded);
}

/** For display only (quantities shown on a line); amounts are never derived from it. */
export function toNumber(value: Fraction): number {
  return Number(value.num) / Number(value.den);
}
