import { describe, expect, it } from 'vitest';
import { checkTranscript, type DraftTurn, defaultCallId, formatTime } from './check-transcript.ts';

const turn = (
  line: number,
  start: number,
  end: number,
  text = 'Bonjour',
  speaker: DraftTurn['speaker'] = 'agent',
) => ({
  speaker,
  start,
  end,
  text,
  line,
});
const check = (turns: DraftTurn[], language = 'fr') =>
  checkTranscript('c.txt', { callId: 'c', language, turns });

describe('checkTranscript', () => {
  it('keeps overlapping turns and puts slightly early ones in order', () => {
    const t = check([turn(1, 0, 5), turn(2, 4, 8, 'Oui', 'customer'), turn(3, 7.5, 9, 'Non', 'agent')]);
    expect(t.turns.map((x) => [x.speaker, x.start, x.end])).toEqual([
      ['agent', 0, 5],
      ['customer', 4, 8],
      ['agent', 7.5, 9],
    ]);
    const jitter = check([turn(1, 10, 12), turn(2, 9.5, 11, 'Oui', 'customer')]);
    expect(jitter.turns.map((x) => x.start)).toEqual([9.5, 10]);
    expect(t.links).toEqual({});
  });

  it('drops empty turns and refuses a call with no speech', () => {
    expect(check([turn(1, 0, 1, '  '), turn(2, 1, 2)]).turns).toHaveLength(1);
    expect(() => check([])).toThrow('c.txt: no speech in this call (no turn with text)');
    expect(() => check([turn(1, 0, 1, ' ')])).toThrow(
      expect.objectContaining({ code: 'empty_call', line: null }),
    );
  });

  it('refuses a turn that ends before it starts', () => {
    expect(() => check([turn(1, 0, 2), turn(4, 5, 3)])).toThrow(
      'c.txt, line 4: turn ends at 00:00:03, before it starts (00:00:05)',
    );
  });

  it('refuses times going back more than 1 s', () => {
    expect(() => check([turn(1, 20, 22), turn(2, 18.5, 19)])).toThrow(
      expect.objectContaining({
        code: 'time_backwards',
        line: 2,
        message:
          'c.txt, line 2: turn starts at 00:00:18.5, before the previous turn (00:00:20, line 1): times go backwards',
      }),
    );
  });

  it('turns a schema issue into an error naming the file', () => {
    expect(() => check([turn(1, 0, 1)], 'French')).toThrow(
      expect.objectContaining({
        code: 'invalid_transcript',
        message: 'c.txt: language: must be a language code such as fr or en-GB',
      }),
    );
    expect(() => checkTranscript('c.txt', { callId: ' ', language: 'fr', turns: [turn(1, 0, 1)] })).toThrow(
      'c.txt: callId: cannot be empty',
    );
  });
});

describe('helpers', () => {
  it('formats times and derives call ids', () => {
    expect(formatTime(0)).toBe('00:00:00');
    expect(formatTime(3725.25)).toBe('01:02:05.25');
    expect(defaultCallId('/data/appels/2025-03-04 appel.vtt')).toBe('2025-03-04 appel');
  });
});
