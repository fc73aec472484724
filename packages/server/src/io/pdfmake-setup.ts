import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TFontDictionary } from 'pdfmake/interfaces';

// pdfmake 0.3 on Node reads fonts from files named in a font dictionary; the package ships
// Roboto (with the accents French needs) and fonts/Roboto.js maps its four styles to absolute
// paths. Nothing is fetched: URLs are refused and only those four files may be read.
const require = createRequire(import.meta.url);
const ROBOTO = require('pdfmake/fonts/Roboto.js') as TFontDictionary;
const FONT_FILES = new Set(Object.values(ROBOTO.Roboto ?? {}).filter((p) => typeof p === 'string'));
// The pdfmake module is one shared instance: configured once, here, for the whole process.
pdfmake.setFonts(ROBOTO);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));

/** pdfmake with Vigie's fonts and no network or file access beyond them. */
export { pdfmake };

/**
 * Roboto has no narrow no-break space (U+202F), which Intl puts in French numbers ("12 345,67 €");
 * the no-break space it does have keeps the figure on one line and prints.
 */
export const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');
