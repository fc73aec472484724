import { describe, expect, it } from 'vitest';
import { Rng } from '../../shared/seeded-rng.ts';
import { callMeasures } from '../call-measures.ts';
import { FRENCH_LIBRARY } from '../library/library-fr.ts';
import { analyzeCall, compileLibrary } from '../rules/index.ts';
import { transcriptSchema } from '../transcript.ts';
import { COMMON_FILLERS } from './bank-filler.ts';
import { generateFrenchCorpus, generateTaggedCorpus } from './generate.ts';
import { callVars } from './people.ts';
import { defaultAgentProfiles } from './profiles.ts';
import { BILL } from './scenario-bill.ts';
import { CANCELLATION } from './scenario-cancellation.ts';
import { MOVING } from './scenario-moving.ts';
import { PAYMENT } from './scenario-payment.ts';
import { UPSELL } from './scenario-upsell.ts';
import { say } from './template.ts';
import type { Line } from './types.ts';

const SAMPLE = [...generateTaggedCorpus({ seed: 42, count: 600 })];
const REPORTED = FRENCH_LIBRARY.rules.filter((r) => r.kind !== 'definition').map((r) => r.id);

describe('the French demo corpus', () => {
  it('is the same for a seed, and differs between seeds', () => {
    const again = [...generateFrenchCorpus({ seed: 42, count: 50 })];
    expect(again).toEqual(SAMPLE.slice(0, 50).map(({ transcript, truth }) => ({ transcript, truth })));
    const other = [...generateFrenchCorpus({ seed: 43, count: 50 })];
    expect(other.map((c) => c.transcript.turns[1]?.text)).not.toEqual(
      again.map((c) => c.transcript.turns[1]?.text),
    );
  });

  it('gives valid transcripts of 3 to 8 minutes, linked to their agent', () => {
    const agents = new Set(defaultAgentProfiles().map((a) => a.id));
    for (const { transcript } of SAMPLE) {
      expect(transcriptSchema.parse(transcript)).toEqual(transcript);
      expect(transcript.durationSeconds).toBeGreaterThanOrEqual(180);
      expect(transcript.durationSeconds).toBeLessThanOrEqual(480);
      expect(agents.has(transcript.links.agent ?? '')).toBe(true);
    }
  });

  it('keeps turns in time order, overlapping only by planned overtalk', () => {
    for (const { transcript, truth } of SAMPLE) {
      const turns = transcript.turns;
      let maxOverlap = 0;
      for (let i = 1; i < turns.length; i++) {
        const [a, b] = [turns[i - 1], turns[i]] as [(typeof turns)[0], (typeof turns)[0]];
        expect(b.start).toBeGreaterThanOrEqual(a.start);
        if (a.end > b.start) {
          // only agent and customer ever talk at once; music and the IVR never overlap speech
          expect([a.speaker, b.speaker].sort()).toEqual(['agent', 'customer']);
          maxOverlap = Math.max(maxOverlap, a.end - b.start);
        }
      }
      // an interruption is 2.6 to 3.6 s of overtalk; ordinary overlaps stay under a second
      if (truth.practices.includes('interrupts')) expect(maxOverlap).toBeGreaterThan(2.5);
      else expect(maxOverlap).toBeLessThan(1);
    }
  });

  it('has every practice and reaction of the library in some calls and not in others', () => {
    for (const id of REPORTED) {
      const count = SAMPLE.filter((c) => [...c.truth.practices, ...c.truth.reactions].includes(id)).length;
      expect([id, count > 0 && count < SAMPLE.length]).toEqual([id, true]);
    }
  });

  it('writes what its truth says: tagged lines, silences and holds match the decisions', () => {
    const TAGGED = [
      'interrupts',
      'identity_check',
      'extra_offer',
      'hold_announced',
      'hold_thanked',
      'hold_unannounced',
      'argues',
      'offers_alternative',
      'cant_without_alternative',
      'summarises',
      'offers_further_help',
      'refusal',
      'acceptance',
      'objection',
      'dissatisfaction',
      'asks_manager',
      'thanks',
    ];
    for (const { transcript, truth, tags } of SAMPLE) {
      const truthIds = new Set([...truth.practices, ...truth.reactions]);
      for (const id of TAGGED)
        expect([transcript.callId, id, tags.includes(id)]).toEqual([transcript.callId, id, truthIds.has(id)]);
      const m = callMeasures(transcript, { silenceMinSeconds: 10.001 });
      const searchSilence = m.silences.some((s) => s.after === 'agent');
      expect([transcript.callId, searchSilence]).toEqual([
        transcript.callId,
        truthIds.has('long_search_silence'),
      ]);
      const held = truthIds.has('hold_announced') || truthIds.has('hold_unannounced');
      expect([transcript.callId, m.holdSeconds > 0]).toEqual([transcript.callId, held]);
      const greeting = transcript.turns.find((t) => t.speaker === 'agent')?.text ?? '';
      expect(greeting.includes('Hélios')).toBe(truthIds.has('greeting_company'));
      expect(truthIds.has('identity_check')).toBe(!truthIds.has('acts_without_identity_check'));
      expect(truthIds.has('summarises')).toBe(!truthIds.has('closes_without_summary'));
    }
  });

  it('fills calls with exchanges that realise no practice or reaction', () => {
    const compiled = compileLibrary(FRENCH_LIBRARY);
    const rng = new Rng(7);
    const pools = [BILL, MOVING, PAYMENT, CANCELLATION, UPSELL]
      .map((s) => s.fillers)
      .concat([COMMON_FILLERS]);
    for (const pool of pools) {
      for (const exchange of pool) {
        const vars = callVars(rng, 'Nadia', true);
        const lines: Line[] = exchange.map((l) => ({ speaker: l.speaker, text: say(rng, [l.text], vars) }));
        const turns = lines.map((l, i) => ({ ...l, start: i * 5, end: i * 5 + 4 }));
        const result = analyzeCall(compiled, { callId: 'filler', language: 'fr', links: {}, turns });
        // "no identity check" is the only rule a call without any practice has
        const hits = result.hits.map((h) => h.ruleId).filter((id) => id !== 'acts_without_identity_check');
        expect([lines.map((l) => l.text).join(' / '), hits]).toEqual([
          lines.map((l) => l.text).join(' / '),
          [],
        ]);
      }
    }
  });
});
