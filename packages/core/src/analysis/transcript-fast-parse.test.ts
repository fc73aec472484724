import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transcriptSchema } from './transcript.ts';
import { safeParseTranscript } from './transcript-fast-parse.ts';

const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('  '),
  fc.constant('fr'),
  fc.constant('fr-FR'),
  fc.constant('FR'),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(3.5),
  fc.constant(Number.NaN),
  fc.constant('agent'),
  fc.constant('customer'),
  fc.constant('robot'),
  fc.constant([]),
  fc.constant({}),
);
const word = fc.record(
  {
    text: fc.oneof(fc.string(), value),
    start: fc.oneof(fc.nat(100), value),
    end: fc.oneof(fc.nat(100), value),
  },
  { requiredKeys: [] },
);
const turn = fc.record(
  {
    speaker: fc.oneof(fc.constantFrom('agent', 'customer', 'system'), value),
    start: fc.oneof(fc.nat(100), value),
    end: fc.oneof(fc.nat(100), value),
    text: fc.oneof(fc.string(), value),
    words: fc.oneof(fc.array(word, { maxLength: 3 }), value),
    extra: value,
  },
  { requiredKeys: [] },
);
const call = fc.record(
  {
    callId: fc.oneof(fc.constantFrom('c1', ' c2 ', ''), value),
    language: fc.oneof(fc.constantFrom('fr', 'en-GB', 'x'), value),
    durationSeconds: fc.oneof(fc.nat(600), value),
    links: fc.oneof(
      fc.record(
        {
          vendor: fc.oneof(fc.constantFrom('Atlas', ''), value),
          startedAt: fc.oneof(fc.string(), value),
          other: value,
        },
        { requiredKeys: [] },
      ),
      value,
    ),
    turns: fc.oneof(fc.array(turn, { maxLength: 4 }), value),
    unknown: value,
  },
  { requiredKeys: [] },
);

/** Calls that mostly meet the schema, with one field now and then out of place. */
const nearlyValid = fc
  .record({
    starts: fc.array(fc.nat(500), { minLength: 1, maxLength: 5 }),
    speakers: fc.array(fc.constantFrom('agent', 'customer', 'system', 'robot'), {
      minLength: 5,
      maxLength: 5,
    }),
    lengths: fc.array(fc.oneof(fc.nat(20), fc.constant(-1)), { minLength: 5, maxLength: 5 }),
    withWords: fc.boolean(),
    callId: fc.constantFrom('c1', ' c1 ', '', 'c2'),
    vendor: fc.constantFrom(undefined, 'Atlas', ''),
    sorted: fc.boolean(),
  })
  .map(({ starts, speakers, lengths, withWords, callId, vendor, sorted }) => ({
    callId,
    language: 'fr',
    links: vendor === undefined ? undefined : { vendor, extra: 1 },
    turns: (sorted ? [...starts].sort((a, b) => a - b) : starts).map((start, i) => ({
      speaker: speakers[i],
      start,
      end: start + (lengths[i] ?? 1),
      text: 'Bonjour',
      ...(withWords ? { words: [{ text: 'Bonjour', start, end: start + 1 }] } : {}),
    })),
  }));

describe('safeParseTranscript', () => {
  it('gives exactly what zod gives, on valid and invalid calls alike', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(call, nearlyValid), (raw) => {
        const fast = safeParseTranscript(raw);
        const slow = transcriptSchema.safeParse(raw);
        expect(fast.success).toBe(slow.success);
        if (slow.success) {
          valid++;
          expect(fast.data).toEqual(slow.data);
        } else expect(fast.error?.issues).toEqual(slow.error.issues);
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(valid).toBeGreaterThan(30);
  });
});
