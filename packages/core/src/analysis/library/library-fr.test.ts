import { describe, expect, it } from 'vitest';
import { compileLibrary } from '../rules/index.ts';
import { COACHING_THEMES, librarySchema } from './library.ts';
import { FRENCH_LIBRARY } from './library-fr.ts';

describe('FRENCH_LIBRARY', () => {
  it('parses against the library schema', () => {
    expect(librarySchema.safeParse(FRENCH_LIBRARY).error?.issues ?? []).toEqual([]);
    expect(FRENCH_LIBRARY.language).toBe('fr');
  });

  it('compiles with the rule language', () => {
    expect(() => compileLibrary(FRENCH_LIBRARY)).not.toThrow();
  });

  it('has unique rule ids', () => {
    const ids = FRENCH_LIBRARY.rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every practice a theme, a polarity and a cost, and nothing else one', () => {
    for (const r of FRENCH_LIBRARY.rules) {
      const isPractice = r.kind === 'practice';
      expect([r.id, r.theme !== undefined, r.polarity !== undefined, r.cost !== undefined]).toEqual([
        r.id,
        isPractice,
        isPractice,
        isPractice,
      ]);
    }
  });

  it('has at least three practices per coaching theme, good and bad ones, and the six reactions', () => {
    const practices = FRENCH_LIBRARY.rules.filter((r) => r.kind === 'practice');
    for (const theme of COACHING_THEMES) {
      const ofTheme = practices.filter((p) => p.theme === theme);
      expect(ofTheme.length, theme).toBeGreaterThanOrEqual(3);
      expect(new Set(ofTheme.map((p) => p.polarity)), theme).toEqual(new Set(['good', 'bad']));
    }
    const reactions = FRENCH_LIBRARY.rules.filter((r) => r.kind === 'reaction').map((r) => r.id);
    expect(reactions).toEqual(
      expect.arrayContaining([
        'refusal',
        'acceptance',
        'objection',
        'dissatisfaction',
        'asks_manager',
        'thanks',
      ]),
    );
  });

  it('references only rules it defines', () => {
    const ids = new Set(FRENCH_LIBRARY.rules.map((r) => r.id));
    for (const r of FRENCH_LIBRARY.rules) {
      for (const [, ref] of r.rule.matchAll(/@([a-z][a-z0-9_]*)/g))
        expect(ids.has(ref ?? ''), `${r.id} → @${ref}`).toBe(true);
    }
  });
});
