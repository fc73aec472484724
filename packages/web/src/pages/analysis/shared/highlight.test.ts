import { describe, expect, it } from 'vitest';
import { segmentText, spansByTurn, turnOfHit } from './highlight';

describe('segmentText', () => {
  it('leaves a turn without hits as one plain segment', () => {
    expect(segmentText('Bonjour.', [])).toEqual([{ start: 0, text: 'Bonjour.', ruleIds: [] }]);
  });

  it('cuts the text around a hit', () => {
    const text = 'Merci. Je vous mets en attente.';
    expect(segmentText(text, [{ ruleId: 'hold', charStart: 7, charEnd: 30 }])).toEqual([
      { start: 0, text: 'Merci. ', ruleIds: [] },
      { start: 7, text: 'Je vous mets en attente', ruleIds: ['hold'] },
      { start: 30, text: '.', ruleIds: [] },
    ]);
  });

  it('nests overlapping hits of two rules and keeps the text whole', () => {
    const text = 'abcdefghij';
    const segments = segmentText(text, [
      { ruleId: 'a', charStart: 0, charEnd: 6 },
      { ruleId: 'b', charStart: 4, charEnd: 10 },
    ]);
    expect(segments.map((s) => [s.text, s.ruleIds])).toEqual([
      ['abcd', ['a']],
      ['ef', ['a', 'b']],
      ['ghij', ['b']],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('clips spans that run past the text and drops empty ones', () => {
    expect(
      segmentText('abc', [
        { ruleId: 'a', charStart: 2, charEnd: 9 },
        { ruleId: 'b', charStart: 1, charEnd: 1 },
      ]),
    ).toEqual([
      { start: 0, text: 'ab', ruleIds: [] },
      { start: 2, text: 'c', ruleIds: ['a'] },
    ]);
  });
});

describe('hits and turns', () => {
  const hit = (ruleId: string, start: number, turns: number[]) => ({
    ruleId,
    start,
    end: start + 1,
    spans: turns.map((turn) => ({ turn, charStart: 0, charEnd: 2, text: 'ab' })),
  });

  it('groups spans by turn, a sequence in both its turns', () => {
    const byTurn = spansByTurn([hit('a', 0, [1]), hit('b', 3, [1, 4])]);
    expect([...byTurn.keys()]).toEqual([1, 4]);
    expect(byTurn.get(1)?.map((s) => s.ruleId)).toEqual(['a', 'b']);
  });

  it('places a hit without words (a silence) at the turn being spoken', () => {
    expect(turnOfHit(hit('silence', 25, []), [0, 10, 20, 30])).toBe(2);
    expect(turnOfHit(hit('a', 25, [3]), [0, 10, 20, 30])).toBe(3);
  });
});
