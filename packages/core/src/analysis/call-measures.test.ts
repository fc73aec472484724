import { describe, expect, it } from 'vitest';
import { callMeasures } from './call-measures.ts';
import { type SpeakerRole, type Transcript, transcriptSchema } from './transcript.ts';

type T = [speaker: SpeakerRole, start: number, end: number, text?: string];

function call(turns: T[], durationSeconds?: number): Transcript {
  return transcriptSchema.parse({
    callId: 'c1',
    language: 'fr',
    durationSeconds,
    turns: turns.map(([speaker, start, end, text = '…']) => ({ speaker, start, end, text })),
  });
}

describe('callMeasures', () => {
  it('measures a simple alternating call', () => {
    const m = callMeasures(
      call([
        ['agent', 0, 5, 'Bonjour, service client.'],
        ['customer', 6, 10, 'Bonjour, ma facture est fausse.'],
        ['agent', 10.5, 15, 'Je regarde.'],
        ['customer', 19, 25, 'Merci.'],
      ]),
    );
    expect(m.durationSeconds).toBeCloseTo(25);
    expect(m.agentTalkSeconds).toBeCloseTo(9.5);
    expect(m.customerTalkSeconds).toBeCloseTo(10);
    expect(m.systemSeconds).toBe(0);
    expect(m.overtalkSeconds).toBe(0);
    // gaps of 1 s and 0.5 s are below the 3 s default
    expect(m.silences).toEqual([{ start: 15, end: 19, seconds: 4, after: 'agent' }]);
    expect(m.silenceSeconds).toBeCloseTo(4);
    expect(m.longestSilenceSeconds).toBeCloseTo(4);
    expect(m.holdSeconds).toBe(0);
    expect(m.longestMonologue).toEqual({ speaker: 'customer', seconds: 6, start: 19, end: 25 });
    expect(m.agentTalkRatio).toBeCloseTo(9.5 / 19.5);
    expect(m.turnCounts).toEqual({ agent: 2, customer: 2, system: 0 });
  });

  it('counts overtalk as the intersection of the agent and customer talk, same-role overlap once', () => {
    const m = callMeasures(
      call([
        ['agent', 0, 10],
        ['customer', 8, 12],
        ['agent', 11, 20],
        ['agent', 15, 18],
      ]),
    );
    expect(m.agentTalkSeconds).toBeCloseTo(19); // [0,10] ∪ [11,20]
    expect(m.customerTalkSeconds).toBeCloseTo(4);
    expect(m.overtalkSeconds).toBeCloseTo(3); // [8,10] + [11,12]
    expect(m.silences).toEqual([]);
    expect(m.agentTalkRatio).toBeCloseTo(19 / 23);
    // the customer's turn breaks the agent's talk: [0,10] then [11,20]
    expect(m.longestMonologue).toEqual({ speaker: 'agent', seconds: 10, start: 0, end: 10 });
  });

  const holdCall: T[] = [
    ['agent', 0, 5, 'Je vous mets en attente, ne quittez pas.'],
    ['customer', 5, 6, "D'accord."],
    // 60 s of nothing: hold
    ['agent', 66, 70, 'Merci de votre patience.'],
    ['customer', 70, 72, 'Alors ?'],
    // 25 s of nothing, but no announcement: plain silence
    ['agent', 97, 100, 'Voilà.'],
    ['agent', 100, 102, 'Un instant.'],
    // 19 s after an announcement: too short for hold
    ['agent', 121, 125, "C'est réglé."],
  ];

  it('counts a long silence after a hold announcement as hold', () => {
    const m = callMeasures(call(holdCall));
    expect(m.holdSeconds).toBeCloseTo(60);
    expect(m.silences).toEqual([
      { start: 6, end: 66, seconds: 60, after: 'customer' },
      { start: 72, end: 97, seconds: 25, after: 'customer' },
      { start: 102, end: 121, seconds: 19, after: 'agent' },
    ]);
    expect(m.silenceSeconds).toBeCloseTo(104);
    expect(m.longestSilenceSeconds).toBeCloseTo(60);
  });

  it('finds hold silences whatever silenceMinSeconds is', () => {
    const m = callMeasures(call(holdCall), { silenceMinSeconds: 100 });
    expect(m.silences).toEqual([]);
    expect(m.silenceSeconds).toBe(0);
    expect(m.longestSilenceSeconds).toBe(0);
    expect(m.holdSeconds).toBeCloseTo(60);
  });

  it('counts a system hold-music turn as hold, other system turns not', () => {
    const m = callMeasures(
      call([
        ['system', 0, 5, 'Cet appel peut être enregistré.'],
        ['agent', 5, 9, 'Je vous mets en attente.'],
        ['system', 9, 69, '[Musique d’attente]'],
        ['agent', 69, 75, 'Me revoilà.'],
      ]),
    );
    expect(m.systemSeconds).toBeCloseTo(65);
    expect(m.holdSeconds).toBeCloseTo(60);
    expect(m.silences).toEqual([]);
    expect(m.agentTalkRatio).toBe(1);
    expect(m.turnCounts).toEqual({ agent: 2, customer: 0, system: 2 });
  });

  it('matches hold phrases in English, ignoring case, on word boundaries', () => {
    const hold = (text: string) =>
      callMeasures(
        call([
          ['system', 0, 10, text],
          ['agent', 10, 12, 'Hello'],
        ]),
      ).holdSeconds;
    expect(hold('Hold Music')).toBeCloseTo(10);
    expect(hold('[hold]')).toBeCloseTo(10);
    expect(hold('You are on hold.')).toBeCloseTo(10);
    expect(hold('Vos attentes comptent pour nous.')).toBe(0);
    expect(hold('Welcome')).toBe(0);

    const held = callMeasures(
      call([
        ['agent', 0, 3, 'One moment, let me check.'],
        ['agent', 33, 35, 'Thanks for waiting.'],
      ]),
    );
    expect(held.holdSeconds).toBeCloseTo(30);
  });

  it('counts a leading gap before the first turn as silence', () => {
    const m = callMeasures(
      call([
        ['customer', 5, 10],
        ['agent', 10, 20],
      ]),
    );
    expect(m.silences).toEqual([{ start: 0, end: 5, seconds: 5, after: null }]);
    expect(m.silenceSeconds).toBeCloseTo(5);
    expect(m.durationSeconds).toBeCloseTo(20);
  });

  it('counts the tail after the last turn only when durationSeconds is given', () => {
    const turns: T[] = [
      ['agent', 0, 10],
      ['customer', 10, 20],
    ];
    const without = callMeasures(call(turns));
    expect(without.durationSeconds).toBeCloseTo(20);
    expect(without.silences).toEqual([]);

    const withTail = callMeasures(call(turns, 30));
    expect(withTail.durationSeconds).toBeCloseTo(30);
    expect(withTail.silences).toEqual([{ start: 20, end: 30, seconds: 10, after: 'customer' }]);
    expect(withTail.silenceSeconds).toBeCloseTo(10);

    expect(callMeasures(call(turns, 22)).silences).toEqual([]); // 2 s tail, below 3 s
  });

  it('merges turns of one speaker across short gaps into the longest monologue', () => {
    const turns: T[] = [
      ['agent', 0, 10],
      ['agent', 11, 20],
      ['customer', 20, 28],
      ['customer', 32, 40], // 4 s pause: a new stretch
      ['agent', 40, 45],
    ];
    expect(callMeasures(call(turns)).longestMonologue).toEqual({
      speaker: 'agent',
      seconds: 20,
      start: 0,
      end: 20,
    });
    // with a 0.5 s threshold the 1 s pause splits the agent's talk
    expect(callMeasures(call(turns), { silenceMinSeconds: 0.5 }).longestMonologue).toEqual({
      speaker: 'agent',
      seconds: 10,
      start: 0,
      end: 10,
    });
  });

  it('gives a null ratio and no monologue when neither side talks', () => {
    const m = callMeasures(call([['system', 0, 30, "Musique d'attente"]]));
    expect(m.agentTalkSeconds).toBe(0);
    expect(m.customerTalkSeconds).toBe(0);
    expect(m.agentTalkRatio).toBeNull();
    expect(m.longestMonologue).toBeNull();
    expect(m.holdSeconds).toBeCloseTo(30);

    const zeroLength = callMeasures(call([['agent', 5, 5, 'Allô ?']]));
    expect(zeroLength.agentTalkRatio).toBeNull();
    expect(zeroLength.silences).toEqual([{ start: 0, end: 5, seconds: 5, after: null }]);
  });

  it('gives the same result for unsorted turns', () => {
    const sorted: T[] = [
      ...holdCall,
      ['customer', 123, 130, 'Parfait.'],
      ['system', 128, 131, 'Fin'],
      ['customer', 129, 140],
    ];
    // The schema refuses unsorted turns; callMeasures must not depend on it all the same.
    const unsorted: Transcript = { ...call(sorted, 150), turns: [...call(sorted, 150).turns].reverse() };
    expect(callMeasures(unsorted)).toEqual(callMeasures(call(sorted, 150)));
    expect(callMeasures(unsorted).overtalkSeconds).toBeCloseTo(2); // [123,125]
    expect(transcriptSchema.safeParse(unsorted).error?.issues[0]).toMatchObject({
      path: ['turns', 1, 'start'],
      message: 'starts before the turn before it',
    });
  });

  it('rejects a negative silence threshold', () => {
    expect(() => callMeasures(call([['agent', 0, 1]]), { silenceMinSeconds: -1 })).toThrow();
  });
});
