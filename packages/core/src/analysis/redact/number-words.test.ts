import { describe, expect, it } from 'vitest';
import { type Joining, readSpokenNumber } from './number-words.ts';
import { englishNumber, frenchNumber } from './spell-numbers.ts';
import { tokenize } from './tokens.ts';

/** The digits of each spoken number of a text, one after the other, as a run reads them. */
function read(text: string, joining: Joining = 'hyphens'): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = readSpokenNumber(tokens, i, joining);
    if (n) {
      out.push(n.chars);
      i = n.last;
    }
  }
  return out;
}

describe('readSpokenNumber', () => {
  it('reads every French number up to 9999, hyphenated or not, and English up to 99', () => {
    const wrong: string[] = [];
    const check = (said: string, n: number, joining: Joining) => {
      const digits = read(said, joining);
      if (digits.length !== 1 || digits[0] !== String(n)) wrong.push(`${said}: ${digits.join(' ')}`);
    };
    for (let n = 0; n < 10000; n++) {
      check(frenchNumber(n, '-'), n, 'hyphens');
      check(frenchNumber(n, '-'), n, 'spaces');
      check(frenchNumber(n, ' '), n, 'spaces');
    }
    for (let n = 0; n < 100; n++) check(englishNumber(n), n, 'hyphens');
    expect(wrong).toEqual([]);
  });

  it('reads a phone number said in pairs', () => {
    expect(read('zéro six douze trente-quatre cinquante-six soixante-dix-huit')).toEqual([
      '0',
      '6',
      '12',
      '34',
      '56',
      '78',
    ]);
    expect(read('vingt et un, soixante et onze, quatre-vingt-dix-neuf')).toEqual(['21', '71', '99']);
  });

  it('reads English digits with oh, double and triple', () => {
    expect(read('oh seven seven double nine triple oh')).toEqual(['0', '7', '7', '99', '000']);
    expect(read('five, oh, six')).toEqual(['5', '0', '6']);
    expect(read('Oh, I see')).toEqual([]); // an interjection, not a zero
    expect(read('double check')).toEqual([]);
  });

  it('reads hundreds and thousands, groups of four digits said as numbers', () => {
    expect(read('quatre mille neuf cent soixante-dix mille douze')).toEqual(['4970', '1012']);
    expect(read('mille deux mille')).toEqual(['1000', '2000']);
    expect(read('one hundred and five')).toEqual(['105']);
    expect(read('deux cents douze')).toEqual(['200', '12']); // "cents" ends its number
  });

  it('tells the two readings of spaces apart', () => {
    // spelling rules: a space separates numbers below 100
    expect(read('soixante douze', 'hyphens')).toEqual(['60', '12']);
    expect(read('soixante douze', 'spaces')).toEqual(['72']);
    // a digit after a zero stands alone in the spelling-rules reading (pairs: 04 20)
    expect(read('zéro quatre vingt', 'hyphens')).toEqual(['0', '4', '20']);
    expect(read('zéro cinq cent vingt-trois', 'hyphens')).toEqual(['0', '5', '123']);
    // a writer who hyphenates shows it: "quatre vingt-quatre" is 4 then 24 even across spaces
    expect(read('quatre vingt-quatre', 'spaces')).toEqual(['4', '24']);
  });

  it('leaves other words alone', () => {
    expect(read('et puis and then plus')).toEqual([]);
  });
});
