/**
 * The words of a vocabulary (channels, dispositions, outcomes...) as bytes, to recognise a field
 * of a file without making it a string. Words are ASCII; a match is exact (no trimming, no
 * change of case), so anything else is left to the caller's slower path.
 */
export class ByteVocabulary<T extends string> {
  private readonly words: Uint8Array[];

  constructor(readonly values: readonly T[]) {
    this.words = values.map((w) => Uint8Array.from(w, (c) => c.charCodeAt(0)));
  }

  /** The index of the word equal to `bytes[start, end)`, or -1. */
  indexOf(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const first = bytes[start];
    const words = this.words;
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as Uint8Array;
      if (word.length !== length || word[0] !== first) continue;
      let j = 1;
      while (j < length && word[j] === bytes[start + j]) j++;
      if (j === length) return k;
    }
    return -1;
  }
}
