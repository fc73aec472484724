import { describe, expect, it } from 'vitest';
import type { CallResult } from '../call-result.ts';
import type { Library } from '../library/library.ts';
import { analyzeCall } from './analyze-call.ts';
import { compileLibrary } from './compile-library.ts';
import { testCall, testLibrary } from './test-call.ts';

const CALL = testCall(
  [
    ['system', 0, 4, 'Bienvenue chez Hélios Énergie.'],
    ['agent', 5, 10, "Hélios Énergie bonjour, Julie à l'appareil, que puis-je faire pour vous ?"],
    ['customer', 10.5, 20, "Bonjour, j'ai reçu une facture de deux cent trente euros, c'est beaucoup trop."],
    ['agent', 20.5, 26, 'Je comprends. Je vous mets en attente, je vérifie votre relevé.'],
    ['system', 26, 70, '[musique d’attente]'],
    ['agent', 71, 78, 'Merci de votre patience. Le relevé était estimé, je corrige.'],
    ['customer', 77, 80, "D'accord, merci beaucoup."],
    ['agent', 95, 100, "L'outil ne marche pas, désolé. Je ne peux pas faire plus."],
    ['customer', 101, 104, 'Non merci, au revoir.'],
  ],
  110,
);

function run(rules: Record<string, string>, definitions: Record<string, string> = {}): CallResult {
  return analyzeCall(compileLibrary(testLibrary(rules, definitions)), CALL);
}

function texts(result: CallResult, id: string): string[] {
  return result.hits.filter((h) => h.ruleId === id).map((h) => h.spans.map((s) => s.text).join(' … '));
}

describe('analyzeCall: phrases', () => {
  it('matches normalised tokens: case, accents, elisions, spoken numbers', () => {
    const r = run({
      company: '"helios energie"',
      amount: '"230 euros"',
      apostrophe: `"l'appareil"`,
      elided: '"je ai reçu"',
    });
    expect(texts(r, 'company')).toEqual(['Hélios Énergie', 'Hélios Énergie']);
    expect(texts(r, 'amount')).toEqual(['deux cent trente euros']);
    expect(texts(r, 'apostrophe')).toEqual(["l'appareil"]);
    expect(texts(r, 'elided')).toEqual(["j'ai reçu"]);
  });

  it('gives the turn, the characters and the time span of a hit', () => {
    const hit = run({ hold: '"je vous mets en attente"' }).hits[0];
    const turn = CALL.turns[3];
    expect(hit?.spans).toEqual([{ turn: 3, charStart: 14, charEnd: 37, text: 'Je vous mets en attente' }]);
    expect(turn?.text.slice(14, 37)).toBe('Je vous mets en attente');
    expect(hit?.start).toBeCloseTo(20.5 + (5.5 * 14) / (turn?.text.length ?? 1), 6);
  });

  it('handles wildcards, optional words and alternatives', () => {
    const r = run({
      prefix: 'corrig* OR vérifi*',
      any: '"je * votre relevé"',
      optional: '"merci [beaucoup]"',
      alternatives: '"je vous (mets|place) en attente"',
    });
    expect(texts(r, 'prefix')).toEqual(['vérifie', 'corrige']);
    expect(texts(r, 'any')).toEqual(['je vérifie votre relevé']);
    expect(texts(r, 'optional')).toEqual(['Merci', 'merci beaucoup', 'merci']);
    expect(texts(r, 'alternatives')).toEqual(['Je vous mets en attente']);
  });
});

describe('analyzeCall: operators', () => {
  it('speaker constraints keep one side', () => {
    const r = run({ agentHello: 'agent:bonjour', customerHello: 'customer:bonjour', anyHello: 'bonjour' });
    expect(r.hits.filter((h) => h.ruleId === 'agentHello').map((h) => h.spans[0]?.turn)).toEqual([1]);
    expect(r.hits.filter((h) => h.ruleId === 'customerHello').map((h) => h.spans[0]?.turn)).toEqual([2]);
    expect(r.hits.filter((h) => h.ruleId === 'anyHello')).toHaveLength(2);
  });

  it('AND needs both in the call, NOT needs absence, and a pure NOT matches the call', () => {
    const r = run({
      both: '"patience" AND "relevé"',
      missing: '"patience" AND "inexistant"',
      without: '"patience" AND NOT "résiliation"',
      absent: 'NOT "résiliation"',
      present: 'NOT "patience"',
    });
    expect(texts(r, 'both')).toEqual(['relevé', 'patience', 'relevé']);
    expect(texts(r, 'missing')).toEqual([]);
    expect(texts(r, 'without')).toEqual(['patience']);
    expect(r.hits.filter((h) => h.ruleId === 'absent')).toEqual([
      { ruleId: 'absent', start: 0, end: 110, spans: [] },
    ]);
    expect(texts(r, 'present')).toEqual([]);
  });

  it('THEN pairs in order, and THEN/n limits the turns between', () => {
    const r = run({
      thanks: 'agent:"mets en attente" THEN agent:"merci de votre patience"',
      tooFar: 'agent:"mets en attente" THEN/1 agent:"merci de votre patience"',
      nextTurns: 'agent:"mets en attente" THEN/2 agent:"merci de votre patience"',
      reversed: '"merci de votre patience" THEN "mets en attente"',
    });
    expect(texts(r, 'thanks')).toEqual(['mets en attente … Merci de votre patience']);
    expect(texts(r, 'tooFar')).toEqual([]);
    expect(texts(r, 'nextTurns')).toHaveLength(1);
    expect(texts(r, 'reversed')).toEqual([]);
    const hit = r.hits.find((h) => h.ruleId === 'thanks');
    expect(hit && hit.end - hit.start).toBeGreaterThan(50);
  });

  it('THEN follows turn order: an answer starting in overtalk before the question ends comes after it', () => {
    const overtalk = testCall([
      ['agent', 0, 3, 'Je vous propose le contrat d’entretien.'],
      ['customer', 2.8, 4, 'Non merci.'],
    ]);
    const compiled = compileLibrary(
      testLibrary({ refusal: 'agent:"je vous propose" THEN/1 customer:"non merci"' }),
    );
    expect(analyzeCall(compiled, overtalk).hits).toHaveLength(1);
  });

  it('NEAR/n counts the words between, in either order, within one turn', () => {
    const r = run({
      near: '"outil" NEAR/4 "désolé"',
      tooFar: '"outil" NEAR/1 "désolé"',
      otherTurn: '"outil" NEAR/50 "patience"',
    });
    expect(texts(r, 'near')).toEqual(['outil ne marche pas, désolé']);
    expect(texts(r, 'tooFar')).toEqual([]);
    expect(texts(r, 'otherTurn')).toEqual([]);
  });

  it('references evaluate the named rule, with the speaker passed down', () => {
    const r = run({ viaRef: 'agent:@hello', customerRef: 'customer:@hello' }, { hello: 'bonjour' });
    expect(r.hits.filter((h) => h.ruleId === 'viaRef').map((h) => h.spans[0]?.turn)).toEqual([1]);
    expect(r.hits.filter((h) => h.ruleId === 'customerRef').map((h) => h.spans[0]?.turn)).toEqual([2]);
    expect(r.hits.some((h) => h.ruleId === 'hello')).toBe(false);
  });

  it('positions keep matches by time, share of the call or turns', () => {
    const r = run({
      early: 'first(15s, bonjour)',
      late: 'last(20s, "au revoir")',
      lateShare: 'last(10%, merci)',
      firstTurns: 'first(2 turns, bonjour)',
      lastTurn: 'last(1 turns, merci)',
    });
    expect(texts(r, 'early')).toEqual(['bonjour', 'Bonjour']);
    expect(texts(r, 'late')).toEqual(['au revoir']);
    expect(texts(r, 'lateShare')).toEqual(['merci']);
    expect(texts(r, 'firstTurns')).toEqual(['bonjour']);
    expect(texts(r, 'lastTurn')).toEqual(['merci']);
  });
});

describe('analyzeCall: conditions without words', () => {
  it('finds silences with who spoke before, holds, overtalk, monologues, ratio and duration', () => {
    const r = run({
      longSilence: 'silence > 10s',
      agentSilence: 'agent:silence >= 15s',
      customerSilence: 'customer:silence > 10s',
      hold: 'hold',
      longHold: 'hold > 60s',
      overtalk: 'overtalk > 0.5s',
      ratio: 'talk_ratio > 40%',
      short: 'duration < 2min',
      monologue: 'agent:monologue > 6s',
    });
    const spans = (id: string) => r.hits.filter((h) => h.ruleId === id).map((h) => [h.start, h.end]);
    expect(spans('longSilence')).toEqual([[80, 95]]);
    expect(spans('agentSilence')).toEqual([]);
    expect(spans('customerSilence')).toEqual([[80, 95]]);
    expect(spans('hold')).toEqual([[26, 70]]);
    expect(spans('longHold')).toEqual([]);
    expect(spans('overtalk')).toEqual([[77, 78]]);
    expect(spans('ratio')).toEqual([[0, 110]]);
    expect(spans('short')).toEqual([[0, 110]]);
    expect(spans('monologue')).toEqual([[71, 78]]);
  });
});

describe('analyzeCall: costs and measures', () => {
  it('measures each practice by its cost measure', () => {
    const practice = (id: string, rule: string, cost: 'none' | 'span' | 'turns' | 'hold') => ({
      id,
      kind: 'practice' as const,
      theme: 'phone_tool' as const,
      polarity: 'bad' as const,
      label: { fr: id, en: id },
      rule,
      cost,
    });
    const library: Library = {
      id: 'costs',
      language: 'fr',
      name: { fr: 'c', en: 'c' },
      rules: [
        practice('silence', 'silence > 10s', 'span'),
        practice('tool', '"outil"', 'turns'),
        practice('hold', '"attente"', 'hold'),
        practice('greeting', 'bonjour', 'none'),
        practice('absent', '"résiliation"', 'span'),
      ],
    };
    const r = analyzeCall(compileLibrary(library), CALL);
    expect(r.costs).toEqual({ silence: 15, tool: 5, hold: 44, greeting: 0 });
    expect(r.measures).toMatchObject({ durationSeconds: 110, holdSeconds: 44, longestSilenceSeconds: 15 });
    expect(r.hits.map((h) => h.start)).toEqual([...r.hits.map((h) => h.start)].sort((a, b) => a - b));
  });
});
