/**
 * Cutting a turn's text down to an excerpt: about `max` characters around the words that matter,
 * cut at word boundaries, with '…' where text was left out. A report quotes, so the kept words are
 * never altered, only trimmed of the spaces at the cuts.
 */

/** Characters an excerpt keeps of a turn (before the '…' marks). */
export const EXCERPT_CHARS = 220;

const SPACE = /\s/;

/**
 * `text` cut to about `max` characters keeping `[start, end)` whole and as central as the text's
 * edges allow. A part longer than `max` is kept whole: an excerpt must show what was found.
 */
export function cutAround(text: string, start: number, end: number, max: number = EXCERPT_CHARS): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - (end - start));
  let from = start - Math.floor(room / 2);
  let to = end + (room - Math.floor(room / 2));
  if (from < 0) {
    to -= from;
    from = 0;
  }
  if (to > text.length) {
    from = Math.max(0, from - (to - text.length));
    to = text.length;
  }
  // Never start or stop inside a word, as long as the part itself stays whole.
  if (from > 0 && !SPACE.test(text[from - 1] ?? ' ')) {
    const space = text.slice(from, start).search(SPACE);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length && !SPACE.test(text[to] ?? ' ')) {
    const kept = text.slice(end, to);
    const space = Math.max(kept.lastIndexOf(' '), kept.lastIndexOf('\n'), kept.lastIndexOf('\t'));
    if (space >= 0) to = end + space;
  }
  const body = text.slice(from, to).trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** The last words of `text` (what was said just before something else happened). */
export function cutKeepingEnd(text: string, max: number = EXCERPT_CHARS): string {
  return cutAround(text, text.length, text.length, max);
}

/** The first words of `text` (what came right after something). */
export function cutKeepingStart(text: string, max: number = EXCERPT_CHARS): string {
  return cutAround(text, 0, 0, max);
}
