import { describe, expect, it } from 'vitest';
import { readDeepgramTranscript } from './read-deepgram.ts';
import { errorOf, fixture } from './test-helpers.ts';

type Options = Parameters<typeof readDeepgramTranscript>[2];
const MAPPED: Options = { speakers: { '0': 'agent', '1': 'customer' } };
const readJson = (json: unknown, options: Options = { ...MAPPED, language: 'fr' }) =>
  readDeepgramTranscript(
    'dg.json',
    Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
    options,
  );

const word = (w: string, start: number, end: number, extra: object = {}) => ({
  word: w.toLowerCase().replace(/[.,?!]$/, ''),
  start,
  end,
  confidence: 0.98,
  punctuated_word: w,
  ...extra,
});
const response = (words: object[], extra: object = {}) => ({
  metadata: { request_id: 'r-1', duration: 30, channels: 1 },
  results: { channels: [{ alternatives: [{ transcript: '', confidence: 0.9, words }] }], ...extra },
});
const turnsOf = (json: unknown, options?: Options) =>
  readJson(json, options).transcript.turns.map((t) => [t.speaker, t.start, t.end, t.text]);

describe('readDeepgramTranscript', () => {
  it('reads the sample response: one turn per utterance, language and duration from the file', () => {
    const { transcript, estimatedTiming } = readDeepgramTranscript(
      'deepgram-fr.json',
      fixture('deepgram-fr.json'),
      MAPPED,
    );
    expect(estimatedTiming).toBe(false);
    expect(transcript.callId).toBe('deepgram-fr');
    expect(transcript.language).toBe('fr');
    expect(transcript.durationSeconds).toBe(23.1);
    // the two agent utterances at 14.4 and 16.4 stay two turns: the pause between them is kept
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['agent', 0.32, 3.16],
      ['customer', 3.3, 8.73],
      ['agent', 9, 11.89],
      ['customer', 12.2, 14.1],
      ['agent', 14.4, 15.09],
      ['agent', 16.4, 20.44],
      ['customer', 20.7, 22.47],
    ]);
    expect(transcript.turns[3]?.text).toBe('12 rue des Lilas, à Nantes.');
    const words = transcript.turns[0]?.words ?? [];
    expect(words.map((w) => w.text).join(' ')).toBe(transcript.turns[0]?.text);
    expect(words[0]).toEqual({ text: 'Énergie', start: 0.32, end: 0.77 });
  });

  it('builds the same turns from the words when the response has no utterances', () => {
    const json = JSON.parse(fixture('deepgram-fr.json').toString('utf8'));
    const { transcript: fromUtterances } = readJson(json, MAPPED);
    delete json.results.utterances;
    const { transcript: fromWords } = readJson(json, MAPPED);
    expect(fromWords.turns).toEqual(fromUtterances.turns);
  });

  it('reads a multichannel response: one side per channel, overtalk kept, language from the import', () => {
    const e = errorOf(() =>
      readDeepgramTranscript('deepgram-multicanal-fr.json', fixture('deepgram-multicanal-fr.json'), MAPPED),
    );
    expect(e.code).toBe('missing_language');
    expect(e.message).toBe(
      'deepgram-multicanal-fr.json: results.channels[0].detected_language: the file does not give its language; ' +
        'pass one with the import (fr, en-GB...)',
    );
    const { transcript } = readDeepgramTranscript(
      'deepgram-multicanal-fr.json',
      fixture('deepgram-multicanal-fr.json'),
      { ...MAPPED, language: 'fr' },
    );
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.end, t.text])).toEqual([
      ['agent', 0.4, 1.78, 'Énergie Plus, bonjour.'],
      ['customer', 2.2, 5.82, 'Bonjour, je voudrais changer la date de mon prélèvement.'],
      ['agent', 5.6, 9.89, 'Je peux décaler votre prélèvement au 10 du mois, si vous voulez.'],
      ['customer', 9.4, 11.21, "Oui, le 10, c'est parfait."],
      ['agent', 11.3, 12.48, "Voilà, c'est fait."],
      ['customer', 12.3, 13.19, 'Merci beaucoup.'],
    ]);
  });

  it('groups words by speaker until a pause of a second, punctuated when the response is', () => {
    const words = [
      word('Bonjour.', 0, 0.5, { speaker: 0 }),
      word('Oui', 0.7, 1, { speaker: 1, punctuated_word: undefined }),
      word('bonjour.', 1.1, 1.5, { speaker: 1 }),
      word('Un', 2.5, 2.7, { speaker: 1 }), // 1 s after "bonjour.": a new turn
      word('instant.', 2.8, 3.2, { speaker: 1 }),
    ];
    expect(turnsOf(response(words))).toEqual([
      ['agent', 0, 0.5, 'Bonjour.'],
      ['customer', 0.7, 1.5, 'oui bonjour.'],
      ['customer', 2.5, 3.2, 'Un instant.'],
    ]);
  });

  it('labels multichannel utterances by channel', () => {
    const json = {
      results: {
        channels: [{ alternatives: [{ words: [] }] }, { alternatives: [{ words: [] }] }],
        utterances: [
          { start: 1.2, end: 2, transcript: 'Bonjour.', channel: 1, speaker: 0 },
          { start: 0.1, end: 1, transcript: 'Énergie Plus.', channel: 0, speaker: 0 },
        ],
      },
    };
    expect(turnsOf(json)).toEqual([
      ['agent', 0.1, 1, 'Énergie Plus.'],
      ['customer', 1.2, 2, 'Bonjour.'],
    ]);
    // in time order: the first to speak is suggested as the agent
    const e = errorOf(() => readJson(json, { language: 'fr' }));
    expect(e.message).toBe(
      'dg.json: unknown speaker "0" at results.utterances[1].channel (speakers in this file: 0, 1); ' +
        'Deepgram channels do not say who is the agent and who the customer: ' +
        'pass a speaker mapping such as { "0": "agent", "1": "customer" }',
    );
  });

  it('without a mapping, lists the speaker numbers and suggests one', () => {
    const e = errorOf(() => readDeepgramTranscript('deepgram-fr.json', fixture('deepgram-fr.json'), {}));
    expect(e.code).toBe('unknown_speaker');
    expect(e.line).toBeNull();
    expect(e.message).toBe(
      'deepgram-fr.json: unknown speaker "0" at results.utterances[0].speaker (speakers in this file: 0, 1); ' +
        'Deepgram speaker numbers do not say who is the agent and who the customer: ' +
        'pass a speaker mapping such as { "0": "agent", "1": "customer" }',
    );
  });

  it('names the file and the JSON path of a word that ends before it starts (sample malformed file)', () => {
    const e = errorOf(() =>
      readDeepgramTranscript('deepgram-malforme.json', fixture('deepgram-malforme.json'), MAPPED),
    );
    expect(e.code).toBe('time_backwards');
    expect(e.line).toBeNull();
    expect(e.message).toBe(
      'deepgram-malforme.json: results.channels[0].alternatives[0].words[11]: "15" ends at 00:00:04.91, ' +
        'before it starts (00:00:05.11)',
    );
  });

  it('refuses bad files with the JSON path, line null', () => {
    const ok = [word('Bonjour', 0.1, 0.5, { speaker: 0 })];
    const cases: [unknown, string, string | RegExp][] = [
      ['{ "results": ', 'bad_json', /^dg\.json: not valid JSON, expected Deepgram output/],
      [
        'null',
        'bad_shape',
        'dg.json: (top level): expected an object (the Deepgram response has "metadata" and "results")',
      ],
      [{ metadata: {} }, 'bad_shape', 'dg.json: results: expected an object with "channels"'],
      [{ results: { channels: {} } }, 'bad_shape', 'dg.json: results.channels: expected a list of channels'],
      [{ results: { channels: [] } }, 'bad_shape', 'dg.json: results.channels: needs at least one channel'],
      [
        { results: { channels: [{ alternatives: [{}] }] } },
        'bad_shape',
        'dg.json: results.channels[0].alternatives[0].words: expected a list of words',
      ],
      [
        response([{ word: 'bonjour', end: 0.5, speaker: 0 }]),
        'bad_timing',
        'dg.json: results.channels[0].alternatives[0].words[0].start: must be a number of seconds',
      ],
      [
        response([word('Bonjour', 0.1, 0.5, { speaker: 'A' })]),
        'bad_shape',
        'dg.json: results.channels[0].alternatives[0].words[0].speaker: must be a number such as 0',
      ],
      [response([]), 'empty_call', 'dg.json: results.channels: no word, no speech in this call'],
      [
        response([word('Bonjour', 0.1, 0.5)]),
        'missing_speaker',
        /^dg\.json: results\.channels\[0\]\.alternatives\[0\]\.words: no "speaker" on any word; .*diarize=true/,
      ],
      [
        response([...ok, word('madame', 0.6, 0.9)]),
        'missing_speaker',
        'dg.json: results.channels[0].alternatives[0].words[1]: no "speaker"',
      ],
      [
        response([word('Oui', 5, 5.3, { speaker: 0 }), word('non', 2, 2.3, { speaker: 0 })]),
        'time_backwards',
        'dg.json: results.channels[0].alternatives[0].words[1]: "non" starts at 00:00:02, before the previous word ' +
          '(00:00:05, results.channels[0].alternatives[0].words[0]): times go backwards',
      ],
      [
        response(ok, { utterances: [{ start: 3, end: 2, transcript: 'Bonjour', speaker: 0 }] }),
        'time_backwards',
        'dg.json: results.utterances[0]: turn ends at 00:00:02, before it starts (00:00:03)',
      ],
      [
        response(ok, { utterances: [{ start: 0, end: 2, transcript: 'Bonjour' }] }),
        'missing_speaker',
        /^dg\.json: results\.utterances: no "speaker" on any utterance; /,
      ],
      [
        response([word('Bonjour', 0.1, 0.5, { speaker: 7 })]),
        'unknown_speaker',
        /^dg\.json: unknown speaker "7" at results\.channels\[0\]\.alternatives\[0\]\.words\[0\]\.speaker/,
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
