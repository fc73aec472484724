import { describe, expect, it } from 'vitest';
import type { Hit, HitSpan } from '../analysis/call-result.ts';
import type { Transcript } from '../analysis/transcript.ts';
import { type ExampleCall, excerptOf, reportExcerpts } from './report-excerpt.ts';

const TRANSCRIPT: Transcript = {
  callId: 'HE-1',
  language: 'fr',
  links: {},
  turns: [
    { speaker: 'agent', start: 0, end: 4, text: 'Hélios Énergie bonjour.' },
    {
      speaker: 'customer',
      start: 4,
      end: 12,
      text: "Bonjour, c'est un peu juste ce mois-ci, ma chaudière fait du bruit.",
    },
    { speaker: 'agent', start: 12, end: 16, text: 'Je regarde votre dossier.' },
    // 16 → 30: a silence
    { speaker: 'agent', start: 30, end: 38, text: 'Vous vous trompez, je peux vous proposer un échéancier.' },
    { speaker: 'customer', start: 38, end: 42, text: 'Non merci, ça ira.' },
    { speaker: 'agent', start: 42, end: 45, text: 'Au revoir.' },
  ],
};

/** A span of `words` in turn `turn`. */
function span(turn: number, words: string): HitSpan {
  const text = TRANSCRIPT.turns[turn]?.text ?? '';
  const charStart = text.indexOf(words);
  if (charStart < 0) throw new Error(`no "${words}" in turn ${turn}`);
  return { turn, charStart, charEnd: charStart + words.length, text: words };
}

function call(hits: Hit[], transcript: Transcript = TRANSCRIPT, id = 't1'): ExampleCall {
  return { transcriptId: id, transcript, hits };
}

describe('excerptOf a practice', () => {
  it("quotes the agent's turn of the hit and the customer's turn just before", () => {
    const hit: Hit = { ruleId: 'argues', start: 30, end: 32, spans: [span(3, 'Vous vous trompez')] };
    expect(excerptOf(call([hit]), 'argues', 'practice')).toEqual({
      transcriptId: 't1',
      callId: 'HE-1',
      ruleId: 'argues',
      seconds: 30,
      customerSays: "Bonjour, c'est un peu juste ce mois-ci, ma chaudière fait du bruit.",
      agentDoes: 'Vous vous trompez, je peux vous proposer un échéancier.',
    });
  });

  it("takes the earliest hit of the rule, whatever the order of the list, and ignores other rules' hits", () => {
    const late: Hit = { ruleId: 'argues', start: 42, end: 43, spans: [span(5, 'Au revoir')] };
    const early: Hit = { ruleId: 'argues', start: 30, end: 32, spans: [span(3, 'Vous vous trompez')] };
    const other: Hit = { ruleId: 'greets', start: 0, end: 1, spans: [span(0, 'bonjour')] };
    expect(excerptOf(call([other, late, early]), 'argues', 'practice')?.seconds).toBe(30);
    expect(excerptOf(call([other]), 'argues', 'practice')).toBeNull();
  });

  it("quotes the customer's part of the hit rather than the nearest customer turn", () => {
    // the customer's span is in turn 1, the agent's in turn 5; the nearest customer turn before
    // turn 5 is turn 4 ("Non merci"), which is not what the practice answers
    const hit: Hit = {
      ruleId: 'answers_need',
      start: 4,
      end: 45,
      spans: [span(1, 'un peu juste'), span(5, 'Au revoir')],
    };
    const e = excerptOf(call([hit]), 'answers_need', 'practice');
    expect(e?.customerSays).toBe("Bonjour, c'est un peu juste ce mois-ci, ma chaudière fait du bruit.");
    expect(e?.agentDoes).toBe('Au revoir.');
  });

  it('answers a customer-only hit (a missed opportunity) with what the agent said next', () => {
    const hit: Hit = { ruleId: 'missed_opportunity', start: 4, end: 12, spans: [span(1, 'chaudière')] };
    const e = excerptOf(call([hit]), 'missed_opportunity', 'practice');
    expect(e?.customerSays).toContain('chaudière');
    expect(e?.agentDoes).toBe('Je regarde votre dossier.');
  });

  it('anchors a hit without spans (a silence) on the agent turn in progress when it starts', () => {
    const hit: Hit = { ruleId: 'long_search_silence', start: 16, end: 30, spans: [] };
    const e = excerptOf(call([hit]), 'long_search_silence', 'practice');
    expect(e?.agentDoes).toBe('Je regarde votre dossier.');
    expect(e?.customerSays).toContain('chaudière');
    expect(e?.seconds).toBe(16);
  });

  it('gives nothing for a hit over the whole call (an absence has no words to quote)', () => {
    const hit: Hit = { ruleId: 'acts_without_identity_check', start: 0, end: 45, spans: [] };
    expect(excerptOf(call([hit]), 'acts_without_identity_check', 'practice')).toBeNull();
  });
});

describe('excerptOf a reaction', () => {
  it("quotes the customer's reaction and the agent's part of the hit before it", () => {
    const hit: Hit = {
      ruleId: 'refusal',
      start: 30,
      end: 42,
      spans: [span(3, 'échéancier'), span(4, 'Non merci')],
    };
    const e = excerptOf(call([hit]), 'refusal', 'reaction');
    expect(e?.customerSays).toBe('Non merci, ça ira.');
    expect(e?.agentDoes).toBe('Vous vous trompez, je peux vous proposer un échéancier.');
  });

  it('needs an agent turn before the reaction', () => {
    const first: Transcript = {
      ...TRANSCRIPT,
      turns: [
        { speaker: 'customer', start: 0, end: 3, text: 'Allô ? Je suis très déçu.' },
        ...TRANSCRIPT.turns,
      ],
    };
    const hit: Hit = {
      ruleId: 'dissatisfaction',
      start: 0,
      end: 3,
      spans: [{ turn: 0, charStart: 19, charEnd: 24, text: 'déçu' }],
    };
    expect(excerptOf(call([hit], first), 'dissatisfaction', 'reaction')).toBeNull();
  });
});

describe('reportExcerpts', () => {
  it('keeps one excerpt per call, from the first calls that give one, five at most', () => {
    const hit: Hit = { ruleId: 'argues', start: 30, end: 32, spans: [span(3, 'Vous vous trompez')] };
    const whole: Hit = { ruleId: 'argues', start: 0, end: 45, spans: [] };
    const calls = [
      call([whole], TRANSCRIPT, 'none'),
      ...Array.from({ length: 7 }, (_, i) => call([hit, { ...hit, start: 42 }], TRANSCRIPT, `t${i}`)),
    ];
    const out = reportExcerpts('argues', 'practice', calls);
    expect(out.map((e) => e.transcriptId)).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect(reportExcerpts('argues', 'practice', calls, 2)).toHaveLength(2);
    expect(reportExcerpts('argues', 'practice', [])).toEqual([]);
  });
});
