/**
 * Phone numbers, from the digits of a run (spaces, dots, dashes and parentheses already gone).
 * A national number is recognised by its shape alone when that shape is distinctive (French 10
 * digits and British 11 digits start with a 0, which order and contract numbers rarely do); a
 * North American number (10 digits, no leading 0) looks like any 10-digit reference, so it needs
 * to be written as one (555 123 4567, (555) 123-4567, 1-800-555-0199) or spoken.
 */

// French national: 0 then 9 digits (01 23 45 67 89, 06 12 34 56 78)
const FR = /^0[1-9][0-9]{8}$/;
// British national: 0 then 10 digits (020 7946 0958, 07700 900123)
const UK = /^0[1-9][0-9]{9}$/;
// international with 00 (0033 6 12 34 56 78): a country code, at most 15 digits after the 00
const INTL_00 = /^00[1-9][0-9]{9,12}$/;
// North American: area code and exchange do not start with 0 or 1; optional leading 1
const NANP = /^1?[2-9][0-9]{2}[2-9][0-9]{6}$/;
// with a +: France (an optional trunk 0, as in +33 (0)6 ...), North America, UK, then any
// other country code with the E.164 length (at most 15 digits)
const PLUS_FR = /^\+330?[1-9][0-9]{8}$/;
const PLUS_NANP = /^\+1[2-9][0-9]{2}[2-9][0-9]{6}$/;
const PLUS_UK = /^\+440?[1-9][0-9]{8,9}$/;
const PLUS_OTHER = /^\+(?!33|1|44)[1-9][0-9]{7,14}$/;

/** The longest phone candidate: + and 15 digits, or 00 and 15 digits. */
export const PHONE_MAX_LENGTH = 17;

/**
 * Whether the run's characters `chars` are a phone number. `groups` are the lengths of the
 * pieces they were written in (a number said aloud counts as one piece); `spoken` tells that at
 * least one piece was said in words.
 */
export function isPhone(chars: string, groups: readonly number[], spoken: boolean): boolean {
  if (chars.startsWith('+')) {
    return PLUS_FR.test(chars) || PLUS_NANP.test(chars) || PLUS_UK.test(chars) || PLUS_OTHER.test(chars);
  }
  if (FR.test(chars) || UK.test(chars) || INTL_00.test(chars)) return true;
  return NANP.test(chars) && (spoken || writtenAsNanp(groups));
}

/** 3-3-4 digits, optionally after a 1: the way North American numbers are written. */
function writtenAsNanp(groups: readonly number[]): boolean {
  const g = groups[0] === 1 ? groups.slice(1) : groups;
  return g.length === 3 && g[0] === 3 && g[1] === 3 && g[2] === 4;
}
