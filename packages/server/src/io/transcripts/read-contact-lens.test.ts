import { describe, expect, it } from 'vitest';
import { readContactLensTranscript } from './read-contact-lens.ts';
import { errorOf, fixture } from './test-helpers.ts';

type Options = Parameters<typeof readContactLensTranscript>[2];
const readJson = (json: unknown, options: Options = {}) =>
  readContactLensTranscript(
    'cl.json',
    Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
    options,
  );

const item = (ParticipantId: string, begin: number, end: number, Content: string, extra: object = {}) => ({
  BeginOffsetMillis: begin,
  Content,
  EndOffsetMillis: end,
  Id: `t-${begin}`,
  ParticipantId,
  Sentiment: 'NEUTRAL',
  ...extra,
});
const call = (Transcript: object[], extra: object = {}) => ({
  Version: '1.1.0',
  Channel: 'VOICE',
  LanguageCode: 'fr-FR',
  Participants: [
    { ParticipantId: 'AGENT', ParticipantRole: 'AGENT' },
    { ParticipantId: 'CUSTOMER', ParticipantRole: 'CUSTOMER' },
  ],
  Transcript,
  ...extra,
});

describe('readContactLensTranscript', () => {
  it('reads the sample call: one turn per item, roles from Participants, call id and duration', () => {
    const { transcript, estimatedTiming } = readContactLensTranscript(
      'contact-lens-fr.json',
      fixture('contact-lens-fr.json'),
      {},
    );
    expect(estimatedTiming).toBe(false);
    expect(transcript.callId).toBe('7f3c2a10-4b8e-4d21-9c55-2e1f0a9b6d43');
    expect(transcript.language).toBe('fr-FR');
    expect(transcript.durationSeconds).toBe(73.4);
    // the two customer items and the agent's items around the hold stay apart: the gaps are the call's
    expect(transcript.turns.map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['agent', 0, 3.9],
      ['customer', 4.2, 9.8],
      ['customer', 10.1, 12.6],
      ['agent', 12.9, 17.4],
      ['customer', 17.8, 21.3],
      ['agent', 21.6, 25.2],
      ['agent', 58.4, 66.9],
      ['customer', 67.3, 69.8],
      ['agent', 69.5, 72.9],
    ]);
    expect(transcript.turns[4]?.text).toBe("Oui, c'est le [PII].");
    expect(transcript.turns[0]?.words).toBeUndefined();
  });

  it('prefers the options language and call id; else the file name when there is no ContactId', () => {
    const one = [item('AGENT', 0, 900, 'Bonjour')];
    const given = readJson(call(one, { CustomerMetadata: { ContactId: 'c-1' } }), {
      language: 'fr',
      callId: 'appel-9',
    }).transcript;
    expect([given.language, given.callId]).toEqual(['fr', 'appel-9']);
    const named = readContactLensTranscript('dir/appel 3.json', Buffer.from(JSON.stringify(call(one))), {});
    expect(named.transcript.callId).toBe('appel 3');
  });

  it('takes the role from the participant id when Participants does not list it, SYSTEM as system', () => {
    const json = {
      LanguageCode: 'fr-FR',
      Participants: [{ ParticipantId: 'p-9', ParticipantRole: 'SYSTEM' }],
      Transcript: [
        item('p-9', 0, 2000, 'Votre appel peut être enregistré.'),
        item('AGENT', 2500, 3500, 'Bonjour.'),
        item('CUSTOMER', 3800, 4700, 'Bonjour.'),
      ],
    };
    expect(readJson(json).transcript.turns.map((t) => t.speaker)).toEqual(['system', 'agent', 'customer']);
  });

  it('lets a speaker mapping override a role, given for the participant id or for the role', () => {
    const json = call([item('a-1', 0, 1000, 'Allô?'), item('CUSTOMER', 1200, 2000, 'Bonjour.')], {
      Participants: [
        { ParticipantId: 'a-1', ParticipantRole: 'AGENT' },
        { ParticipantId: 'CUSTOMER', ParticipantRole: 'CUSTOMER' },
      ],
    });
    const speakers = (mapping: Options['speakers']) =>
      readJson(json, { speakers: mapping }).transcript.turns.map((t) => t.speaker);
    expect(speakers(undefined)).toEqual(['agent', 'customer']);
    expect(speakers({ 'a-1': 'customer', CUSTOMER: 'agent' })).toEqual(['customer', 'agent']);
    expect(speakers({ agent: 'system' })).toEqual(['system', 'customer']);
  });

  it('refuses a role it does not know, listing the labels and suggesting a mapping', () => {
    const json = call([item('AGENT', 0, 900, 'Bonjour'), item('s-1', 1000, 2000, 'Je reprends')], {
      Participants: [
        { ParticipantId: 'AGENT', ParticipantRole: 'AGENT' },
        { ParticipantId: 's-1', ParticipantRole: 'SUPERVISOR' },
      ],
    });
    const e = errorOf(() => readJson(json));
    expect(e.code).toBe('unknown_speaker');
    expect(e.message).toBe(
      'cl.json: unknown speaker "SUPERVISOR" at Transcript[1].ParticipantId (speakers in this file: AGENT, SUPERVISOR); ' +
        'Contact Lens gives this participant no agent, customer or system role: ' +
        'pass a speaker mapping such as { "SUPERVISOR": "agent" }',
    );
  });

  it('names the file and the JSON path of a turn without times (sample malformed file)', () => {
    const e = errorOf(() =>
      readContactLensTranscript('contact-lens-malforme.json', fixture('contact-lens-malforme.json'), {}),
    );
    expect(e.code).toBe('bad_timing');
    expect(e.line).toBeNull();
    expect(e.message).toBe(
      'contact-lens-malforme.json: Transcript[2].EndOffsetMillis: must be a number of milliseconds',
    );
  });

  it('refuses bad files with the JSON path, line null', () => {
    const ok = [item('AGENT', 0, 900, 'Bonjour')];
    const cases: [unknown, string, string | RegExp][] = [
      ['{ "Transcript": ', 'bad_json', /^cl\.json: not valid JSON, expected Contact Lens output/],
      [
        [],
        'bad_shape',
        'cl.json: (top level): expected an object (the Contact Lens output has "Participants" and "Transcript")',
      ],
      [{ Participants: [] }, 'bad_shape', 'cl.json: Transcript: expected the list of turns of the call'],
      [
        call(ok, { Channel: 'CHAT' }),
        'bad_shape',
        'cl.json: Channel: "CHAT": Vigie reads the Contact Lens analysis of calls (VOICE) only',
      ],
      [
        call([{ ...ok[0], BeginOffsetMillis: '0' }]),
        'bad_timing',
        'cl.json: Transcript[0].BeginOffsetMillis: must be a number of milliseconds',
      ],
      [
        call([item('AGENT', -5, 900, 'Bonjour')]),
        'bad_timing',
        'cl.json: Transcript[0].BeginOffsetMillis: cannot be negative',
      ],
      [
        call([{ ...ok[0], ParticipantId: undefined }]),
        'bad_shape',
        'cl.json: Transcript[0].ParticipantId: must be the id of a participant',
      ],
      [call([]), 'empty_call', 'cl.json: Transcript: no turn, no speech in this call'],
      [
        call([item('AGENT', 7000, 6500, 'Bonjour')]),
        'time_backwards',
        'cl.json: Transcript[0]: turn ends at 00:00:06.5, before it starts (00:00:07)',
      ],
      [
        call([item('AGENT', 5000, 6000, 'Oui'), item('CUSTOMER', 2000, 3000, 'Non')]),
        'time_backwards',
        'cl.json: Transcript[1]: turn starts at 00:00:02, before the previous turn (00:00:05, Transcript[0]): times go backwards',
      ],
      [
        call(ok, { LanguageCode: undefined }),
        'missing_language',
        'cl.json: LanguageCode: the file does not give its language; pass one with the import (fr, en-GB...)',
      ],
      [
        call(ok, { LanguageCode: 'French' }),
        'bad_language',
        /^cl\.json: LanguageCode: "French" is not a language code/,
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

  it('refuses a file that is not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"Transcript": [], "x": "'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    expect(errorOf(() => readContactLensTranscript('cl.json', bytes, {})).code).toBe('not_utf8');
  });
});
