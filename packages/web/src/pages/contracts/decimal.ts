/**
 * Numbers as people type them ("1 234,50", "28.5", "−3") read exactly, by moving the decimal
 * point in the written digits rather than multiplying floats: 28.50 becomes 2850 cents and
 * 33.3 % becomes 0.333, never 0.33299999999999996.
 */

/** A decimal written canonically: optional "-", digits, optional "." and digits. */
type Canonical = string;

const CANONICAL = /^-?\d+(\.\d+)?$/;

/**
 * "1 234,56", "1,234.56", "1.234,56", "-0,5" → "1234.56" / "-0.5"; '' → null; not a number →
 * undefined. With one kind of separator written once, it is the decimal one (French "12,5",
 * English "12.5"); written several times, it groups thousands.
 */
export function normalizeDecimal(text: string | number): Canonical | null | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? numberToDecimal(text) : undefined;
  let s = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^[−–]/, '-');
  if (s === '') return null;
  if (s.startsWith('+')) s = s.slice(1);
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else {
    const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    if (sep) {
      const count = s.split(sep).length - 1;
      s = count === 1 ? s.replace(sep, '.') : s.split(sep).join('');
    }
  }
  if (s.startsWith('.')) s = `0${s}`;
  if (s.startsWith('-.')) s = `-0${s.slice(1)}`;
  if (!CANONICAL.test(s)) return undefined;
  return tidy(s);
}

/** Leading zeros and trailing fraction zeros removed; "-0" is "0". */
function tidy(s: Canonical): Canonical {
  const negative = s.startsWith('-');
  const [int = '0', frac = ''] = (negative ? s.slice(1) : s).split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  const body = f ? `${i}.${f}` : i;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Moves the decimal point `places` to the right (left when negative). */
export function shiftDecimal(value: Canonical, places: number): Canonical {
  const negative = value.startsWith('-');
  const [int = '0', frac = ''] = (negative ? value.slice(1) : value).split('.');
  const digits = int + frac;
  let point = int.length + places;
  let padded = digits;
  if (point > padded.length) padded = padded.padEnd(point, '0');
  if (point < 0) {
    padded = '0'.repeat(-point) + padded;
    point = 0;
  }
  const shifted = `${padded.slice(0, point) || '0'}${point < padded.length ? `.${padded.slice(point)}` : ''}`;
  return tidy(negative ? `-${shifted}` : shifted);
}

/** A JS number written as a plain decimal (no exponent): 1e-7 → "0.0000001". */
export function numberToDecimal(n: number): Canonical {
  const text = String(n);
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(text);
  return m ? shiftDecimal(tidy(m[1] ?? '0'), Number(m[2])) : tidy(text);
}

export type Parsed = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/** A number, or null when the field is empty. */
export function parseNumber(text: string | number): Parsed {
  const c = normalizeDecimal(text);
  if (c === undefined) return { ok: false };
  return { ok: true, value: c === null ? null : Number(c) };
}

export type ParsedCents =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly reason: 'number' | 'cents' };

/** An amount in currency units ("28,50") as whole cents (2850); more than two decimals is refused. */
export function parseCents(text: string | number): ParsedCents {
  const c = normalizeDecimal(text);
  if (c === undefined) return { ok: false, reason: 'number' };
  if (c === null) return { ok: true, value: null };
  const cents = shiftDecimal(c, 2);
  if (cents.includes('.')) return { ok: false, reason: 'cents' };
  return { ok: true, value: Number(cents) };
}

/** 2850 → "28.50" (or "28,50"): what an amount field shows. */
export function centsToText(cents: number, decimalSeparator = '.'): string {
  const c = shiftDecimal(numberToDecimal(Math.trunc(cents)), -2);
  const [int, frac = ''] = c.split('.');
  return `${int}${decimalSeparator}${frac.padEnd(2, '0')}`;
}

/** A percentage typed (92,5) as a ratio (0.925). */
export function parsePercentAsRatio(text: string | number): Parsed {
  const c = normalizeDecimal(text);
  if (c === undefined) return { ok: false };
  return { ok: true, value: c === null ? null : Number(shiftDecimal(c, -2)) };
}

/** 0.925 → "92.5" (or "92,5"). */
export function ratioToPercentText(ratio: number, decimalSeparator = '.'): string {
  return shiftDecimal(numberToDecimal(ratio), 2).replace('.', decimalSeparator);
}

/** A number as a field shows it, with the interface's decimal separator. */
export function decimalText(value: number, decimalSeparator = '.'): string {
  return numberToDecimal(value).replace('.', decimalSeparator);
}
