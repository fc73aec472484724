import { describe, expect, it } from 'vitest';
import { readAwsTranscribeTranscript } from './read-aws-transcribe.ts';
import { errorOf, fixture } from './test-helpers.ts';

type Options = Parameters<typeof readAwsTranscribeTranscript>[2];
const MAPPED: Options = { language: 'fr', speakers: { spk_0: 'agent', spk_1: 'customer' } };
const readJson = (json: unknown, options: Options = MAPPED) =>
  readAwsTranscribeTranscript(
    'job.json',
    Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
    options,
  );

const word = (content: string, start: string, end: string, extra: object = {}) => ({
  type: 'pronunciation',
  start_time: start,
  end_time: end,
  alternatives: [{ confidence: '0.99', content }],
  ...extra,
});
const punct = (content: string) => ({ type: 'punctuation', alternatives: [{ confidence: '0.0', content }] });
const job = (items: object[], segments: object[] | undefined) => ({
  jobName: 'j1',
  results: {
    transcripts: [{ transcript: '' }],
    ...(segments ? { speaker_labels: { speakers: 2, segments } } : {}),
    items,
  },
});
const segment = (label: string, times: [string, string][]) => ({
  speaker_label: label,
  start_time: times[0]?.[0],
  end_time: times.at(-1)?.[1],
  items: times.map(([start_time, end_time]) => ({ start_time, end_time, speaker_label: label })),
});

describe('readAwsTranscribeTranscript', () => {
  it('reads the sample call: one turn per speaker run, punctuation glued, word timings', () => {
    const { transcript, estimatedTiming } = readAwsTranscribeTranscript(
      'aws-transcribe-fr.json',
      fixture('aws-transcribe-fr.json'),
      MAPPED,
    );
    expect(estimatedTiming).toBe(false);
    expect(transcript.callId).toBe('energie-plus-appel-0412');
    expect(transcript.language).toBe('fr');
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['agent', 0.44, 3.59],
      ['customer', 3.6, 8.72],
      ['agent', 8.9, 13.23],
      ['customer', 13.5, 15.41],
      ['agent', 16.3, 21.81],
    ]);
    expect(transcript.turns[0]?.text).toBe('Énergie Plus, bonjour, Julie à votre écoute.');
    expect(transcript.turns[2]?.text).toBe('Je comprends. Pouvez-vous me donner votre numéro de contrat?');
    const words = transcript.turns[0]?.words ?? [];
    expect(words.map((w) => w.text)).toEqual(['Énergie', 'Plus', 'bonjour', 'Julie', 'à', 'votre', 'écoute']);
    expect(words[0]).toEqual({ text: 'Énergie', start: 0.44, end: 0.95 });
  });

  it('takes the call id from the options, else the job name, else the file name', () => {
    const items = [word('Bonjour', '0.1', '0.5')];
    const segments = [segment('spk_0', [['0.1', '0.5']])];
    expect(readJson(job(items, segments), { ...MAPPED, callId: 'c9' }).transcript.callId).toBe('c9');
    const { jobName: _, ...noName } = job(items, segments);
    expect(
      readAwsTranscribeTranscript('dir/appel 7.json', Buffer.from(JSON.stringify(noName)), MAPPED).transcript
        .callId,
    ).toBe('appel 7');
  });

  it('uses speaker_label on items when present and the segment span as a fallback', () => {
    const items = [
      word('Allô', '0.1', '0.4', { speaker_label: 'spk_1' }),
      punct('?'),
      word('Oui', '1.00', '1.3'), // "1.00" and "1.0" are the same time
      word('bonjour', '1.35', '1.8'), // not in the segment items, inside its span
      punct('.'),
    ];
    const segments = [
      segment('spk_1', [['0.1', '0.4']]),
      {
        speaker_label: 'spk_0',
        start_time: '1.0',
        end_time: '1.8',
        items: [{ start_time: '1.0', end_time: '1.3', speaker_label: 'spk_0' }],
      },
    ];
    const { transcript } = readJson(job(items, segments));
    expect(transcript.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['customer', 'Allô?'],
      ['agent', 'Oui bonjour.'],
    ]);
  });

  it('reads the channel identification variant, channels merged in time order', () => {
    const json = {
      jobName: 'ch',
      results: {
        channel_labels: {
          number_of_channels: 2,
          channels: [
            {
              channel_label: 'ch_0',
              items: [word('Bonjour', '0.2', '0.6'), punct('.'), word('Merci', '3.0', '3.4')],
            },
            { channel_label: 'ch_1', items: [word('Salut', '1.0', '1.4'), punct('!')] },
          ],
        },
      },
    };
    const { transcript } = readJson(json, { language: 'fr', speakers: { ch_0: 'agent', ch_1: 'customer' } });
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.text])).toEqual([
      ['agent', 0.2, 'Bonjour.'],
      ['customer', 1, 'Salut!'],
      ['agent', 3, 'Merci'],
    ]);
  });

  it('without a mapping, lists the AWS labels and suggests one', () => {
    const e = errorOf(() =>
      readAwsTranscribeTranscript('aws-transcribe-fr.json', fixture('aws-transcribe-fr.json'), {
        language: 'fr',
      }),
    );
    expect(e.code).toBe('unknown_speaker');
    expect(e.line).toBeNull();
    expect(e.message).toBe(
      'aws-transcribe-fr.json: unknown speaker "spk_0" at results.items[0] (speakers in this file: spk_0, spk_1); ' +
        'AWS Transcribe labels do not say who is the agent and who the customer: ' +
        'pass a speaker mapping such as { "spk_0": "agent", "spk_1": "customer" }',
    );
  });

  it('refuses bad files with the JSON path, line null', () => {
    const ok = [word('Bonjour', '0.1', '0.5')];
    const seg = [segment('spk_0', [['0.1', '0.5']])];
    const cases: [unknown, string, string | RegExp][] = [
      ['{ "results": ', 'bad_json', /^job\.json: not valid JSON, expected AWS Transcribe output/],
      [
        [],
        'bad_shape',
        'job.json: (top level): expected an object (the AWS Transcribe output has "jobName" and "results")',
      ],
      [
        { jobName: 'x' },
        'bad_shape',
        'job.json: results: expected an object with "items" and "speaker_labels"',
      ],
      [{ results: { items: {} } }, 'bad_shape', /^job\.json: results\.items: /],
      [
        job([{ ...ok[0], type: 'word' }], seg),
        'bad_shape',
        'job.json: results.items[0].type: must be "pronunciation" or "punctuation"',
      ],
      [
        job([word('Bonjour', 'abc', '0.5')], seg),
        'bad_timing',
        'job.json: results.items[0].start_time: must be a time in seconds such as "0.44"',
      ],
      [
        job([{ type: 'pronunciation', alternatives: [{ content: 'x' }] }], seg),
        'bad_timing',
        'job.json: results.items[0]: a pronunciation item needs start_time and end_time',
      ],
      [
        job([word('Bonjour', '0.9', '0.5')], seg),
        'time_backwards',
        /^job\.json: results\.items\[0\]: "Bonjour" ends at 00:00:00\.5/,
      ],
      [
        job([punct('.')], seg),
        'empty_call',
        'job.json: results.items: no pronunciation item, no speech in this call',
      ],
      [job(ok, undefined), 'missing_speaker', /^job\.json: results\.speaker_labels: .*ShowSpeakerLabels/],
      [
        job([...ok, word('là', '5', '5.2')], seg),
        'missing_speaker',
        'job.json: results.items[1]: no speaker for "là" at 00:00:05 in results.speaker_labels.segments',
      ],
      [
        job(ok, [segment('spk_7', [['0.1', '0.5']])]),
        'unknown_speaker',
        /^job\.json: unknown speaker "spk_7" at results\.items\[0\] \(speakers in this file: spk_7\)/,
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

  it('reports times going backwards between words with both paths', () => {
    const items = [word('Oui', '5.0', '5.3'), word('non', '2.0', '2.3')];
    const e = errorOf(() =>
      readJson(
        job(items, [
          segment('spk_0', [
            ['5.0', '5.3'],
            ['2.0', '2.3'],
          ]),
        ]),
      ),
    );
    expect(e.code).toBe('time_backwards');
    expect(e.message).toBe(
      'job.json: results.items[1]: "non" starts at 00:00:02, before the previous word (00:00:05, results.items[0]): times go backwards',
    );
  });
});
