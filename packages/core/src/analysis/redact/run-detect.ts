import { CARD_MAX_LENGTH, hasCardShape, isCard } from './card.ts';
import type { Item } from './digit-runs.ts';
import { IBAN_MAX_LENGTH, isIban } from './iban.ts';
import { checkNir } from './nir.ts';
import { isPhone, PHONE_MAX_LENGTH } from './phone.ts';
import type { RedactionType } from './types.ts';

/**
 * The personal numbers in one run of numbers. A number starts and ends on item boundaries (a
 * detector never cuts a written group or a spoken number in two) but need not fill the run:
 * "un 06 12 34 56 78" or a card number followed by its expiry date are found inside it. From
 * each start, the longest number found wins, then the search goes on after it; the candidates
 * from one start are bounded by the longest number (34 characters), so this stays linear.
 *
 * A number with the prefix and length of a card, or the structure of a NIR with a key, whose
 * checksum fails is not a card nor a NIR: it is taken as some other long reference (a customer
 * or parcel number, or a misheard number) and left whole. Nothing shorter is looked for inside
 * it, else its digits would show a phone number by chance ("4 9 7 0 1 0 1 2 3 4 …" holds
 * 0101234…) and half of it would be redacted.
 */

/** A number found in a run: its type and the indexes of its first and last items. */
export interface RunMatch {
  readonly type: RedactionType;
  readonly from: number;
  readonly to: number;
}

// the shortest number of any type (+ and 8 digits), and the longest starting with a digit or a +
const MIN_LENGTH = 9;
const MAX_NUMERIC = Math.max(CARD_MAX_LENGTH, PHONE_MAX_LENGTH);
const DIGITS = /^[0-9]+$/;
const LETTER_START = /^[A-Z]/;

/** The personal numbers of the types asked for in a run, in order, never overlapping. */
export function detectInRun(items: readonly Item[], types: ReadonlySet<RedactionType>): RunMatch[] {
  const found: RunMatch[] = [];
  for (let from = 0; from < items.length; ) {
    const { match, skipTo } = longestAt(items, from, types);
    if (match) found.push(match);
    from = match ? match.to + 1 : Math.max(skipTo, from + 1);
  }
  return found;
}

/** The longest number from item `from`; else the item after a long number that failed its checksum. */
function longestAt(items: readonly Item[], from: number, types: ReadonlySet<RedactionType>) {
  let best: RunMatch | undefined;
  let skipTo = 0;
  let chars = '';
  let spoken = false;
  const groups: number[] = [];
  const maxLength = LETTER_START.test((items[from] as Item).chars) ? IBAN_MAX_LENGTH : MAX_NUMERIC;
  for (let to = from; to < items.length; to++) {
    const item = items[to] as Item;
    chars += item.chars;
    if (chars.length > maxLength) break;
    spoken ||= item.spoken;
    groups.push(item.chars.length);
    if (chars.length < MIN_LENGTH) continue;
    const type = classify(chars, groups, spoken, types);
    if (type === 'bad-key') {
      // a wrong key after a valid 13-character NIR: not a NIR, not even its first 13
      if (best?.type === 'nir') best = undefined;
      skipTo = to + 1;
    } else if (type) best = { type, from, to };
    else if (DIGITS.test(chars) && hasCardShape(chars)) skipTo = to + 1;
  }
  return { match: best, skipTo };
}

function classify(
  chars: string,
  groups: readonly number[],
  spoken: boolean,
  types: ReadonlySet<RedactionType>,
): RedactionType | 'bad-key' | undefined {
  if (LETTER_START.test(chars)) return types.has('iban') && isIban(chars) ? 'iban' : undefined;
  if (types.has('nir') && (chars.length === 13 || chars.length === 15)) {
    const nir = checkNir(chars);
    if (nir !== 'no') return nir;
  }
  if (chars[0] !== '+' && !DIGITS.test(chars)) return undefined;
  if (types.has('card') && isCard(chars)) return 'card';
  if (types.has('phone') && isPhone(chars, groups, spoken)) return 'phone';
  return undefined;
}
