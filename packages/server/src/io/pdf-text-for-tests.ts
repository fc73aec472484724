import { inflateSync } from 'node:zlib';

/**
 * Test support: the text of a PDF written by pdfmake/PDFKit, one string per printed line.
 * pdftotext is not installed on the build machines, and PDFKit writes embedded-font text as
 * glyph ids, so this reads what a viewer's copy-paste reads: the fonts' ToUnicode maps applied
 * to the TJ/Tj operators of the (inflated) page streams. Enough for PDFKit's output, not a
 * general PDF parser (no object streams, no encryption, direct /Length only).
 */
export function pdfText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const cmapOfFont = new Map<string, Map<number, string>>();
  // Resource dictionaries name the fonts (/F1 10 0 R); PDFKit's names are unique per document.
  const fontByName = new Map<string, Map<number, string>>();
  for (const [num, { dict }] of objects) {
    const toUnicode = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(dict);
    const cmapStream = toUnicode?.[1] ? objects.get(toUnicode[1])?.stream : undefined;
    if (cmapStream) cmapOfFont.set(num, parseCmap(cmapStream));
  }
  for (const { dict } of objects.values()) {
    for (const m of dict.matchAll(/\/(F\d+)\s+(\d+)\s+0\s+R/g)) {
      const cmap = m[1] && m[2] ? cmapOfFont.get(m[2]) : undefined;
      if (m[1] && cmap) fontByName.set(m[1], cmap);
    }
  }
  const lines: string[] = [];
  // Page content streams, in the order the pages reference them.
  for (const page of objects.values()) {
    const contents = /\/Contents\s+(\d+)\s+0\s+R/.exec(page.dict)?.[1];
    const stream = contents ? objects.get(contents)?.stream : undefined;
    if (stream === undefined) continue;
    let font: Map<number, string> | undefined;
    let y: string | undefined;
    let line = '';
    const ops = /\/(F\d+)\s+[\d.]+\s+Tf|[\d.-]+\s+([\d.-]+)\s+Tm|(\[[^\]]*\])\s*TJ|(<[0-9a-fA-F]*>)\s*Tj/g;
    for (const m of stream.matchAll(ops)) {
      if (m[1]) font = fontByName.get(m[1]);
      else if (m[2] !== undefined) {
        // A new baseline starts a new printed line; pieces on the same baseline join up.
        if (y !== undefined && m[2] !== y && line !== '') {
          lines.push(line);
          line = '';
        }
        y = m[2];
      } else {
        for (const hex of (m[3] ?? m[4] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)) {
          for (let i = 0; i + 4 <= (hex[1] ?? '').length; i += 4) {
            line += font?.get(Number.parseInt((hex[1] ?? '').slice(i, i + 4), 16)) ?? '\ufffd';
          }
        }
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

interface PdfObject {
  readonly dict: string;
  readonly stream?: string;
}

function readObjects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (!m[1] || end < 0) continue;
    if (streamAt < 0 || streamAt > end) {
      objects.set(m[1], { dict: text.slice(start, end) });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1] ?? 0);
    const dataAt = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    const data = pdf.subarray(dataAt, dataAt + length);
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(data) : data;
    objects.set(m[1], { dict, stream: stream.toString('latin1') });
  }
  return objects;
}

/** bfchar and bfrange entries of a ToUnicode CMap (UTF-16BE destinations). */
function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const entries = /<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)/g;
    for (const [, lo, hi, dst] of (block[1] ?? '').matchAll(entries)) {
      const from = Number.parseInt(lo ?? '0', 16);
      const to = Number.parseInt(hi ?? '0', 16);
      const targets = [...(dst ?? '').matchAll(/<(\w+)>/g)].map((t) => t[1] ?? '');
      for (let code = from; code <= to; code++) {
        if (dst?.startsWith('[')) map.set(code, utf16(targets[code - from] ?? ''));
        else {
          const base = Number.parseInt(targets[0] ?? '0', 16);
          map.set(code, String.fromCharCode(base + code - from));
        }
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of (block[1] ?? '').matchAll(/<(\w+)>\s*<(\w+)>/g)) {
      map.set(Number.parseInt(src ?? '0', 16), utf16(dst ?? ''));
    }
  }
  return map;
}
