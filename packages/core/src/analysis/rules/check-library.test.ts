import { describe, expect, it } from 'vitest';
import type { Library } from '../library/library.ts';
import { checkLibrary } from './check-library.ts';
import { compileLibrary } from './compile-library.ts';
import { formatRuleError, RuleLanguageError } from './rule-error.ts';
import { testLibrary } from './test-call.ts';

const messages = (library: Library): string[] => checkLibrary(library).errors.map(formatRuleError);

describe('checkLibrary', () => {
  it('accepts a library whose rules read and reference each other', () => {
    expect(messages(testLibrary({ a: '@b THEN "merci"' }, { b: 'agent:@c', c: '"bonjour"' }))).toEqual([]);
  });

  it('names unknown and cyclic references with their position', () => {
    expect(messages(testLibrary({ a: '"x" OR @gretting' }, { greeting: '"bonjour"' }))).toEqual([
      'a 1:8 unknown_rule: no rule has the id gretting (hint: did you mean @greeting?)',
    ]);
    expect(messages(testLibrary({ a: '"x" OR @b' }, { b: '@c', c: '@a' }))).toEqual([
      'a 1:8 cyclic_reference: @b leads back to a (hint: a rule cannot reference itself, directly or through others)',
      'b 1:1 cyclic_reference: @c leads back to b (hint: a rule cannot reference itself, directly or through others)',
      'c 1:1 cyclic_reference: @a leads back to c (hint: a rule cannot reference itself, directly or through others)',
    ]);
  });

  it('refuses speakers that cannot both hold and NEAR on non-words', () => {
    expect(messages(testLibrary({ a: 'agent:("x" OR customer:"y")' }))).toEqual([
      'a 1:15 speaker_conflict: customer: inside agent: can never match (hint: keep one speaker for this part)',
    ]);
    expect(messages(testLibrary({ a: '"x" NEAR/3 silence > 5s' }))).toEqual([
      'a 1:12 near_needs_words: NEAR compares places of words in a turn (hint: use phrases on both sides of NEAR, or THEN for a sequence)',
    ]);
  });

  it('reports syntax errors of every rule, and duplicate ids', () => {
    const library = testLibrary({ a: '"x', b: 'x y' });
    library.rules.push({ ...(library.rules[0] as Library['rules'][number]), rule: '"ok"' });
    expect(messages(library)).toEqual([
      'a 1:1 unclosed_phrase: the phrase opened here has no closing quote (hint: close it with ")',
      'b 1:3 adjacent_words: two terms in a row (hint: put the words in one phrase in quotes, or join them with AND or OR)',
      'a 1:1 duplicate_id: another rule has the id a (hint: give each rule its own id)',
    ]);
  });

  it('asks practices for a theme and polarity and refuses them elsewhere', () => {
    const library = testLibrary({ r: '"x"' });
    library.rules.push({ id: 'p', kind: 'practice', label: { fr: 'p', en: 'p' }, rule: '"y"' });
    library.rules.push({
      id: 'q',
      kind: 'reaction',
      theme: 'phone_tool',
      label: { fr: 'q', en: 'q' },
      rule: '"z"',
    });
    expect(checkLibrary(library).errors.map((e) => `${e.ruleId} ${e.code}`)).toEqual([
      'p missing_theme',
      'q practice_only',
    ]);
  });

  it('compileLibrary throws every error at once', () => {
    try {
      compileLibrary(testLibrary({ a: '"x', b: '@nothing' }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleLanguageError);
      expect((e as RuleLanguageError).issues.map((i) => i.code)).toEqual(['unclosed_phrase', 'unknown_rule']);
    }
  });
});
