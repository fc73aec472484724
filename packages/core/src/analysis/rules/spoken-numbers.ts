/**
 * Spoken numbers read as digits ("vingt-quatre heures" and "24 heures" are the same tokens), so a
 * rule's numbers match however the transcription wrote them. French and English number words,
 * composed by value: "quatre vingt dix sept" is 97, "two hundred and five" is 205, but "deux
 * trois" stays two numbers, 2 and 3 (digits read one by one).
 */

const UNITS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const HUNDRED = new Set(['cent', 'cents', 'hundred']);
const THOUSAND = new Set(['mille', 'thousand']);

/** Every number word, for the one lookup each token of every turn goes through. */
const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  ...HUNDRED,
  ...THOUSAND,
]);

/** Whether a normalised word is a number word (the joiners `et` / `and` are not). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word);
}

/** A number being read: thousands already closed, and the part below 1,000. */
interface Reading {
  thousands: number;
  group: number;
  /** at least one word read since the last `mille` (or from the start) */
  groupStarted: boolean;
}

/**
 * Reads `word` into the number, or returns false when it cannot continue it (the caller then
 * closes the number and starts a new one with the word).
 */
export function continueNumber(r: Reading, word: string): boolean {
  const rest = r.group % 100;
  const base = !r.groupStarted ? r.thousands > 0 : r.group >= 100 && rest === 0;
  if (word in UNITS) {
    const v = UNITS[word] as number;
    if (v === 0) return false;
    const afterTens = r.groupStarted && rest >= 20 && rest % 10 === 0;
    const afterDix = r.groupStarted && rest === 10 && v >= 7; // dix-sept, soixante-dix-huit
    if (!(base || afterTens || afterDix)) return false;
    r.group += v;
  } else if (word in TEENS) {
    const v = TEENS[word] as number;
    // soixante-douze, quatre-vingt-onze, cent douze
    if (!(base || (r.groupStarted && (rest === 60 || rest === 80)))) return false;
    r.group += v;
  } else if (word in TENS) {
    const v = TENS[word] as number;
    if (v === 20 && r.groupStarted && rest === 4)
      r.group += 76; // quatre-vingt(s)
    else if (base) r.group += v;
    else return false;
  } else if (HUNDRED.has(word)) {
    if (r.groupStarted && r.group >= 1 && r.group <= 9) r.group *= 100;
    else if (!r.groupStarted) r.group = 100;
    else return false;
  } else if (THOUSAND.has(word)) {
    if (r.thousands > 0) return false;
    r.thousands = (r.groupStarted ? r.group : 1) * 1000;
    r.group = 0;
    r.groupStarted = false;
    return true;
  } else return false;
  r.groupStarted = true;
  return true;
}

/** A fresh reading starting with `word` (a number word). */
export function startNumber(word: string): Reading {
  if (THOUSAND.has(word)) return { thousands: 1000, group: 0, groupStarted: false };
  const value = HUNDRED.has(word) ? 100 : (UNITS[word] ?? TEENS[word] ?? TENS[word] ?? 0);
  return { thousands: 0, group: value, groupStarted: true };
}

export function readingValue(r: Reading): number {
  return r.thousands + r.group;
}

/** Whether `et` / `and` joins the number so far to `next` (vingt et un, one hundred and five). */
export function joinsNumber(r: Reading, joiner: string, next: string | undefined): boolean {
  if (next === undefined || !r.groupStarted) return false;
  const rest = r.group % 100;
  if (joiner === 'et')
    return rest >= 20 && rest % 10 === 0 && (next === 'un' || next === 'une' || next === 'onze');
  if (joiner === 'and') return r.group >= 100 && rest === 0 && isNumberWord(next);
  return false;
}
