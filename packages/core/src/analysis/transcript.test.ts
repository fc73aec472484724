import { describe, expect, it } from 'vitest';
import example from '../../../../docs/examples/transcript-fr.json';
import { transcriptSchema } from './transcript.ts';

describe('transcriptSchema', () => {
  it('reads the documented French example', () => {
    const call = transcriptSchema.parse(example);
    expect(call.turns.map((t) => t.speaker)).toEqual([
      'agent',
      'customer',
      'agent',
      'customer',
      'agent',
      'system',
      'agent',
      'customer',
      'agent',
    ]);
    expect(call.links.vendor).toBe('Atlas Relation Client');
  });

  it('names what is wrong: an empty call, a turn ending before it starts, an unknown speaker', () => {
    const issues = (input: unknown) =>
      (transcriptSchema.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ ...example, turns: [] })).toEqual(['turns: a call needs at least one turn']);
    expect(issues({ ...example, turns: [{ speaker: 'agent', start: 5, end: 4, text: 'x' }] })).toEqual([
      'turns.0.end: ends before it starts',
    ]);
    expect(issues({ ...example, turns: [{ speaker: 'robot', start: 0, end: 1, text: 'x' }] })).toEqual([
      'turns.0.speaker: must be agent, customer or system',
    ]);
    expect(issues({ ...example, language: 'French' })).toEqual([
      'language: must be a language code such as fr or en-GB',
    ]);
  });
});
