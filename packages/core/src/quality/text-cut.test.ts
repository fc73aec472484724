import { describe, expect, it } from 'vitest';
import { cutAround, cutKeepingEnd, cutKeepingStart } from './text-cut.ts';

// 60 numbered words, "w00 w01 … w59": 239 characters, every word 3 characters long.
const WORDS = Array.from({ length: 60 }, (_, i) => `w${String(i).padStart(2, '0')}`);
const TEXT = WORDS.join(' ');

/** The excerpt without its '…' marks is whole words of the text, in a row. */
function wholeWords(excerpt: string): boolean {
  const body = excerpt.replace(/^…/, '').replace(/…$/, '');
  const at = TEXT.indexOf(body);
  return (
    at >= 0 &&
    (at === 0 || TEXT[at - 1] === ' ') &&
    (at + body.length === TEXT.length || TEXT[at + body.length] === ' ')
  );
}

describe('cutAround', () => {
  it('keeps a text no longer than the limit as it is', () => {
    expect(cutAround('Je vous mets en attente.', 3, 7, 220)).toBe('Je vous mets en attente.');
  });

  it('centres the part in about `max` characters, cut between words, with … on both sides', () => {
    const start = TEXT.indexOf('w30');
    const out = cutAround(TEXT, start, start + 3, 40);
    expect(out).toMatch(/^….*w30.*…$/);
    expect(wholeWords(out)).toBe(true);
    // 40 characters at most, less what the word boundaries took off, plus the two marks
    expect(out.length).toBeLessThanOrEqual(42);
    expect(out.length).toBeGreaterThan(30);
    // as many words before w30 as after (±1)
    const words = out.slice(1, -1).split(' ');
    const i = words.indexOf('w30');
    expect(Math.abs(i - (words.length - 1 - i))).toBeLessThanOrEqual(1);
  });

  it('moves the window inside the text at its edges', () => {
    const out = cutAround(TEXT, 0, 3, 40);
    expect(out.startsWith('w00 w01')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(wholeWords(out)).toBe(true);
  });

  it('keeps a part longer than the limit whole', () => {
    const start = TEXT.indexOf('w10');
    const end = TEXT.indexOf('w30') + 3;
    expect(cutAround(TEXT, start, end, 20)).toBe(`…${TEXT.slice(start, end)}…`);
  });
});

describe('cutKeepingEnd and cutKeepingStart', () => {
  it('keep the last or the first words', () => {
    const end = cutKeepingEnd(TEXT, 40);
    expect(end).toMatch(/^….* w59$/);
    expect(wholeWords(end)).toBe(true);
    const start = cutKeepingStart(TEXT, 40);
    expect(start).toMatch(/^w00 .*…$/);
    expect(wholeWords(start)).toBe(true);
  });
});
