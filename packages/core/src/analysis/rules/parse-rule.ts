import { type Comparison, MEASURES, type MeasureName, type RuleNode, type SourceSpan } from './ast.ts';
import { LexError, type LexToken, lexRule } from './lexer.ts';
import { parsePhrase } from './parse-phrase.ts';
import { type RuleError, RuleLanguageError, ruleError } from './rule-error.ts';

/**
 * Parses a rule's text into its syntax tree (docs/rule-language.md). Precedence, loosest first:
 * OR, AND, THEN, NEAR, then the prefixes NOT / agent: / customer:. Throws a RuleLanguageError
 * with one located error (the first) when the text cannot be read.
 */
export function parseRule(ruleId: string, source: string): RuleNode {
  try {
    return new Parser(lexRule(source), source).parse();
  } catch (e) {
    if (e instanceof LexError)
      throw new RuleLanguageError([
        ruleError(ruleId, source, e.start, e.end - e.start, e.code, e.message, e.hint),
      ]);
    throw e;
  }
}

/** parseRule's error, or null when the rule reads. */
export function ruleSyntaxError(ruleId: string, source: string): RuleError | null {
  try {
    parseRule(ruleId, source);
    return null;
  } catch (e) {
    if (e instanceof RuleLanguageError) return e.issues[0] ?? null;
    throw e;
  }
}

const LOWERCASE_OPERATORS = /^(and|or|not|then|near|et|ou|puis)(\/\d+)?$/;
const TIME_UNITS: Record<string, number> = { s: 1, min: 60 };

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: readonly LexToken[],
    private readonly source: string,
  ) {}

  parse(): RuleNode {
    if (this.tokens.length === 0)
      throw new LexError('empty_rule', 'the rule is empty', 'write a phrase in quotes', 0, 1);
    const node = this.parseOr();
    const next = this.peek();
    if (next) this.failAfterTerm(next);
    return node;
  }

  private parseOr(): RuleNode {
    return this.parseNary('OR', 'or', () => this.parseAnd());
  }

  private parseAnd(): RuleNode {
    return this.parseNary('AND', 'and', () => this.parseThen());
  }

  private parseNary(op: 'AND' | 'OR', kind: 'and' | 'or', operand: () => RuleNode): RuleNode {
    const first = operand();
    const operands = [first];
    while (this.isOp(op)) {
      this.expectNoCount(this.next());
      operands.push(operand());
    }
    if (operands.length === 1) return first;
    return { kind, operands, span: spanOf(first.span, operands.at(-1)?.span ?? first.span) };
  }

  private parseThen(): RuleNode {
    let left = this.parseNear();
    while (this.isOp('THEN')) {
      const op = this.next() as Extract<LexToken, { kind: 'op' }>;
      if (op.count !== null && op.count < 1)
        throw new LexError(
          'bad_number',
          'THEN/n needs n of at least 1',
          'THEN/1 is the next turn',
          op.start,
          op.end,
        );
      const right = this.parseNear();
      left = { kind: 'then', left, right, withinTurns: op.count, span: spanOf(left.span, right.span) };
    }
    return left;
  }

  private parseNear(): RuleNode {
    let left = this.parseUnary();
    while (this.isOp('NEAR')) {
      const op = this.next() as Extract<LexToken, { kind: 'op' }>;
      if (op.count === null)
        throw new LexError('bad_number', 'NEAR needs a number of words', 'write NEAR/5', op.start, op.end);
      const right = this.parseUnary();
      left = { kind: 'near', left, right, words: op.count, span: spanOf(left.span, right.span) };
    }
    return left;
  }

  private parseUnary(): RuleNode {
    const t = this.peek();
    if (t?.kind === 'op' && t.op === 'NOT') {
      this.next();
      this.expectNoCount(t);
      const operand = this.parseUnary();
      return { kind: 'not', operand, span: spanOf(t, operand.span) };
    }
    if (t?.kind === 'speaker') {
      this.next();
      const operand = this.parseUnary();
      return { kind: 'speaker', speaker: t.speaker, operand, span: spanOf(t, operand.span) };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): RuleNode {
    const t = this.next();
    if (!t) {
      const end = this.source.length;
      throw new LexError(
        'unexpected_end',
        'the rule ends where a term was expected',
        'write a phrase in quotes',
        Math.max(0, end - 1),
        end,
      );
    }
    switch (t.kind) {
      case 'phrase':
        return { kind: 'phrase', items: parsePhrase(t.text, t.start + 1), source: t.text, span: t };
      case 'ref':
        return { kind: 'ref', id: t.id, span: t };
      case 'word':
        return this.parseWord(t);
      case 'punct':
        if (t.char === '(') {
          const inner = this.parseOr();
          const close = this.next();
          if (close?.kind !== 'punct' || close.char !== ')')
            throw new LexError(
              'unclosed_group',
              'the ( opened here has no )',
              'close it with )',
              t.start,
              t.end,
            );
          return { ...inner, span: spanOf(t, close) } as RuleNode;
        }
        break;
      case 'number':
        return {
          kind: 'phrase',
          items: parsePhrase(String(t.value), t.start),
          source: String(t.value),
          span: t,
        };
      default:
        break;
    }
    throw new LexError(
      'unexpected_token',
      `${describe(t, this.source)} cannot start a term`,
      'write a phrase in quotes, @rule, or a condition such as silence > 10s',
      t.start,
      t.end,
    );
  }

  private parseWord(t: Extract<LexToken, { kind: 'word' }>): RuleNode {
    const word = t.text;
    if (word === 'first' || word === 'last') return this.parsePosition(t, word);
    if ((MEASURES as readonly string[]).includes(word)) return this.parseMeasure(t, word as MeasureName);
    if (LOWERCASE_OPERATORS.test(word))
      throw new LexError(
        'lowercase_operator',
        `"${word}" is written in lower case where an operator was surely meant`,
        `write ${word.toUpperCase()} in capitals, or put the word in quotes to look for it`,
        t.start,
        t.end,
      );
    return { kind: 'phrase', items: parsePhrase(word, t.start), source: word, span: t };
  }

  private parsePosition(t: LexToken, edge: 'first' | 'last'): RuleNode {
    this.expectPunct('(', `${edge} takes an amount and a term`, `write ${edge}(30s, "…")`, t);
    const amount = this.next();
    if (amount?.kind !== 'number')
      throw new LexError(
        'bad_unit',
        `${edge}( needs an amount: seconds, a percentage or turns`,
        `write ${edge}(30s, …), ${edge}(10%, …) or ${edge}(2 turns, …)`,
        amount?.start ?? t.end,
        amount?.end ?? t.end + 1,
      );
    let unit: 'seconds' | 'ratio' | 'turns';
    let value = amount.value;
    if (amount.unit === '%') {
      if (value <= 0 || value > 100)
        throw new LexError(
          'bad_unit',
          'a percentage of the call is between 0 and 100',
          `write ${edge}(10%, …)`,
          amount.start,
          amount.end,
        );
      unit = 'ratio';
      value /= 100;
    } else if (amount.unit in TIME_UNITS) {
      unit = 'seconds';
      value *= TIME_UNITS[amount.unit] as number;
    } else if (
      this.peek()?.kind === 'word' &&
      /^(turns?|tours?)$/.test((this.peek() as { text: string }).text)
    ) {
      this.next();
      if (!Number.isInteger(value) || value < 1)
        throw new LexError(
          'bad_number',
          'a number of turns is a whole number of at least 1',
          `write ${edge}(2 turns, …)`,
          amount.start,
          amount.end,
        );
      unit = 'turns';
    } else
      throw new LexError(
        'bad_unit',
        `${amount.value} needs a unit`,
        `write ${amount.value}s, ${amount.value}min, ${amount.value}% or ${amount.value} turns`,
        amount.start,
        amount.end,
      );
    this.expectPunct(',', `${edge}( needs a comma after the amount`, `write ${edge}(30s, "…")`, amount);
    const operand = this.parseOr();
    const close = this.expectPunct(')', `the ${edge}( opened here has no )`, 'close it with )', t);
    return { kind: 'position', edge, amount: value, unit, operand, span: spanOf(t, close) };
  }

  private parseMeasure(t: LexToken, measure: MeasureName): RuleNode {
    const cmp = this.peek();
    if (cmp?.kind !== 'compare') {
      if (measure === 'hold') return { kind: 'measure', measure, comparison: null, span: t };
      throw new LexError(
        'unexpected_token',
        `${measure} needs a comparison`,
        measureExample(measure),
        t.start,
        t.end,
      );
    }
    this.next();
    const amount = this.next();
    if (amount?.kind !== 'number')
      throw new LexError(
        'bad_number',
        `${measure} ${cmp.op} needs a number`,
        measureExample(measure),
        cmp.start,
        cmp.end,
      );
    let value: number;
    if (measure === 'talk_ratio') {
      if (amount.unit !== '%' || amount.value > 100)
        throw new LexError(
          'bad_unit',
          'talk_ratio is a percentage from 0 to 100',
          measureExample(measure),
          amount.start,
          amount.end,
        );
      value = amount.value / 100;
    } else {
      if (!(amount.unit in TIME_UNITS))
        throw new LexError(
          'bad_unit',
          `${measure} is a time: give its unit`,
          measureExample(measure),
          amount.start,
          amount.end,
        );
      value = amount.value * (TIME_UNITS[amount.unit] as number);
    }
    return {
      kind: 'measure',
      measure,
      comparison: { op: cmp.op as Comparison, value },
      span: spanOf(t, amount),
    };
  }

  private failAfterTerm(t: LexToken): never {
    if (t.kind === 'punct' && t.char === ')')
      throw new LexError(
        'unexpected_token',
        'this ) closes nothing',
        'remove it, or open a ( before',
        t.start,
        t.end,
      );
    if (t.kind === 'word' && LOWERCASE_OPERATORS.test(t.text))
      throw new LexError(
        'lowercase_operator',
        `"${t.text}" is written in lower case where an operator was surely meant`,
        `write ${t.text.toUpperCase()} in capitals, or put the word in quotes to look for it`,
        t.start,
        t.end,
      );
    if (t.kind === 'word' || t.kind === 'phrase' || t.kind === 'ref' || t.kind === 'number')
      throw new LexError(
        'adjacent_words',
        'two terms in a row',
        'put the words in one phrase in quotes, or join them with AND or OR',
        t.start,
        t.end,
      );
    throw new LexError(
      'unexpected_token',
      `${describe(t, this.source)} does not fit here`,
      'join terms with AND, OR, THEN or NEAR/n',
      t.start,
      t.end,
    );
  }

  private expectPunct(char: '(' | ')' | ',', message: string, hint: string, after: LexToken): LexToken {
    const t = this.next();
    if (t?.kind === 'punct' && t.char === char) return t;
    const at = t ?? { start: after.end, end: after.end + 1 };
    throw new LexError(char === ')' ? 'unclosed_group' : 'unexpected_token', message, hint, at.start, at.end);
  }

  private expectNoCount(t: LexToken | undefined): void {
    if (t?.kind === 'op' && t.count !== null)
      throw new LexError(
        'bad_number',
        `${t.op} takes no number`,
        'only THEN/n and NEAR/n do',
        t.start,
        t.end,
      );
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.op === op;
  }

  private peek(): LexToken | undefined {
    return this.tokens[this.at];
  }

  private next(): LexToken | undefined {
    return this.tokens[this.at++];
  }
}

function measureExample(measure: MeasureName): string {
  return measure === 'talk_ratio'
    ? 'write talk_ratio > 70%'
    : measure === 'duration'
      ? 'write duration > 8min'
      : `write ${measure} > 10s`;
}

function describe(t: LexToken, source: string): string {
  return `"${source.slice(t.start, t.end)}"`;
}

function spanOf(a: SourceSpan, b: SourceSpan): SourceSpan {
  return { start: a.start, end: b.end };
}
