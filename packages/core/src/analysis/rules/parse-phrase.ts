import type { PhraseAlternative, PhraseItem } from './ast.ts';
import { LexError } from './lexer.ts';
import { tokenizeText } from './normalize-text.ts';

/**
 * The inside of a phrase (docs/rule-language.md): words, `word*`, `*`, `[optional|words]`,
 * `(one|of|these)`. Runs of plain words are normalised together, so a spoken number spanning
 * several words ("vingt quatre") reads as in a turn. `offset` is where the text starts in the
 * rule, for error positions.
 */
export function parsePhrase(text: string, offset: number): PhraseItem[] {
  const items: PhraseItem[] = [];
  let plain = '';
  const flushPlain = (): void => {
    if (plain.trim()) items.push(...plainItems(plain));
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '[' || c === '(') {
      flushPlain();
      const close = c === '[' ? ']' : ')';
      const end = text.indexOf(close, i + 1);
      if (end < 0)
        throw new LexError(
          'unclosed_group',
          `the ${c} opened here has no ${close}`,
          `close it with ${close}`,
          offset + i,
          offset + i + 1,
        );
      const alternatives = text
        .slice(i + 1, end)
        .split('|')
        .map((alt) => alternative(alt))
        .filter((alt): alt is PhraseAlternative => alt !== null);
      if (alternatives.length === 0)
        throw new LexError(
          'empty_phrase',
          `${c}${close} holds no word`,
          'write words between them',
          offset + i,
          offset + end + 1,
        );
      items.push({ alternatives, optional: c === '[' });
      i = end + 1;
    } else if (c === ']' || c === ')' || c === '|') {
      throw new LexError(
        'unexpected_token',
        `"${c}" without its opening`,
        'write [a|b] or (a|b)',
        offset + i,
        offset + i + 1,
      );
    } else if (c === '*' && (i === 0 || /\s/.test(text[i - 1] as string))) {
      flushPlain();
      items.push({ alternatives: null, optional: false });
      i++;
    } else {
      plain += c;
      i++;
    }
  }
  flushPlain();
  if (!items.some((item) => !item.optional))
    throw new LexError(
      'empty_phrase',
      'the phrase has no required word',
      'write at least one word outside [ ]',
      offset - 1,
      offset + text.length + 1,
    );
  return items;
}

/** Plain words: each normalised token is a required literal; a `*`-ended word is a prefix. */
function plainItems(plain: string): PhraseItem[] {
  const items: PhraseItem[] = [];
  for (const chunk of plain.split(/(?<=\*)/)) {
    const alt = alternative(chunk);
    if (!alt) continue;
    const literals = alt.prefix ? alt.tokens.slice(0, -1) : alt.tokens;
    for (const token of literals)
      items.push({ alternatives: [{ tokens: [token], prefix: false }], optional: false });
    if (alt.prefix)
      items.push({
        alternatives: [{ tokens: [alt.tokens.at(-1) as string], prefix: true }],
        optional: false,
      });
  }
  return items;
}

function alternative(raw: string): PhraseAlternative | null {
  const trimmed = raw.trim();
  const prefix = trimmed.endsWith('*');
  const tokens = tokenizeText(prefix ? trimmed.slice(0, -1) : trimmed).map((t) => t.value);
  return tokens.length > 0 ? { tokens, prefix } : null;
}
