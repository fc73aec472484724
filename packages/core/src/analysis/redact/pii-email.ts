import type { Language, Rendered } from './pii-render.ts';
import type { Rng } from './pii-values.ts';
import { englishNumber, frenchNumber } from './spell-numbers.ts';

/** E-mail addresses for the sample generator: written, or said with "point"/"dot", "arobase"/"at". */

const FIRST = 'jean marie sophie lucas camille nicolas julie thomas john emma oliver sarah james chloe'.split(
  ' ',
);
const LAST = 'dupont martin bernard durand lefebvre moreau smith jones taylor brown wilson garcia'.split(' ');
const DOMAINS = [
  'gmail.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'yahoo.fr',
  'hotmail.com',
  'outlook.com',
  'sfr.fr',
  'yahoo.co.uk',
  'icloud.com',
  'durand-immobilier.fr',
];

const SAID: Readonly<Record<Language, Readonly<Record<string, readonly string[]>>>> = {
  fr: { '.': ['point'], '-': ['tiret'], _: ['tiret bas', 'underscore', 'tiret du bas'], '@': ['arobase'] },
  en: { '.': ['dot'], '-': ['dash', 'hyphen'], _: ['underscore'], '@': ['at'] },
};

/** An e-mail address, written or spoken. */
export function renderEmail(rng: Rng, language: Language): Rendered {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const nn = String(10 + rng.int(90));
  const shapes = [
    [first, '.', last],
    [first[0] ?? 'j', '.', last],
    [first, '_', last],
    [first, '-', last],
    [last, nn],
    [first, '.', last, nn],
  ];
  const local = rng.pick(shapes);
  const domain = rng
    .pick(DOMAINS)
    .split(/([.-])/)
    .filter((p) => p !== '');
  const parts = [...local, '@', ...domain];
  if (rng.next() < 0.5) return { text: parts.join(''), form: 'written' };
  const said = SAID[language];
  const words = parts.map((p) => {
    const marks = said[p];
    if (marks) return rng.pick(marks);
    if (/^[0-9]+$/.test(p) && rng.next() < 0.5) {
      return language === 'fr' ? frenchNumber(Number(p)) : englishNumber(Number(p));
    }
    return p;
  });
  return { text: words.join(' '), form: 'spoken' };
}
