import {
  group,
  type Rng,
  randomCard,
  randomFrenchPhone,
  randomIban,
  randomNanpPhone,
  randomNir,
  randomUkPhone,
} from './pii-values.ts';
import { frenchNumber, spellDigits } from './spell-numbers.ts';

/**
 * Personal numbers as a transcript shows them: written in the usual groupings, spoken in words
 * (digit by digit, in pairs, in groups, with "oh" and "double" in English), or a mix of both.
 */

export type Language = 'fr' | 'en';
export type Form = 'written' | 'spoken' | 'mixed';

export interface Rendered {
  readonly text: string;
  readonly form: Form;
}

/** Spelling-rule hyphens mostly; some transcripts write compounds with spaces. */
const joinOf = (rng: Rng) => (rng.next() < 0.8 ? '-' : ' ');
/** ASR sometimes puts commas between dictated groups. */
const pieceSeparator = (rng: Rng) => (rng.next() < 0.75 ? ' ' : ', ');

/** How one speaker dictates one number: the same all along, as a transcript would write it. */
interface Voice {
  readonly join: '-' | ' ';
  readonly separator: string;
}
const voiceOf = (rng: Rng): Voice => ({ join: joinOf(rng), separator: pieceSeparator(rng) });

/** Digits said the way a speaker of the language would dictate them. */
function spoken(rng: Rng, digits: string, language: Language, voice: Voice = voiceOf(rng)): string {
  const style = rng.pick(['digits', 'pairs'] as const);
  const english = { oh: rng.next() < 0.6, repeats: rng.next() < 0.5 };
  return spellDigits(digits, language, style, { ...english, ...voice });
}

/** Pairs, every other one in digits: "06 douze 34 cinquante-six 78". */
function mixed(rng: Rng, digits: string, language: Language): string {
  const pairs = group(digits, [2], ' ').split(' ');
  const join = joinOf(rng);
  return pairs
    .map((pair, i) =>
      i % 2 === 0 || pair.length < 2 ? pair : spellDigits(pair, language, 'pairs', { join }),
    )
    .join(' ');
}

/** A French group of up to four digits said as one number ("quatre mille neuf cent soixante-dix"). */
function frenchGroup(digits: string, join: '-' | ' '): string {
  if (digits.startsWith('0')) return spellDigits(digits, 'fr', 'digits');
  return frenchNumber(Number(digits), join);
}

/** A payment card number. */
export function renderCard(rng: Rng, language: Language): Rendered {
  const digits = randomCard(rng);
  const r = rng.next();
  if (r < 0.45) {
    const sizes = digits.length === 15 ? [4, 6, 5] : [4];
    return { text: group(digits, sizes, rng.pick([' ', ' ', '-', ''])), form: 'written' };
  }
  if (r < 0.55) return { text: mixed(rng, digits, language), form: 'mixed' };
  if (language === 'fr' && r < 0.7) {
    const join = '-';
    return {
      text: group(digits, [4], ' ')
        .split(' ')
        .map((g) => frenchGroup(g, join))
        .join(' '),
      form: 'spoken',
    };
  }
  return { text: spoken(rng, digits, language), form: 'spoken' };
}

/** An IBAN: written in groups of four, or its country code then its digits said. */
export function renderIban(rng: Rng, language: Language): Rendered {
  if (rng.next() < 0.55) {
    const iban = randomIban(rng);
    return { text: rng.next() < 0.75 ? group(iban, [4], ' ') : iban, form: 'written' };
  }
  // the country code, then the check digits and the groups of four as they are written
  const iban = randomIban(rng, true);
  const country = rng.next() < 0.5 ? iban.slice(0, 2) : `${iban[0]} ${iban[1]}`;
  const groups = group(iban.slice(2), [2, 4], ' ').split(' ');
  const voice = voiceOf(rng);
  const said = groups.map((g) => spoken(rng, g, language, voice)).join(voice.separator);
  return { text: `${country} ${said}`, form: 'spoken' };
}

/** A French social security number, with or without its key. */
export function renderNir(rng: Rng): Rendered {
  const keyed = rng.next() < 0.85;
  const groups = randomNir(rng, keyed);
  const withKey = keyed ? groups : groups.slice(0, -1);
  const r = rng.next();
  if (r < 0.4) return { text: withKey.join(' '), form: 'written' };
  if (r < 0.5) return { text: withKey.join(''), form: 'written' };
  const words = withKey.map((g) => {
    if (g === '2A' || g === '2B') return `deux ${g[1]}`;
    if (g.length === 3) {
      // "zéro quatre-vingt-quatre", "zéro zéro sept", "cent vingt-trois", "un deux trois"
      const n = Number(g);
      if (g.startsWith('0'))
        return `zéro ${n >= 10 ? frenchNumber(n) : spellDigits(g.slice(1), 'fr', 'digits')}`;
      return rng.next() < 0.5 ? frenchNumber(n) : spellDigits(g, 'fr', 'digits');
    }
    return spellDigits(g, 'fr', g.length === 1 ? 'digits' : 'pairs');
  });
  return { text: words.join(pieceSeparator(rng)), form: 'spoken' };
}

/** A French, North American or British phone number. */
export function renderPhone(rng: Rng, language: Language): Rendered {
  const r = rng.next();
  if (language === 'fr') {
    const d = randomFrenchPhone(rng);
    const national = d.slice(1);
    if (r < 0.5) {
      const forms = [
        group(d, [2], ' '),
        group(d, [2], '.'),
        group(d, [2], '-'),
        d,
        `+33 ${d[1]} ${group(d.slice(2), [2], ' ')}`,
        `+33 (0)${d[1]} ${group(d.slice(2), [2], ' ')}`,
        `0033 ${d[1]} ${group(d.slice(2), [2], ' ')}`,
        `+33${national}`,
      ];
      return { text: rng.pick(forms), form: 'written' };
    }
    if (r < 0.6) return { text: mixed(rng, d, 'fr'), form: 'mixed' };
    if (r < 0.7) return { text: `plus trente-trois ${spoken(rng, national, 'fr')}`, form: 'spoken' };
    return { text: spoken(rng, d, 'fr'), form: 'spoken' };
  }
  const nanp = rng.next() < 0.5;
  const d = nanp ? randomNanpPhone(rng) : randomUkPhone(rng);
  if (r < 0.5) {
    const a = d.slice(0, 3);
    const forms = nanp
      ? [`(${a}) ${d.slice(3, 6)}-${d.slice(6)}`, group(d, [3, 3, 4], '-'), group(d, [3, 3, 4], '.')]
      : [group(d, d.startsWith('020') ? [3, 4, 4] : [5, 6], ' ')];
    const international = nanp ? `+1 ${group(d, [3, 3, 4], ' ')}` : `+44 ${d.slice(1, 3)} ${d.slice(3)}`;
    return { text: rng.next() < 0.7 ? rng.pick(forms) : international, form: 'written' };
  }
  if (r < 0.6) return { text: mixed(rng, d, 'en'), form: 'mixed' };
  if (r < 0.7) {
    const rest = nanp ? d : d.slice(1);
    return { text: `plus ${nanp ? 'one' : 'four four'} ${spoken(rng, rest, 'en')}`, form: 'spoken' };
  }
  return { text: spoken(rng, d, 'en'), form: 'spoken' };
}
