import { checkLibrary, FRENCH_LIBRARY, type Library } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { slugify, uniqueId } from './librarySlug';
import { errorExcerpt, errorPlace, errorsByRule, serverRuleErrors } from './ruleErrors';
import { libraryForRule, referencedIds } from './testLibrary';

describe('ids', () => {
  it('makes an id of a name', () => {
    expect(slugify('Pratiques du service client (copie)')).toBe('pratiques_du_service_client_copie');
    expect(slugify('Équipe 2 — été')).toBe('equipe_2_ete');
    expect(slugify('2026 Hélios')).toBe('l_2026_helios');
    expect(slugify('!!!')).toBe('copie');
  });

  it('picks a free one', () => {
    expect(uniqueId('a', new Set())).toBe('a');
    expect(uniqueId('a', new Set(['a', 'a_2']))).toBe('a_3');
  });
});

const mini = (rules: Library['rules']): Library => ({
  id: 'mini',
  language: 'fr',
  name: { fr: 'Mini', en: 'Mini' },
  rules,
});

describe('rule errors', () => {
  it('puts each error of the check on its rule, a duplicate on the later one', () => {
    const library = mini([
      { id: 'a', kind: 'reaction', label: { fr: 'A', en: 'A' }, rule: 'customer:"merci' },
      { id: 'b', kind: 'reaction', label: { fr: 'B', en: 'B' }, rule: '"ok"' },
      { id: 'b', kind: 'reaction', label: { fr: 'B', en: 'B' }, rule: '"ok"' },
    ]);
    const byRule = errorsByRule(library.rules, checkLibrary(library).errors);
    expect(byRule.get(0)?.map((e) => [e.code, e.line, e.column])).toEqual([['unclosed_phrase', 1, 10]]);
    expect(byRule.get(2)?.map((e) => e.code)).toEqual(['duplicate_id']);
    expect(byRule.has(1)).toBe(false);
  });

  it("reads the server's 422 issues", () => {
    const byRule = serverRuleErrors(
      [
        {
          path: ['rules', 3, 'rule'],
          code: 'unclosed_phrase',
          message: 'the phrase opened here has no closing quote',
          params: { ruleId: 'x', line: 1, column: 7, offset: 6, length: 1, hint: 'close it with "' },
        },
        { path: ['name', 'fr'], code: 'too_small', message: 'empty' },
      ],
      () => 'agent:"je vous mets',
    );
    expect([...byRule.keys()]).toEqual([3]);
    expect(byRule.get(3)?.[0]).toMatchObject({ ruleId: 'x', offset: 6, length: 1, line: 1, column: 7 });
  });

  it('finds the line and characters to underline', () => {
    expect(errorPlace('agent:"je vous mets', { offset: 6, length: 1 })).toEqual({
      lineText: 'agent:"je vous mets',
      start: 6,
      end: 7,
    });
    expect(errorPlace('"a"\nAND "b', { offset: 8, length: 1 })).toEqual({
      lineText: 'AND "b',
      start: 4,
      end: 5,
    });
    // at the end of the text: nothing to underline but the place
    expect(errorPlace('"a" AND', { offset: 7, length: 1 })).toEqual({
      lineText: '"a" AND',
      start: 7,
      end: 7,
    });
  });
});

describe('error excerpts', () => {
  it('shows a long line around the error only', () => {
    const line = `${'x'.repeat(100)}"abc${'y'.repeat(100)}`;
    const excerpt = errorExcerpt(errorPlace(line, { offset: 100, length: 1 }), 5);
    expect(excerpt).toEqual({ before: '…xxxxx', marked: '"', after: 'abcyy…' });
  });
});

describe('trying one rule', () => {
  it('keeps the rule and the definitions it needs, through others', () => {
    expect(referencedIds('@a AND NOT @b_2')).toEqual(['a', 'b_2']);
    const index = FRENCH_LIBRARY.rules.findIndex((r) => r.id === 'hold_announced');
    const tried = libraryForRule(FRENCH_LIBRARY, index);
    expect(tried?.library.rules.map((r) => r.id).sort()).toEqual(['hold_announce', 'hold_announced']);
    expect(checkLibrary(tried?.library ?? FRENCH_LIBRARY).errors).toEqual([]);
  });

  it('tries a definition as a reaction, so that its hits are reported', () => {
    const index = FRENCH_LIBRARY.rules.findIndex((r) => r.kind === 'definition');
    const tried = libraryForRule(FRENCH_LIBRARY, index);
    expect(tried?.library.rules[0]?.kind).toBe('reaction');
  });
});
