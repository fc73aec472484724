/**
 * Numbers as vendors write them in an invoice file: `1234.56`, `1 234,56`, `1,234.56`,
 * `-500,00`, `1 234,56 €`. Read from the decimal text, never through a float, so that an amount
 * becomes an exact number of cents.
 */

/** A number as written: sign, integer digits, decimal digits, and the currency it named if any. */
export interface WrittenNumber {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
  /** ISO code from a symbol or code written beside the number (`€` is EUR); `$` names none for sure. */
  readonly currency: string | null;
}

const SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', $: '$', '¥': 'JPY' };
const LEADING = /^([€£$¥]|[A-Za-z]{3})\s*/;
const TRAILING = /\s*([€£$¥]|[A-Za-z]{3})$/;
/** Any space (`\s` covers the no-break U+00A0 and narrow no-break U+202F spaces Excel and French locales write). */
const SPACE = /\s/;

/**
 * Reads `text` as a decimal number: a sign, a currency symbol or ISO code before or after, and
 * digits. `decimalComma` settles a lone separator followed by exactly three digits (`1,234`,
 * `1.234`): true in a semicolon-separated file (French), where the comma is the decimal mark;
 * otherwise the dot is. Thousands separators (spaces, or the mark that is not the decimal one)
 * must cut the integer part in groups of three. Returns null when the text is not a number.
 */
export function parseWrittenNumber(text: string, decimalComma: boolean): WrittenNumber | null {
  let rest = text.trim().replace(/\u2212/g, '-');
  let negative = false;
  let currency: string | null = null;
  if (rest.startsWith('-')) {
    negative = true;
    rest = rest.slice(1).trimStart();
  }
  const leading = LEADING.exec(rest);
  if (leading) {
    currency = leading[1] as string;
    rest = rest.slice(leading[0].length);
  }
  if (!negative && rest.startsWith('-')) {
    negative = true;
    rest = rest.slice(1).trimStart();
  }
  const trailing = TRAILING.exec(rest);
  if (trailing) {
    if (currency !== null) return null;
    currency = trailing[1] as string;
    rest = rest.slice(0, trailing.index);
  }
  if (!/^\d(?:[\d.,\s]*\d)?$/.test(rest)) return null;
  const decimal = decimalMark(rest, decimalComma);
  const cut = decimal === null ? -1 : rest.lastIndexOf(decimal);
  const integer = ungroup(cut === -1 ? rest : rest.slice(0, cut));
  const fraction = cut === -1 ? '' : rest.slice(cut + 1);
  if (integer === null || !/^\d*$/.test(fraction)) return null;
  return {
    negative,
    integer,
    fraction,
    currency: currency === null ? null : (SYMBOLS[currency] ?? currency.toUpperCase()),
  };
}

/** The decimal mark of a number written with digits, spaces, dots and commas; null for none. */
function decimalMark(body: string, decimalComma: boolean): '.' | ',' | null {
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots > 0 && commas > 0) return body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  const mark = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (mark === null || dots + commas > 1) return null; // one mark used several times groups thousands
  const after = body.length - body.lastIndexOf(mark) - 1;
  // `1 234,567`: spaces already group thousands, so the mark is the decimal one
  if (after !== 3 || SPACE.test(body)) return mark;
  return (mark === ',') === decimalComma ? mark : null;
}

/** Integer digits without their thousands separators, or null when the groups are not of three. */
function ungroup(part: string): string | null {
  if (/^\d+$/.test(part)) return part;
  const groups = part.split(/[.,]|\s/);
  const separators = part.replace(/\d/g, '');
  const oneKind = /^\s+$/.test(separators) || /^\.+$/.test(separators) || /^,+$/.test(separators);
  if (!oneKind || !/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
    return null;
  return groups.join('');
}

/** Exact cents of a number, or a reason: more than 2 decimals, or too large to be exact. */
export function toCents(n: WrittenNumber): number | string {
  if (n.fraction.length > 2) return 'has more than 2 decimals';
  const cents = BigInt(n.integer) * 100n + BigInt(n.fraction.padEnd(2, '0'));
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return 'is too large';
  return cents === 0n ? 0 : Number(n.negative ? -cents : cents);
}

/** A quantity, as the number its decimal text names (quantities are not money: a float is fine). */
export function toQuantity(n: WrittenNumber): number {
  return Number(`${n.negative ? '-' : ''}${n.integer}.${n.fraction || '0'}`);
}
