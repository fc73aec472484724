import { describe, expect, it } from 'vitest';
import { estimateSpeechSeconds, parseClock, readPlainTranscript } from './read-plain-text.ts';
import { errorOf, fixture } from './test-helpers.ts';

const read = (name: string, options: Parameters<typeof readPlainTranscript>[2] = { language: 'fr' }) =>
  readPlainTranscript(name, fixture(name), options);
const readText = (text: string, options: Parameters<typeof readPlainTranscript>[2] = { language: 'fr' }) =>
  readPlainTranscript('t.txt', Buffer.from(text), options);

describe('readPlainTranscript with timestamps', () => {
  const { transcript, estimatedTiming } = read('appel-facture-horodate.txt');

  it('reads turns, roles and times', () => {
    expect(estimatedTiming).toBe(false);
    expect(transcript.callId).toBe('appel-facture-horodate');
    expect(transcript.language).toBe('fr');
    expect(transcript.turns).toHaveLength(13);
    expect(transcript.turns.map((t) => t.speaker)).toEqual([
      'system',
      'agent',
      'customer',
      'agent',
      'customer',
      'agent',
      'customer',
      'agent',
      'customer',
      'system',
      'agent',
      'customer',
      'agent',
    ]);
    expect(transcript.turns[0]).toEqual({
      speaker: 'system',
      start: 0,
      end: 6,
      text: 'Bienvenue chez Énergie Plus. Cet appel peut être enregistré.',
    });
    // a turn ends where the next begins: the hold lasts until the agent comes back
    expect(transcript.turns[9]).toEqual({
      speaker: 'system',
      start: 54,
      end: 130,
      text: "(musique d'attente)",
    });
    // the last turn lasts its estimated length: 8 words at 2.5 words a second
    expect(transcript.turns[12]).toMatchObject({ start: 144, end: 147.2 });
  });

  it('joins a continuation line to its turn and keeps colons inside the text', () => {
    expect(transcript.turns[5]).toEqual({
      speaker: 'agent',
      start: 28,
      end: 38,
      text: 'Merci. Je regarde le relevé de votre compteur. Je vois un index de 18 240 kilowattheures relevé le 12 janvier.',
    });
    expect(transcript.turns[10]?.text).toContain('était bien erroné : une facture rectifiée');
  });

  it('reads the other timestamp forms', () => {
    const { transcript: t } = readText(
      [
        '(00:05) Agent: Bonjour',
        '00:01:07 - Client: Oui',
        '[1:09.5] Agent : Alors',
        '01:12,250 Client: Bien',
      ].join('\n'),
    );
    expect(t.turns.map((x) => [x.speaker, x.start, x.end])).toEqual([
      ['agent', 5, 67],
      ['customer', 67, 69.5],
      ['agent', 69.5, 72.25],
      ['customer', 72.25, 73.25],
    ]);
  });

  it('takes the call id from the options', () => {
    expect(read('appel-facture-horodate.txt', { language: 'fr-FR', callId: 'C-42' }).transcript.callId).toBe(
      'C-42',
    );
  });
});

describe('readPlainTranscript without timestamps', () => {
  const { transcript, estimatedTiming } = read('appel-facture.txt');

  it('estimates times from the text length and says so', () => {
    expect(estimatedTiming).toBe(true);
    expect(transcript.turns).toHaveLength(13);
    // 9 words → 3.6 s, 12 (the lone `?` counts) → 4.8 s, 15 → 6 s, end to end from 0
    expect(transcript.turns.slice(0, 3).map((t) => [t.speaker, t.start, t.end])).toEqual([
      ['system', 0, 3.6],
      ['agent', 3.6, 8.4],
      ['customer', 8.4, 14.4],
    ]);
    for (const [i, t] of transcript.turns.entries()) {
      expect(t.end).toBeCloseTo(t.start + estimateSpeechSeconds(t.text), 6);
      if (i > 0) expect(t.start).toBe(transcript.turns[i - 1]?.end);
    }
  });

  it('gives the same text as the timestamped file', () => {
    const timed = read('appel-facture-horodate.txt').transcript;
    expect(transcript.turns.map((t) => [t.speaker, t.text])).toEqual(
      timed.turns.map((t) => [t.speaker, t.text]),
    );
  });

  it('estimates at least 1 s a turn', () => {
    expect(estimateSpeechSeconds('Oui.')).toBe(1);
    expect(estimateSpeechSeconds('un deux trois quatre cinq six sept')).toBe(2.8);
  });
});

describe('readPlainTranscript speaker mapping', () => {
  it('maps first names with a speaker mapping', () => {
    const { transcript } = readText('Camille: Bonjour\nMme Durand: Bonjour\nCamille: Je vous écoute', {
      language: 'fr',
      speakers: { Camille: 'agent', 'Mme Durand': 'customer' },
    });
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['agent', 'customer', 'agent']);
  });
});

describe('readPlainTranscript bad input', () => {
  it('names an unknown speaker and its line', () => {
    const e = errorOf(() => read('inconnu.txt'));
    expect(e.code).toBe('unknown_speaker');
    expect(e.line).toBe(3);
    expect(e.message).toBe(
      'inconnu.txt, line 3: unknown speaker "Superviseur" (speakers in this file: Conseiller, Client, Superviseur); ' +
        'pass a speaker mapping such as { "Superviseur": "agent" }',
    );
    expect(
      read('inconnu.txt', { language: 'fr', speakers: { superviseur: 'agent' } }).transcript.turns,
    ).toHaveLength(4);
  });

  it('refuses times going backwards', () => {
    const e = errorOf(() => read('temps-recule.txt'));
    expect([e.code, e.line]).toEqual(['time_backwards', 4]);
    expect(e.message).toBe(
      'temps-recule.txt, line 4: turn starts at 00:00:12, before the previous turn (00:00:20, line 3): times go backwards',
    );
  });

  it('refuses an empty call', () => {
    const e = errorOf(() => read('vide.txt'));
    expect([e.code, e.line, e.message]).toEqual([
      'empty_call',
      null,
      'vide.txt: no speech in this call (no turn with text)',
    ]);
    expect(() => readText('Agent:\nClient:   ')).toThrow('t.txt: no speech in this call');
  });

  it('refuses a non-UTF-8 file', () => {
    expect(() => read('windows-1252.txt')).toThrow('windows-1252.txt: not UTF-8 text (save it as UTF-8)');
  });

  it('refuses text before any speaker', () => {
    const e = errorOf(() => readText('\nBonjour, vous êtes bien chez Énergie Plus\nClient: Bonjour'));
    expect(e.message).toBe(
      't.txt, line 2: no speaker before the text (expected "Agent: ..." or "Client: ...")',
    );
    expect(e.code).toBe('missing_speaker');
    expect(() => readText('Agent: Bonjour\n[00:00:05] euh...')).toThrow(
      't.txt, line 2: no speaker before the text',
    );
  });

  it('refuses a malformed timestamp', () => {
    const e = errorOf(() => readText('[00:00:01] Agent: Bonjour\n[00:61:00] Client: Bonjour'));
    expect([e.code, e.message]).toEqual([
      'bad_timestamp',
      't.txt, line 2: cannot read the time in "[00:61:00] Client: Bonjour"',
    ]);
    expect(() => readText('[00:00:01] Agent: Bonjour\n[00:1x:02] Client: Oui')).toThrow(
      't.txt, line 2: cannot read the time in "[00:1x:02] Client: Oui" (expected [00:01:02], (01:02) or [1:02.5])',
    );
  });

  it('refuses a file mixing timed and untimed turns', () => {
    expect(() => readText('[00:00:01] Agent: Bonjour\nClient: Bonjour')).toThrow(
      expect.objectContaining({
        code: 'mixed_timestamps',
        message:
          't.txt, line 2: turn without a time while others have one (line 1): give every turn a time or none',
      }),
    );
  });

  it('keeps a bare time that is not before a speaker as text', () => {
    const { transcript } = readText('Agent: Le technicien passe demain à\n10:30 au plus tard.');
    expect(transcript.turns[0]?.text).toBe('Le technicien passe demain à 10:30 au plus tard.');
  });
});

describe('parseClock', () => {
  it('reads H:MM:SS and M:SS with fractions, refuses out-of-range fields', () => {
    expect(parseClock('01:02:03')).toBe(3723);
    expect(parseClock('1:02.5')).toBe(62.5);
    expect(parseClock('00:61:00')).toBeNull();
    expect(parseClock('1:75')).toBeNull();
  });
});
