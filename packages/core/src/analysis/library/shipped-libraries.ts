import type { Library } from './library.ts';
import { ENGLISH_LIBRARY } from './library-en.ts';
import { FRENCH_LIBRARY } from './library-fr.ts';

/** The practice libraries shipped with Vigie, by the id users name them with (`--library fr`). */
export const SHIPPED_LIBRARIES: Readonly<Record<string, Library>> = {
  fr: FRENCH_LIBRARY,
  en: ENGLISH_LIBRARY,
};
