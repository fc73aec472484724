import { describe, expect, it } from 'vitest';
import { assemblyLanguageCode, readAssemblyAiTranscript } from './read-assemblyai.ts';
import { errorOf, fixture } from './test-helpers.ts';

type Options = Parameters<typeof readAssemblyAiTranscript>[2];
// an outbound call: the customer picks up and speaks first, so AssemblyAI's "A" is the customer
const MAPPED: Options = { speakers: { A: 'customer', B: 'agent' } };
const readJson = (json: unknown, options: Options = MAPPED) =>
  readAssemblyAiTranscript(
    'aai.json',
    Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
    options,
  );

const word = (text: string, start: number, end: number, speaker: string | null = 'A') => ({
  text,
  start,
  end,
  confidence: 0.97,
  speaker,
});
const transcript = (extra: object) => ({
  id: 't-1',
  status: 'completed',
  language_code: 'fr',
  audio_duration: 12,
  text: '',
  utterances: null,
  words: [],
  ...extra,
});

describe('readAssemblyAiTranscript', () => {
  it('reads the sample transcript: one turn per utterance, milliseconds to seconds, word timings', () => {
    const { transcript: call, estimatedTiming } = readAssemblyAiTranscript(
      'assemblyai-fr.json',
      fixture('assemblyai-fr.json'),
      MAPPED,
    );
    expect(estimatedTiming).toBe(false);
    expect(call.callId).toBe('assemblyai-fr');
    expect(call.language).toBe('fr');
    expect(call.durationSeconds).toBe(22);
    expect(call.turns.map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['customer', 0.52, 0.82],
      ['agent', 1.7, 7.81],
      ['customer', 8, 10.74],
      ['agent', 11, 16.85],
      ['customer', 17.1, 18.17],
      ['agent', 18.4, 20.46],
      ['customer', 20.7, 21.83],
    ]);
    expect(call.turns[3]?.text).toBe(
      'Exactement. Le rendez-vous est confirmé entre 8 h et 12 h. Est-ce que ça vous convient?',
    );
    const words = call.turns[1]?.words ?? [];
    expect(words.map((w) => w.text).join(' ')).toBe(call.turns[1]?.text);
    expect(words[0]).toEqual({ text: 'Bonjour', start: 1.7, end: 2.15 });
  });

  it('builds the same turns from the top-level words when there are no utterances', () => {
    const json = JSON.parse(fixture('assemblyai-fr.json').toString('utf8'));
    const fromUtterances = readJson(json).transcript;
    json.utterances = null;
    expect(readJson(json).transcript.turns).toEqual(fromUtterances.turns);
  });

  it('prefers the options language and call id, and makes the file language BCP 47', () => {
    const json = transcript({ words: [word('Hello', 0, 400)], language_code: 'en_uk' });
    expect(readJson(json).transcript.language).toBe('en-GB');
    const given = readJson(json, { ...MAPPED, language: 'en', callId: 'out-7' }).transcript;
    expect([given.language, given.callId]).toEqual(['en', 'out-7']);
    expect(['fr', 'en_us', 'en_au', 'en_uk', 'es'].map(assemblyLanguageCode)).toEqual([
      'fr',
      'en-US',
      'en-AU',
      'en-GB',
      'es',
    ]);
  });

  it('without a mapping, lists the speaker labels and suggests one', () => {
    const e = errorOf(() =>
      readAssemblyAiTranscript('assemblyai-fr.json', fixture('assemblyai-fr.json'), {}),
    );
    expect(e.code).toBe('unknown_speaker');
    expect(e.line).toBeNull();
    expect(e.message).toBe(
      'assemblyai-fr.json: unknown speaker "A" at utterances[0].speaker (speakers in this file: A, B); ' +
        'AssemblyAI speaker labels do not say who is the agent and who the customer: ' +
        'pass a speaker mapping such as { "A": "agent", "B": "customer" }',
    );
  });

  it('names the file and the missing lists (sample malformed file)', () => {
    const e = errorOf(() =>
      readAssemblyAiTranscript('assemblyai-malforme.json', fixture('assemblyai-malforme.json'), MAPPED),
    );
    expect(e.code).toBe('bad_shape');
    expect(e.line).toBeNull();
    expect(e.message).toBe(
      'assemblyai-malforme.json: words: expected a list of words (the transcript has neither "utterances" nor "words")',
    );
  });

  it('refuses bad files with the JSON path, line null', () => {
    const utterance = (extra: object = {}) => ({
      speaker: 'A',
      start: 0,
      end: 900,
      text: 'Allô?',
      words: [word('Allô?', 0, 900)],
      ...extra,
    });
    const cases: [unknown, string, string | RegExp][] = [
      ['{ "id": ', 'bad_json', /^aai\.json: not valid JSON, expected AssemblyAI transcript output/],
      [
        [],
        'bad_shape',
        'aai.json: (top level): expected an object (the AssemblyAI transcript has "id", "utterances" and "words")',
      ],
      [
        transcript({ status: 'error', error: 'Download error' }),
        'bad_shape',
        'aai.json: status: the transcript is "error", not completed (Download error)',
      ],
      [transcript({ words: {} }), 'bad_shape', 'aai.json: words: expected a list of words'],
      [
        transcript({ utterances: 'A: Allô' }),
        'bad_shape',
        'aai.json: utterances: expected a list of utterances',
      ],
      [
        transcript({ utterances: [utterance({ words: [{ text: 'Allô?', end: 900, speaker: 'A' }] })] }),
        'bad_timing',
        'aai.json: utterances[0].words[0].start: must be a number of milliseconds',
      ],
      [
        transcript({ utterances: [utterance({ speaker: null })] }),
        'bad_shape',
        'aai.json: utterances[0].speaker: must be a speaker label such as "A"',
      ],
      [
        transcript({ utterances: [utterance({ words: [word('Allô?', 900, 300)] })] }),
        'time_backwards',
        'aai.json: utterances[0].words[0]: "Allô?" ends at 00:00:00.3, before it starts (00:00:00.9)',
      ],
      [
        transcript({ utterances: [utterance({ start: 2000, end: 1000 })] }),
        'time_backwards',
        'aai.json: utterances[0]: turn ends at 00:00:01, before it starts (00:00:02)',
      ],
      [transcript({}), 'empty_call', 'aai.json: words: no word, no speech in this call'],
      [
        transcript({ words: [word('Allô?', 0, 900, null)] }),
        'missing_speaker',
        /^aai\.json: utterances: none, and no "speaker" on any word; .*speaker_labels=true/,
      ],
      [
        transcript({ words: [word('Allô?', 0, 900), word('oui', 1000, 1200, null)] }),
        'missing_speaker',
        'aai.json: words[1]: no "speaker"',
      ],
      [
        transcript({ words: [word('Allô?', 0, 900)], language_code: null }),
        'missing_language',
        'aai.json: language_code: the file does not give its language; pass one with the import (fr, en-GB...)',
      ],
      [
        transcript({ words: [word('Allô?', 0, 900, 'C')] }),
        'unknown_speaker',
        /^aai\.json: unknown speaker "C" at words\[0\]\.speaker \(speakers in this file: C\)/,
      ],
    ];
    for (const [json, code, message] of cases) {
      const e = errorOf(() => readJson(json));
      expect(e.code, String(message)).toBe(code);
      expect(e.line).toBeNull();
      if (typeof message === 'string') expect(e.message).toBe(message);
      else expect(e.message).toMatch(message);
    }
  });
});
