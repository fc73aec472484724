import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../shared/fold-accents.ts';
import type { Transcript } from '../transcript.ts';
import { analyzeCall } from './analyze-call.ts';
import { compileLibrary } from './compile-library.ts';
import { tokenizeText } from './normalize-text.ts';
import { testLibrary } from './test-call.ts';

/** Words of French customer-service calls, accented ones included. */
const VOCABULARY = [
  'bonjour',
  'madame',
  'facture',
  'élevée',
  'relevé',
  'compteur',
  'échéancier',
  'déménagement',
  'résiliation',
  'contrat',
  'entretien',
  'chaudière',
  'prélèvement',
  'vérifier',
  'régularisation',
  'électricité',
  'gaz',
  'été',
  'très',
  'où',
  'ça',
  'problème',
  'remboursement',
  'attente',
  'merci',
  'désolé',
  'je',
  'vous',
  'mets',
  'en',
  'outil',
  'système',
  'client',
  'conseillère',
  'numéro',
  'adresse',
  'mois',
  'dernier',
  'prochain',
  'payer',
];

const word = fc.constantFrom(...VOCABULARY);
const turnText = fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));
const callTexts = fc.array(turnText, { minLength: 1, maxLength: 12 });

function callOf(texts: string[]): Transcript {
  return {
    callId: 'p',
    language: 'fr',
    links: {},
    turns: texts.map((text, i) => ({
      speaker: i % 2 === 0 ? 'agent' : 'customer',
      start: i * 10,
      end: i * 10 + 9,
      text,
    })),
  };
}

/** Case and accent variants of a text: each letter upper-cased or stripped of its accent at random. */
function variant(text: string, seed: number): string {
  let s = seed;
  return [...text]
    .map((c) => {
      s = (s * 1103515245 + 12345) >>> 0;
      const r = s % 4;
      return r === 0
        ? c.toUpperCase()
        : r === 1
          ? foldAccents(c)
          : r === 2
            ? foldAccents(c).toUpperCase()
            : c;
    })
    .join('');
}

describe('matcher properties', () => {
  it('finds a phrase inserted anywhere in a random call', () => {
    fc.assert(
      fc.property(
        callTexts,
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        (texts, phraseWords, turnPick, wordPick) => {
          const turn = turnPick % texts.length;
          const words = (texts[turn] as string).split(' ');
          const at = wordPick % (words.length + 1);
          const phrase = phraseWords.join(' ');
          words.splice(at, 0, phrase);
          const changed = texts.map((t, i) => (i === turn ? words.join(' ') : t));
          const compiled = compileLibrary(testLibrary({ inserted: `"${phrase}"` }));
          const hits = analyzeCall(compiled, callOf(changed)).hits;
          const want = tokenizeText(phrase).map((t) => t.value);
          expect(hits.some((h) => h.spans[0]?.turn === turn)).toBe(true);
          for (const h of hits) {
            expect(tokenizeText(h.spans.map((s) => s.text).join(' ')).map((t) => t.value)).toEqual(want);
          }
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it('never changes a match for case or accent variants of the call or of the rule', () => {
    fc.assert(
      fc.property(
        callTexts,
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        (texts, phraseWords, seed) => {
          const phrase = phraseWords.join(' ');
          const rule = `"${phrase}" OR agent:"${phraseWords[0]}" NEAR/3 "${phraseWords.at(-1)}"`;
          const where = (library: string, call: string[]) =>
            analyzeCall(compileLibrary(testLibrary({ r: library })), callOf(call)).hits.map((h) => [
              h.start,
              h.end,
              h.spans.map((s) => [s.turn, s.charStart, s.charEnd]),
            ]);
          const base = where(rule, texts);
          expect(
            where(
              rule,
              texts.map((t, i) => variant(t, seed + i)),
            ),
          ).toEqual(base);
          expect(where(variant(rule, seed), texts)).toEqual(base);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
