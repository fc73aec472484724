/** What an {@link XmlScanner} reports, in document order. */
export interface XmlHandlers {
  /** An element opens; `name` without its namespace prefix (`x:row` → `row`), attributes likewise. */
  open?(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  /** An element closes (also called right after `open` for `<a/>`). */
  close?(name: string): void;
  /** Character data, entities decoded (may come in several pieces). */
  text?(text: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Decodes the five XML entities and character references. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? '';
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * A small streaming XML tokenizer for the machine-written XML of office files: feed it text
 * with {@link write} as it is inflated, it reports elements and text through its handlers and
 * keeps only the unfinished tail. Comments, processing instructions and the doctype are
 * skipped; CDATA is reported as text. It does not validate: well-formedness is the writer's.
 */
export class XmlScanner {
  private rest = '';

  constructor(private readonly handlers: XmlHandlers) {}

  write(chunk: string): void {
    const s = this.rest + chunk;
    const h = this.handlers;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf('<', pos);
      if (lt === -1) {
        // Text up to the end: keep it whole (an entity may be cut) until the next tag.
        this.rest = s.slice(pos);
        return;
      }
      if (lt > pos) h.text?.(decodeXmlEntities(s.slice(pos, lt)));
      pos = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */) {
        let end: number;
        let skip: number;
        if (s.startsWith('<!--', lt)) {
          end = s.indexOf('-->', lt + 4);
          skip = 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          end = s.indexOf(']]>', lt + 9);
          skip = 3;
          if (end !== -1) h.text?.(s.slice(lt + 9, end));
        } else if (s.length - lt < 9) {
          end = -1;
          skip = 0;
        } else {
          end = s.indexOf('>', lt);
          skip = 1;
        }
        if (end === -1) break;
        pos = end + skip;
        continue;
      }
      if (next === 0x3f /* ? */) {
        const end = s.indexOf('?>', lt);
        if (end === -1) break;
        pos = end + 2;
        continue;
      }
      // A tag: find its '>' outside quoted attribute values.
      let end = -1;
      let quote = 0;
      for (let i = lt + 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) {
          quote = c;
        } else if (c === 0x3e /* > */) {
          end = i;
          break;
        }
      }
      if (end === -1) break;
      if (next === 0x2f /* / */) {
        h.close?.(localName(s.slice(lt + 2, end).trim()));
      } else {
        const selfClosing = s.charCodeAt(end - 1) === 0x2f;
        const body = s.slice(lt + 1, selfClosing ? end - 1 : end);
        const space = body.search(/[\s]/);
        const name = localName(space === -1 ? body : body.slice(0, space));
        const attributes: Record<string, string> = {};
        if (space !== -1) {
          ATTRIBUTE.lastIndex = space;
          for (let m = ATTRIBUTE.exec(body); m !== null; m = ATTRIBUTE.exec(body)) {
            attributes[localName(m[1] as string)] = decodeXmlEntities(m[2] ?? m[3] ?? '');
          }
        }
        h.open?.(name, attributes, selfClosing);
        if (selfClosing) h.close?.(name);
      }
      pos = end + 1;
    }
    this.rest = s.slice(pos);
  }

  /** True when the input ended inside markup (a truncated part). */
  get unfinished(): boolean {
    return this.rest.trim() !== '';
  }
}
