import { describe, expect, it } from 'vitest';
import type { RuleNode } from './ast.ts';
import { parseRule, ruleSyntaxError } from './parse-rule.ts';
import { formatRuleError } from './rule-error.ts';

/** A compact, readable form of a tree, for golden comparisons. */
function show(node: RuleNode): string {
  switch (node.kind) {
    case 'phrase':
      return `"${node.items
        .map((item) => {
          const alts =
            item.alternatives === null
              ? '*'
              : item.alternatives.map((a) => a.tokens.join(' ') + (a.prefix ? '*' : '')).join('|');
          return item.optional
            ? `[${alts}]`
            : item.alternatives && item.alternatives.length > 1
              ? `(${alts})`
              : alts;
        })
        .join(' ')}"`;
    case 'ref':
      return `@${node.id}`;
    case 'or':
    case 'and':
      return `${node.kind.toUpperCase()}(${node.operands.map(show).join(', ')})`;
    case 'not':
      return `NOT(${show(node.operand)})`;
    case 'then':
      return `THEN${node.withinTurns === null ? '' : `/${node.withinTurns}`}(${show(node.left)}, ${show(node.right)})`;
    case 'near':
      return `NEAR/${node.words}(${show(node.left)}, ${show(node.right)})`;
    case 'speaker':
      return `${node.speaker}:${show(node.operand)}`;
    case 'position':
      return `${node.edge}(${node.amount} ${node.unit}, ${show(node.operand)})`;
    case 'measure':
      return node.comparison ? `${node.measure}${node.comparison.op}${node.comparison.value}` : node.measure;
  }
}

const golden: [string, string][] = [
  ['"Bonjour"', '"bonjour"'],
  ['rembours*', '"rembours*"'],
  ['"je [vous] (mets|place) en attente"', '"je [vous] (mets|place) en attente"'],
  ['"bonjour [madame|monsieur]"', '"bonjour [madame|monsieur]"'],
  ['"je * vérifie"', '"je * verifie"'],
  ['"l\'échéancier"', '"le echeancier"'],
  ['"vingt-quatre heures"', '"24 heures"'],
  ['"a" OR "b" OR "c"', 'OR("a", "b", "c")'],
  ['"a" OR "b" AND "c"', 'OR("a", AND("b", "c"))'],
  ['("a" OR "b") AND "c"', 'AND(OR("a", "b"), "c")'],
  ['"a" AND NOT "b"', 'AND("a", NOT("b"))'],
  ['"a" THEN "b" THEN/3 "c"', 'THEN/3(THEN("a", "b"), "c")'],
  ['"a" NEAR/5 "b" THEN "c"', 'THEN(NEAR/5("a", "b"), "c")'],
  ['agent:"a" THEN customer:("b" OR "c")', 'THEN(agent:"a", customer:OR("b", "c"))'],
  ['conseiller:"a" AND client:"b"', 'AND(agent:"a", customer:"b")'],
  ['first(30s, agent:@greeting)', 'first(30 seconds, agent:@greeting)'],
  ['last(10%, "au revoir")', 'last(0.1 ratio, "au revoir")'],
  ['last(2 turns, "au revoir")', 'last(2 turns, "au revoir")'],
  ['first(2min, "a")', 'first(120 seconds, "a")'],
  ['agent:silence > 10s', 'agent:silence>10'],
  ['hold', 'hold'],
  ['hold >= 1min', 'hold>=60'],
  ['talk_ratio > 70%', 'talk_ratio>0.7'],
  ['overtalk > 2s OR monologue > 60s', 'OR(overtalk>2, monologue>60)'],
  ['duration < 8min', 'duration<480'],
  ['"merci"\nTHEN\n  "au revoir"', 'THEN("merci", "au revoir")'],
];

describe('parseRule: valid rules (golden)', () => {
  it.each(golden)('%s', (source, expected) => {
    expect(show(parseRule('r', source))).toBe(expected);
  });

  it('keeps source spans on nodes', () => {
    const node = parseRule('r', 'agent:"a" THEN "b"');
    expect(node.span).toEqual({ start: 0, end: 18 });
  });
});

const invalid: [string, string][] = [
  [
    '"je vous mets en attente',
    'r 1:1 unclosed_phrase: the phrase opened here has no closing quote (hint: close it with ")',
  ],
  ['("a" OR "b"', 'r 1:1 unclosed_group: the ( opened here has no ) (hint: close it with ))'],
  ['"a" OR "b")', 'r 1:11 unexpected_token: this ) closes nothing (hint: remove it, or open a ( before)'],
  [
    'bonjour madame',
    'r 1:9 adjacent_words: two terms in a row (hint: put the words in one phrase in quotes, or join them with AND or OR)',
  ],
  [
    '"a" and "b"',
    'r 1:5 lowercase_operator: "and" is written in lower case where an operator was surely meant (hint: write AND in capitals, or put the word in quotes to look for it)',
  ],
  ['""', 'r 1:1 empty_phrase: the phrase has no required word (hint: write at least one word outside [ ])'],
  [
    '"[vous]"',
    'r 1:1 empty_phrase: the phrase has no required word (hint: write at least one word outside [ ])',
  ],
  ['"je (mets"', 'r 1:5 unclosed_group: the ( opened here has no ) (hint: close it with ))'],
  ['"a" NEAR "b"', 'r 1:5 bad_number: NEAR needs a number of words (hint: write NEAR/5)'],
  ['"a" THEN/0 "b"', 'r 1:5 bad_number: THEN/n needs n of at least 1 (hint: THEN/1 is the next turn)'],
  ['"a" AND/2 "b"', 'r 1:5 bad_number: AND takes no number (hint: only THEN/n and NEAR/n do)'],
  ['silence > 10', 'r 1:11 bad_unit: silence is a time: give its unit (hint: write silence > 10s)'],
  ['silence', 'r 1:1 unexpected_token: silence needs a comparison (hint: write silence > 10s)'],
  [
    'talk_ratio > 0.7',
    'r 1:14 bad_unit: talk_ratio is a percentage from 0 to 100 (hint: write talk_ratio > 70%)',
  ],
  [
    'first(120%, "a")',
    'r 1:7 bad_unit: a percentage of the call is between 0 and 100 (hint: write first(10%, …))',
  ],
  ['first(30, "a")', 'r 1:7 bad_unit: 30 needs a unit (hint: write 30s, 30min, 30% or 30 turns)'],
  [
    'first(30s "a")',
    'r 1:11 unexpected_token: first( needs a comma after the amount (hint: write first(30s, "…"))',
  ],
  [
    '"a" OR',
    'r 1:6 unexpected_end: the rule ends where a term was expected (hint: write a phrase in quotes)',
  ],
  ['', 'r 1:1 empty_rule: the rule is empty (hint: write a phrase in quotes)'],
  ['"a" OR\n  = "b"', 'r 2:3 unexpected_token: "=" has no meaning here (hint: put words in double quotes)'],
  ['@', 'r 1:1 unexpected_token: a rule reference needs an id after @ (hint: write @greeting)'],
];

describe('parseRule: invalid rules (golden messages with positions)', () => {
  it.each(invalid)('%j', (source, expected) => {
    const error = ruleSyntaxError('r', source);
    expect(error && formatRuleError(error)).toBe(expected);
  });

  it('gives the offset and length of the offending part', () => {
    expect(ruleSyntaxError('r', '"a" AND/2 "b"')).toMatchObject({ offset: 4, length: 5, line: 1, column: 5 });
  });
});
