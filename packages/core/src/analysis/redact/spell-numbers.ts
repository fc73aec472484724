/**
 * Numbers spelt out in French and English, as transcripts write dictated numbers. Used by the
 * sample generator and the tests, not by redaction itself (which reads them).
 */

const FR_UNITS =
  'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(' ');
const FR_TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
const EN_UNITS = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
  'sixteen seventeen eighteen nineteen'
).split(' ');
const EN_TENS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A number from 0 to 9999 in French words. `join` goes between the words of a number below 100:
 * '-' as the spelling rules want ("soixante-dix-huit"), ' ' as some transcripts write them.
 */
export function frenchNumber(n: number, join: '-' | ' ' = '-'): string {
  if (n >= 1000) {
    const thousands = Math.floor(n / 1000);
    const head = thousands === 1 ? 'mille' : `${frenchNumber(thousands, join)} mille`;
    return n % 1000 === 0 ? head : `${head} ${frenchNumber(n % 1000, join)}`;
  }
  if (n >= 100) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    if (hundreds === 1) return rest === 0 ? 'cent' : `cent ${frenchNumber(rest, join)}`;
    return rest === 0
      ? `${FR_UNITS[hundreds]} cents`
      : `${FR_UNITS[hundreds]} cent ${frenchNumber(rest, join)}`;
  }
  if (n <= 16) return FR_UNITS[n] as string;
  if (n < 20) return `dix${join}${FR_UNITS[n - 10]}`;
  if (n >= 80)
    return n === 80 ? `quatre${join}vingts` : `quatre${join}vingt${join}${frenchNumber(n - 80, join)}`;
  const tens = Math.min(6, Math.floor(n / 10));
  const unit = n - tens * 10;
  const word = FR_TENS[tens] as string;
  if (unit === 0) return word;
  if (unit === 1 || (unit === 11 && tens === 6)) return `${word} et ${frenchNumber(unit, join)}`;
  return `${word}${join}${frenchNumber(unit, join)}`;
}

/** A number from 0 to 99 in English words ("forty-nine"). */
export function englishNumber(n: number, join: '-' | ' ' = '-'): string {
  if (n < 20) return EN_UNITS[n] as string;
  const unit = n % 10;
  const word = EN_TENS[Math.floor(n / 10)] as string;
  return unit === 0 ? word : `${word}${join}${EN_UNITS[unit]}`;
}

export type SpokenStyle = 'digits' | 'pairs';

/**
 * Digits said one by one ("zéro six un deux") or in pairs ("zéro six, douze"), the way people
 * dictate numbers; a pair starting with 0 is said as two digits. With `oh`, English zeros are
 * "oh"; with `repeats`, English digits said one by one use "double" and "triple".
 */
export function spellDigits(
  digits: string,
  language: 'fr' | 'en',
  style: SpokenStyle,
  options: { oh?: boolean; repeats?: boolean; join?: '-' | ' '; separator?: string } = {},
): string {
  const { oh = false, repeats = false, join = '-', separator = ' ' } = options;
  const digit = (d: string) => (language === 'en' && oh && d === '0' ? 'oh' : one(Number(d)));
  const one = (n: number) => (language === 'fr' ? frenchNumber(n, join) : englishNumber(n, join));
  const words: string[] = [];
  if (style === 'pairs') {
    // an odd digit goes first, as in "six, douze, trente-quatre" for 6 12 34
    for (let i = 0, size = digits.length % 2 === 1 ? 1 : 2; i < digits.length; i += size, size = 2) {
      const pair = digits.slice(i, i + size);
      words.push(pair.length === 2 && pair[0] !== '0' ? one(Number(pair)) : [...pair].map(digit).join(' '));
    }
    return words.join(separator);
  }
  for (let i = 0; i < digits.length; ) {
    let n = 1;
    while (repeats && language === 'en' && n < 3 && digits[i + n] === digits[i]) n++;
    const d = digits[i] as string;
    words.push(n === 1 ? digit(d) : `${n === 2 ? 'double' : 'triple'} ${digit(d)}`);
    i += n;
  }
  return words.join(separator);
}
