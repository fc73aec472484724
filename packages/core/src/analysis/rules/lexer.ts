/**
 * The rule language's tokens. Operators are upper-case words (lower-case `or` is the French word);
 * a bare word followed by `:` is a speaker; a number may carry its unit (`30s`, `2min`, `70%`).
 */

export type LexToken =
  | { kind: 'phrase'; text: string; start: number; end: number }
  | { kind: 'word'; text: string; start: number; end: number }
  | { kind: 'ref'; id: string; start: number; end: number }
  | { kind: 'speaker'; speaker: 'agent' | 'customer'; start: number; end: number }
  | {
      kind: 'op';
      op: 'AND' | 'OR' | 'NOT' | 'THEN' | 'NEAR';
      count: number | null;
      start: number;
      end: number;
    }
  | { kind: 'compare'; op: '>' | '>=' | '<' | '<='; start: number; end: number }
  | { kind: 'number'; value: number; unit: string; start: number; end: number }
  | { kind: 'punct'; char: '(' | ')' | ','; start: number; end: number };

/** A lexing failure, located; the parser turns it into a RuleError. */
export class LexError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const SPEAKERS: Record<string, 'agent' | 'customer'> = {
  agent: 'agent',
  conseiller: 'agent',
  conseillere: 'agent',
  customer: 'customer',
  client: 'customer',
};
const OPERATOR = /^(AND|OR|NOT|THEN|NEAR)(?:\/(\d+))?$/;
const WORD_CHARS = /[\p{L}\p{N}_'’*\-./]/u;

/** The tokens of a rule's text, or a LexError at the first character that cannot start one. */
export function lexRule(source: string): LexToken[] {
  const tokens: LexToken[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === '“' || c === '”') {
      const close = source.slice(i + 1).search(/["“”]/);
      if (close < 0)
        throw new LexError(
          'unclosed_phrase',
          'the phrase opened here has no closing quote',
          'close it with "',
          i,
          i + 1,
        );
      tokens.push({ kind: 'phrase', text: source.slice(i + 1, i + 1 + close), start: i, end: i + close + 2 });
      i += close + 2;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', char: c, start: i, end: i + 1 });
      i++;
    } else if (c === '>' || c === '<') {
      const op = source[i + 1] === '=' ? (`${c}=` as '>=' | '<=') : c;
      tokens.push({ kind: 'compare', op, start: i, end: i + op.length });
      i += op.length;
    } else if (c === '@') {
      const m = /^@([a-z][a-z0-9_]*)/.exec(source.slice(i));
      if (!m)
        throw new LexError(
          'unexpected_token',
          'a rule reference needs an id after @',
          'write @greeting',
          i,
          i + 1,
        );
      tokens.push({ kind: 'ref', id: m[1] as string, start: i, end: i + m[0].length });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^(\d+(?:[.,]\d+)?)(s|min|%)?(?![\p{L}\p{N}])/u.exec(source.slice(i));
      if (m) {
        const value = Number((m[1] as string).replace(',', '.'));
        tokens.push({ kind: 'number', value, unit: m[2] ?? '', start: i, end: i + m[0].length });
        i += m[0].length;
      } else i = lexWord(source, i, tokens);
    } else if (WORD_CHARS.test(c)) {
      i = lexWord(source, i, tokens);
    } else {
      throw new LexError(
        'unexpected_token',
        `"${c}" has no meaning here`,
        'put words in double quotes',
        i,
        i + 1,
      );
    }
  }
  return tokens;
}

function lexWord(source: string, from: number, tokens: LexToken[]): number {
  let i = from;
  while (i < source.length && WORD_CHARS.test(source[i] as string)) i++;
  const text = source.slice(from, i);
  const op = OPERATOR.exec(text);
  if (source[i] === ':' && foldSpeaker(text) in SPEAKERS) {
    tokens.push({
      kind: 'speaker',
      speaker: SPEAKERS[foldSpeaker(text)] as 'agent' | 'customer',
      start: from,
      end: i + 1,
    });
    return i + 1;
  }
  if (op) {
    const count = op[2] === undefined ? null : Number(op[2]);
    tokens.push({ kind: 'op', op: op[1] as 'AND', count, start: from, end: i });
  } else {
    tokens.push({ kind: 'word', text, start: from, end: i });
  }
  return i;
}

function foldSpeaker(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}
