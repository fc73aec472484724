import { foldAccents } from '../shared/fold-accents.ts';

function normalize(text: string): string {
  return foldAccents(text)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Normalised phrase lists, computed once per list (they are module constants). */
const NORMALIZED = new WeakMap<readonly string[], string[]>();

/** Whether the text contains one of the phrases, on word boundaries, ignoring case and accents. */
export function mentionsAny(text: string, phrases: readonly string[]): boolean {
  const haystack = normalize(text);
  let needles = NORMALIZED.get(phrases);
  if (!needles) {
    needles = phrases.map(normalize);
    NORMALIZED.set(phrases, needles);
  }
  return needles.some((needle) => {
    const checkBefore = WORD_CHAR.test(needle.charAt(0));
    const checkAfter = WORD_CHAR.test(needle.charAt(needle.length - 1));
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack.charAt(at - 1);
      const after = haystack.charAt(at + needle.length);
      if ((!checkBefore || !WORD_CHAR.test(before)) && (!checkAfter || !WORD_CHAR.test(after))) return true;
    }
    return false;
  });
}
