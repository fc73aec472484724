import { describe, expect, it } from 'vitest';
import { readWhisperTranscript, whisperLanguageCode } from './read-whisper.ts';
import { errorOf, fixture } from './test-helpers.ts';

type Options = Parameters<typeof readWhisperTranscript>[2];
const MAPPED: Options = { speakers: { SPEAKER_00: 'customer', SPEAKER_01: 'agent' } };
const readJson = (json: unknown, options: Options = MAPPED) =>
  readWhisperTranscript(
    'w.json',
    Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
    options,
  );

const seg = (start: number, end: number, text: string, extra: object = { speaker: 'SPEAKER_00' }) => ({
  id: 0,
  start,
  end,
  text,
  ...extra,
});

describe('readWhisperTranscript', () => {
  it('reads the WhisperX sample: speaker runs, language and duration from the file, word timings', () => {
    const { transcript, estimatedTiming } = readWhisperTranscript(
      'whisperx-fr.json',
      fixture('whisperx-fr.json'),
      MAPPED,
    );
    expect(estimatedTiming).toBe(false);
    expect(transcript.callId).toBe('whisperx-fr');
    expect(transcript.language).toBe('fr');
    expect(transcript.durationSeconds).toBe(21.6);
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['agent', 0.5, 3.96],
      ['customer', 4.2, 10.46],
      ['agent', 10.6, 18.58],
      ['customer', 19.1, 21.12],
    ]);
    expect(transcript.turns[1]?.text).toBe(
      "Bonjour madame, ma facture de mars est de 240 euros. Ce n'est pas normal.",
    );
    // "240" was not aligned by WhisperX: that turn keeps its text but has no word timings
    expect(transcript.turns[1]?.words).toBeUndefined();
    const words = transcript.turns[0]?.words ?? [];
    expect(words.map((w) => w.text).join(' ')).toBe(transcript.turns[0]?.text);
    expect(words[0]).toEqual({ text: 'Énergie', start: 0.5, end: 1.02 });
    expect(transcript.turns[2]?.words?.length).toBe(18);
  });

  it('prefers the options language and call id', () => {
    const { transcript } = readWhisperTranscript('whisperx-fr.json', fixture('whisperx-fr.json'), {
      ...MAPPED,
      language: 'fr-FR',
      callId: 'appel-1',
    });
    expect([transcript.language, transcript.callId]).toEqual(['fr-FR', 'appel-1']);
  });

  it('maps Whisper language names to codes', () => {
    expect(whisperLanguageCode('french')).toBe('fr');
    expect(whisperLanguageCode('English')).toBe('en');
    expect(whisperLanguageCode('fr')).toBe('fr');
    expect(whisperLanguageCode('klingon')).toBeUndefined();
  });

  it('takes a segment speaker from its words when the segment has none', () => {
    const json = {
      language: 'en',
      segments: [
        seg(0, 1, ' Hello.', { speaker: 'SPEAKER_01' }),
        seg(1.2, 2, ' Hi there.', {
          words: [
            { word: ' Hi', start: 1.2, end: 1.5, speaker: 'SPEAKER_00' },
            { word: ' there.', start: 1.6, end: 2, speaker: 'SPEAKER_00' },
          ],
        }),
      ],
    };
    const { transcript } = readJson(json);
    expect(transcript.turns.map((t) => [t.speaker, t.text, t.words?.map((w) => w.text)])).toEqual([
      ['agent', 'Hello.', undefined],
      ['customer', 'Hi there.', ['Hi', 'there.']],
    ]);
  });

  it('asks for a diarized file when no segment says who speaks', () => {
    const e = errorOf(() =>
      readJson({ text: 'x', language: 'french', segments: [seg(0, 1, ' Bonjour', {})] }),
    );
    expect(e.code).toBe('missing_speaker');
    expect(e.message).toBe(
      'w.json: segments: no "speaker" on any segment; Whisper does not say who speaks: ' +
        'give a diarized file (WhisperX with diarization adds a speaker to each segment)',
    );
  });

  it('without a mapping, lists the diarization labels and suggests one', () => {
    const e = errorOf(() => readWhisperTranscript('whisperx-fr.json', fixture('whisperx-fr.json'), {}));
    expect(e.code).toBe('unknown_speaker');
    expect(e.message).toBe(
      'whisperx-fr.json: unknown speaker "SPEAKER_01" at segments[0].speaker (speakers in this file: SPEAKER_01, SPEAKER_00); ' +
        'diarization labels do not say who is the agent and who the customer: ' +
        'pass a speaker mapping such as { "SPEAKER_01": "agent", "SPEAKER_00": "customer" }',
    );
  });

  it('refuses bad files with the JSON path, line null', () => {
    const one = [seg(0, 1, ' Bonjour')];
    const cases: [unknown, string, string | RegExp][] = [
      ['not json', 'bad_json', /^w\.json: not valid JSON, expected Whisper verbose_json output/],
      [
        '"text"',
        'bad_shape',
        'w.json: (top level): expected an object (Whisper verbose_json output, with "segments")',
      ],
      [{ text: 'x' }, 'bad_shape', 'w.json: segments: expected a list of segments'],
      [
        { language: 'fr', segments: [] },
        'empty_call',
        'w.json: segments: no segment with text, no speech in this call',
      ],
      [
        { language: 'fr', segments: [seg(0, 1, '  ')] },
        'empty_call',
        'w.json: segments: no segment with text, no speech in this call',
      ],
      [
        { language: 'fr', segments: [{ ...one[0], start: '0.0' }] },
        'bad_timing',
        'w.json: segments[0].start: must be a number of seconds',
      ],
      [
        { language: 'fr', segments: [{ ...one[0], words: [{ word: 'a', start: 'x', end: 1 }] }] },
        'bad_timing',
        'w.json: segments[0].words[0].start: must be a number of seconds',
      ],
      [
        { language: 'fr', segments: [seg(2, 1, ' Oui')] },
        'time_backwards',
        'w.json: segments[0]: ends at 00:00:01, before it starts (00:00:02)',
      ],
      [
        { language: 'fr', segments: [seg(5, 6, ' Oui'), seg(2, 3, ' Non')] },
        'time_backwards',
        /^w\.json: segments\[1\]: starts at 00:00:02, before the previous segment \(00:00:05, segments\[0\]\)/,
      ],
      [
        { language: 'fr', segments: [...one, seg(1, 2, ' Oui', {})] },
        'missing_speaker',
        'w.json: segments[1]: segment at 00:00:01 without a speaker (diarization left it out)',
      ],
      [
        { language: 'fr', segments: [seg(0, 1, ' Oui', { speaker: 'SPEAKER_07' })] },
        'unknown_speaker',
        /^w\.json: unknown speaker "SPEAKER_07" at segments\[0\]\.speaker/,
      ],
      [{ segments: one }, 'missing_language', /^w\.json: language: the file does not give its language/],
      [
        { language: 'klingon', segments: one },
        'bad_language',
        /^w\.json: language: unknown language "klingon"/,
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
