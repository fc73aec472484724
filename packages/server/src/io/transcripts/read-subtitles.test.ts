import { describe, expect, it } from 'vitest';
import { readSubtitleTranscript } from './read-subtitles.ts';
import { errorOf, fixture } from './test-helpers.ts';

type Options = Parameters<typeof readSubtitleTranscript>[2];
const read = (name: string, options: Options = { language: 'fr' }) =>
  readSubtitleTranscript(name, fixture(name), options);
const readText = (text: string, options: Options = { language: 'fr' }) =>
  readSubtitleTranscript('t.vtt', Buffer.from(text), options);

describe('readSubtitleTranscript WebVTT', () => {
  const { transcript, estimatedTiming } = read('appel-facture.vtt');
  const rows = transcript.turns.map((t) => [t.speaker, t.start, t.end]);

  it('reads voice tags, skips header, NOTE and STYLE, ignores cue settings', () => {
    expect(estimatedTiming).toBe(false);
    expect(transcript.callId).toBe('appel-facture');
    expect(rows).toEqual([
      ['system', 0, 5.5],
      ['agent', 6, 10.4],
      ['customer', 11, 18.6], // cues 3 and 4, 0.4 s apart, merged
      ['agent', 19, 22.5],
      ['customer', 23, 27],
      ['agent', 28, 37.2],
      ['customer', 38, 42.5],
      ['agent', 43, 51.5],
      ['customer', 51, 53], // overlaps the agent by 0.5 s: kept
      ['agent', 51, 53], // second voice of the same cue
      ['system', 54, 129],
      ['agent', 130, 140.5],
      ['customer', 141, 143.5],
    ]);
  });

  it('joins cue lines and merged cues, drops markup and decodes entities', () => {
    expect(transcript.turns[1]?.text).toBe(
      'Énergie Plus bonjour, Camille à votre écoute. Que puis-je pour vous ?',
    );
    expect(transcript.turns[2]?.text).toBe(
      "Bonjour. J'ai reçu ma facture de janvier, 412 euros, c'est trois fois plus que d'habitude.",
    );
    expect(transcript.turns[5]?.text).toContain('18 240 kWh & relevé');
  });

  it('reads a Speaker: prefix in a cue and cue identifiers', () => {
    const { transcript: t } = readText(
      'WEBVTT\n\nintro\n00:01.000 --> 00:03.000\nAgent: Bonjour\n\n00:03.500 --> 00:05.000 line:0\nClient: Allô\n',
    );
    expect(t.turns.map((x) => [x.speaker, x.start, x.end, x.text])).toEqual([
      ['agent', 1, 3, 'Bonjour'],
      ['customer', 3.5, 5, 'Allô'],
    ]);
  });

  it('does not merge cues of one speaker 1 s apart or more', () => {
    const { transcript: t } = readText(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>Un\n\n00:00:03.000 --> 00:00:04.000\n<v Agent>Deux\n',
    );
    expect(t.turns.map((x) => x.text)).toEqual(['Un', 'Deux']);
  });
});

describe('readSubtitleTranscript SRT', () => {
  it('reads Conseiller: / Client: and [Speaker] prefixes', () => {
    const { transcript } = read('appel-facture.srt');
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['system', 0, 5.5],
      ['agent', 6, 10.4],
      ['customer', 11, 18.6],
      ['agent', 19, 22.5],
      ['customer', 23, 27],
      ['agent', 28, 37.2],
      ['customer', 38, 42.5],
      ['agent', 43, 51.5],
      ['system', 54, 129],
      ['agent', 130, 140.5],
      ['customer', 141, 143.5],
    ]);
    expect(transcript.turns[1]?.text).toBe(
      'Énergie Plus bonjour, Marc à votre écoute. Que puis-je pour vous ?',
    );
    expect(transcript.turns[2]?.text).toBe(
      "Bonjour. J'ai reçu ma facture de janvier, 412 euros, c'est trois fois plus que d'habitude.",
    );
    expect(transcript.turns[8]?.text).toBe("(musique d'attente)");
  });

  it('needs a speaker mapping for spk_0 / spk_1 labels', () => {
    const e = errorOf(() => read('billing-call-en.srt', { language: 'en' }));
    expect([e.code, e.line]).toEqual(['unknown_speaker', 3]);
    expect(e.message).toBe(
      'billing-call-en.srt, line 3: unknown speaker "spk_0" (speakers in this file: spk_0, spk_1); ' +
        'pass a speaker mapping such as { "spk_0": "agent", "spk_1": "customer" }',
    );

    const { transcript } = read('billing-call-en.srt', {
      language: 'en',
      callId: 'BW-1',
      speakers: { spk_0: 'agent', spk_1: 'customer' },
    });
    expect(transcript.callId).toBe('BW-1');
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['agent', 0.5, 3.2],
      ['customer', 3.9, 8.1],
      ['agent', 8.6, 14], // cues 3 and 4 merged
      ['customer', 14.8, 18.3],
      ['agent', 18.9, 23],
      ['customer', 23.5, 25],
    ]);
    expect(transcript.turns[2]?.text).toBe(
      "I'm sorry to hear that. Let me pull up your account. I can see a meter reading of 18,240 kilowatt hours.",
    );
    expect(transcript.turns[3]?.text).toBe("That can't be right, I read 16,950 last night.");
  });
});

describe('readSubtitleTranscript bad input', () => {
  it('names a malformed timing line', () => {
    const e = errorOf(() => read('timing-malforme.srt'));
    expect([e.code, e.line]).toEqual(['bad_timing', 6]);
    expect(e.message).toBe(
      'timing-malforme.srt, line 6: cannot read the cue timing "00:00:04,000 --> 00:00:7,000" (expected 00:00:01,000 --> 00:00:04,000)',
    );
  });

  it('names a block that is not a cue', () => {
    expect(() => readSubtitleTranscript('x.srt', Buffer.from('1\nBonjour\n'), { language: 'fr' })).toThrow(
      'x.srt, line 1: expected a cue number and timing line such as 00:00:01,000 --> 00:00:04,000',
    );
  });

  it('names a cue without a speaker', () => {
    const e = errorOf(() =>
      readText(
        'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>Bonjour\n\n00:00:03.000 --> 00:00:04.000\nAllô ?\n',
      ),
    );
    expect([e.code, e.message]).toEqual([
      'missing_speaker',
      't.vtt, line 7: cue without a speaker (expected <v Agent>, "Agent: ..." or "[Agent] ...")',
    ]);
  });

  it('refuses a cue that ends before it starts and times going backwards', () => {
    expect(() => readText('WEBVTT\n\n00:00:05.000 --> 00:00:03.000\n<v Agent>Bonjour\n')).toThrow(
      't.vtt, line 4: turn ends at 00:00:03, before it starts (00:00:05)',
    );
    expect(() =>
      readText(
        'WEBVTT\n\n00:00:20.000 --> 00:00:21.000\n<v Agent>Oui\n\n00:00:10.000 --> 00:00:11.000\n<v Client>Non\n',
      ),
    ).toThrow(expect.objectContaining({ code: 'time_backwards', line: 7 }));
  });

  it('refuses an empty call and a non-UTF-8 file', () => {
    expect(() => read('vide.vtt')).toThrow(
      expect.objectContaining({
        code: 'empty_call',
        message: 'vide.vtt: no speech in this call (no turn with text)',
      }),
    );
    expect(() => readSubtitleTranscript('e.srt', Buffer.from(''), { language: 'fr' })).toThrow(
      'e.srt: no speech',
    );
    expect(() => read('windows-1252.txt')).toThrow('windows-1252.txt: not UTF-8 text (save it as UTF-8)');
  });
});
