import { describe, expect, it } from 'vitest';
import type { CallResult } from '../call-result.ts';
import { analyzeCall, type CompiledLibrary, compileLibrary } from '../rules/index.ts';
import { type Transcript, type TranscriptInput, transcriptSchema } from '../transcript.ts';
import { COACHING_THEMES, librarySchema } from './library.ts';
import { ENGLISH_LIBRARY } from './library-en.ts';
import { HARPER_VALLEY_CALLS } from './library-en-fixtures.ts';

/** Ids the French library uses for the same practices and reactions: statistics compare by id. */
const SHARED_PRACTICES = [
  'greeting_company',
  'hold_announced',
  'hold_thanked',
  'hold_unannounced',
  'rephrases_need',
  'identity_check',
  'extra_offer',
  'argues',
  'cant_without_alternative',
  'blames_tool',
  'long_search_silence',
  'closes_without_summary',
  'uses_customer_name',
  'empathy',
  'jargon',
  'interrupts',
  'summarises',
  'proposes_solution',
  'asks_open_question',
  'polite_close',
];
const SHARED_REACTIONS = ['refusal', 'acceptance', 'objection', 'dissatisfaction', 'asks_manager', 'thanks'];

const rules = ENGLISH_LIBRARY.rules;
const byId = new Map(rules.map((r) => [r.id, r]));

function references(rule: string): string[] {
  return [...rule.matchAll(/@([a-z][a-z0-9_]*)/g)].map((m) => m[1] as string);
}

// Compiled once, lazily: a compile error then fails only the tests that need it, with its issues.
let compiled: CompiledLibrary | undefined;
function library(): CompiledLibrary {
  compiled ??= compileLibrary(ENGLISH_LIBRARY);
  return compiled;
}

function fixture(callId: string): Transcript {
  const call = HARPER_VALLEY_CALLS.find((c) => c.callId === callId);
  if (!call) throw new Error(`no fixture call ${callId}`);
  return call;
}

/** The matched texts of one rule in a call's result, in time order. */
function hitTexts(result: CallResult, ruleId: string): string[] {
  return result.hits.filter((h) => h.ruleId === ruleId).map((h) => h.spans.map((s) => s.text).join(' … '));
}

/** A small made-up call: one turn every 4 seconds, each 3 seconds long, unless times are given. */
function madeUpCall(turns: [TranscriptInput['turns'][number]['speaker'], string, number?, number?][]) {
  return transcriptSchema.parse({
    callId: 'made-up',
    language: 'en',
    turns: turns.map(([speaker, text, start, end], k) => ({
      speaker,
      text,
      start: start ?? k * 4,
      end: end ?? (start ?? k * 4) + 3,
    })),
  });
}

function run(transcript: Transcript): CallResult {
  return analyzeCall(library(), transcript);
}

describe('ENGLISH_LIBRARY, its shape', () => {
  it('parses against the library schema, for calls in English', () => {
    const parsed = librarySchema.safeParse(ENGLISH_LIBRARY);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(ENGLISH_LIBRARY.language).toBe('en');
  });

  it('has unique rule ids', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
  });

  it('references only rules that exist, none itself, and every definition is used', () => {
    const missing = rules.flatMap((r) => references(r.rule).filter((id) => !byId.has(id) || id === r.id));
    expect(missing).toEqual([]);
    const used = new Set(rules.flatMap((r) => references(r.rule)));
    expect(rules.filter((r) => r.kind === 'definition' && !used.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('keeps the ids shared with the French library, with the same kind', () => {
    expect(SHARED_PRACTICES.filter((id) => byId.get(id)?.kind !== 'practice')).toEqual([]);
    expect(SHARED_REACTIONS.filter((id) => byId.get(id)?.kind !== 'reaction')).toEqual([]);
  });

  it('gives every practice a theme, a polarity and a cost, and no other rule any', () => {
    for (const r of rules) {
      const practice = r.kind === 'practice';
      expect([r.id, r.theme !== undefined, r.polarity !== undefined, r.cost !== undefined]).toEqual([
        r.id,
        practice,
        practice,
        practice,
      ]);
    }
  });

  it('covers each coaching theme with several practices, good and bad', () => {
    for (const theme of COACHING_THEMES) {
      const practices = rules.filter((r) => r.kind === 'practice' && r.theme === theme);
      expect([theme, practices.length >= 3]).toEqual([theme, true]);
      expect([theme, new Set(practices.map((p) => p.polarity)).size]).toEqual([theme, 2]);
    }
  });

  it('describes every practice in French and English', () => {
    expect(rules.filter((r) => r.kind === 'practice' && !r.description).map((r) => r.id)).toEqual([]);
  });
});

describe('ENGLISH_LIBRARY, compiled', () => {
  it('compiles without issues', () => {
    expect(() => library()).not.toThrow();
    expect(library().reported.length).toBe(rules.filter((r) => r.kind !== 'definition').length);
  });
});

describe('ENGLISH_LIBRARY on Harper Valley calls', () => {
  it('finds the greeting with the company name, even when the greeting spans several turns', () => {
    expect(hitTexts(run(fixture('0002f70f7386445b')), 'greeting_company')).toEqual([
      'harper valley national bank',
    ]);
    expect(hitTexts(run(fixture('08f12faa2b594aa6')), 'greeting_company')).toEqual([
      'harper valley national bank',
    ]);
    expect(hitTexts(run(fixture('0a76782d6ee84f73')), 'greeting_company')).toEqual([
      'harper valley national bank',
    ]);
  });

  it('finds no company greeting when the agent only says hello', () => {
    expect(hitTexts(run(fixture('01f7ec3700424bc0')), 'greeting_company')).toEqual([]);
  });

  it('finds the identity question where the agent asks for the address, and nowhere else', () => {
    const checkbook = run(fixture('08f12faa2b594aa6'));
    expect(hitTexts(checkbook, 'identity_check')).toEqual(['what is your address']);
    expect(checkbook.hits.find((h) => h.ruleId === 'identity_check')?.spans[0]?.turn).toBe(5);
    for (const id of ['0002f70f7386445b', '01f7ec3700424bc0', '0a76782d6ee84f73'])
      expect([id, hitTexts(run(fixture(id)), 'identity_check')]).toEqual([id, []]);
  });

  it('flags the card replaced without an identity question, not the checkbook sent after one', () => {
    expect(hitTexts(run(fixture('0a76782d6ee84f73')), 'acts_without_identity_check')).toEqual([
      'i have now submitted',
    ]);
    expect(hitTexts(run(fixture('08f12faa2b594aa6')), 'acts_without_identity_check')).toEqual([]);
  });

  it('reads the script: hold announced, further help offered, polite close, missing summary', () => {
    expect(hitTexts(run(fixture('01f7ec3700424bc0')), 'hold_announced')).toEqual(['one second']);
    expect(hitTexts(run(fixture('0a76782d6ee84f73')), 'hold_announced')).toEqual(['one moment']);
    for (const call of HARPER_VALLEY_CALLS) {
      const result = run(call);
      expect([call.callId, hitTexts(result, 'offers_further_help')]).toEqual([
        call.callId,
        ['anything else'],
      ]);
      expect([call.callId, hitTexts(result, 'polite_close').length > 0]).toEqual([call.callId, true]);
    }
    expect(hitTexts(run(fixture('0002f70f7386445b')), 'closes_without_summary')).toEqual([
      'have a great day',
    ]);
    expect(hitTexts(run(fixture('0002f70f7386445b')), 'asks_to_repeat')).toEqual(['repeat that']);
    expect(hitTexts(run(fixture('0a76782d6ee84f73')), 'closes_without_summary')).toEqual([]);
  });
});

describe('ENGLISH_LIBRARY on made-up turns (wording the Harper Valley calls lack)', () => {
  it("reads what's as said: what's your date of birth is an identity question", () => {
    const call = madeUpCall([
      ['agent', 'thank you for calling acme telecom my name is sam'],
      ['agent', "what's your date of birth please"],
    ]);
    const result = run(call);
    expect(hitTexts(result, 'greeting_company')).toEqual(['thank you for calling']);
    expect(hitTexts(result, 'identity_check')).toEqual(['date of birth']);
  });

  it('pairs a hold announcement with the thanks after it, and costs the time between', () => {
    const result = run(
      madeUpCall([
        ['agent', "let me put you on hold while i check, it won't be long", 0, 3],
        ['customer', 'okay', 4, 5],
        ['agent', 'thank you for holding, i found it', 40, 43],
      ]),
    );
    expect(hitTexts(result, 'hold_thanked')).toEqual(['put you on hold … thank you for holding']);
    expect(result.costs.hold_thanked).toBeGreaterThan(35);
  });

  it('reports hold music the agent never announced, costing the hold time', () => {
    const result = run(
      madeUpCall([
        ['agent', 'let me check that', 0, 2],
        ['system', 'hold music', 3, 63],
        ['agent', 'okay i found it', 64, 66],
      ]),
    );
    expect(result.hits.filter((h) => h.ruleId === 'hold_unannounced').length).toBeGreaterThan(0);
    expect(result.costs.hold_unannounced).toBeCloseTo(60, 5);
  });

  it('reports a no without an alternative, not one followed by another way', () => {
    const bare = run(madeUpCall([['agent', "i'm afraid we can't waive that fee"]]));
    expect(hitTexts(bare, 'cant_without_alternative')).toEqual(["we can't waive"]);
    const withWay = run(
      madeUpCall([
        ['agent', "i'm afraid we can't waive that fee"],
        ['agent', 'what i can do is set up a payment plan'],
      ]),
    );
    expect(hitTexts(withWay, 'cant_without_alternative')).toEqual([]);
  });

  it('counts a no after a proposal as a refusal, not the no thank you after anything else', () => {
    const offer = run(
      madeUpCall([
        ['agent', 'would you like to open a savings account with us'],
        ['customer', "no thanks i'm good"],
      ]),
    );
    expect(offer.hits.filter((h) => h.ruleId === 'refusal').length).toBe(1);
    const closing = run(
      madeUpCall([
        ['agent', 'is there anything else i can help you with'],
        ['customer', 'no thank you that was all'],
      ]),
    );
    expect(hitTexts(closing, 'refusal')).toEqual([]);
  });

  it('counts warm thanks, not the plain thank you that ends most calls', () => {
    const plain = run(madeUpCall([['customer', 'no thank you that was all']]));
    expect(hitTexts(plain, 'thanks')).toEqual([]);
    const warm = run(madeUpCall([['customer', "thank you so much, you've been very helpful"]]));
    expect(hitTexts(warm, 'thanks')).toEqual(['thank you so much', "you've been very helpful"]);
  });

  it('finds blaming the tools and jargon', () => {
    const result = run(
      madeUpCall([
        ['agent', 'sorry my system is really slow today'],
        ['agent', 'i will send it to the back office as a tier two case'],
      ]),
    );
    expect(hitTexts(result, 'blames_tool')).toEqual(['system is really slow']);
    expect(hitTexts(result, 'jargon')).toEqual(['back office', 'tier two']);
  });
});
