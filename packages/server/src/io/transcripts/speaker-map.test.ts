import { describe, expect, it } from 'vitest';
import { normalizeSpeakerLabel, SpeakerMap, splitSpeakerPrefix } from './speaker-map.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

describe('SpeakerMap', () => {
  const map = new SpeakerMap('f.txt');

  it('knows French and English names whatever the case and accents', () => {
    for (const label of [
      'Agent',
      'CONSEILLER',
      'Conseillère',
      'conseillere',
      'Téléconseiller',
      'Opérateur',
    ]) {
      expect(map.roleOf(label), label).toBe('agent');
    }
    for (const label of ['operator', 'Advisor', 'Rep', 'Représentant'])
      expect(map.roleOf(label), label).toBe('agent');
    for (const label of ['Client', 'cliente', 'Customer', 'CALLER', 'Appelant', 'appelante']) {
      expect(map.roleOf(label), label).toBe('customer');
    }
    for (const label of ['System', 'Système', 'IVR', 'svi', 'Musique', 'music']) {
      expect(map.roleOf(label), label).toBe('system');
    }
  });

  it('knows numbered speakers', () => {
    expect(map.roleOf('Agent 2')).toBe('agent');
    expect(map.roleOf('client_1')).toBe('customer');
    expect(map.roleOf('spk_0')).toBeUndefined();
    expect(map.roleOf('Superviseur')).toBeUndefined();
  });

  it('lets a user mapping name unknown labels and win over built-in names', () => {
    const mapped = new SpeakerMap('f.txt', { spk_0: 'agent', SPK_1: 'customer', Client: 'agent' });
    expect(mapped.roleOf('spk_0')).toBe('agent');
    expect(mapped.roleOf('spk_1')).toBe('customer');
    expect(mapped.roleOf('client')).toBe('agent');
    expect(mapped.roleOf('Conseiller')).toBe('agent');
  });

  it('refuses a mapping to something that is not a role', () => {
    const bad = { spk_0: 'boss' } as unknown as Record<string, 'agent'>;
    expect(() => new SpeakerMap('f.txt', bad)).toThrow(
      'f.txt: speaker mapping: "spk_0" must map to agent, customer or system (got "boss")',
    );
  });

  it('resolves all labels, and names an unknown one with the labels seen and a hint', () => {
    expect(
      map.resolveAll([
        { label: 'Conseiller', line: 1 },
        { label: 'Client', line: 2 },
      ]),
    ).toEqual(['agent', 'customer']);
    const labels = [
      { label: 'spk_0', line: 3 },
      { label: 'spk_1', line: 7 },
      { label: 'spk_0', line: 11 },
    ];
    let error: unknown;
    try {
      map.resolveAll(labels);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TranscriptFormatError);
    expect((error as TranscriptFormatError).code).toBe('unknown_speaker');
    expect((error as Error).message).toBe(
      'f.txt, line 3: unknown speaker "spk_0" (speakers in this file: spk_0, spk_1); ' +
        'pass a speaker mapping such as { "spk_0": "agent", "spk_1": "customer" }',
    );
  });
});

describe('normalizeSpeakerLabel', () => {
  it('drops case, accents and extra spaces', () => {
    expect(normalizeSpeakerLabel('  Téléconseillère   Principale ')).toBe('teleconseillere principale');
  });
});

describe('splitSpeakerPrefix', () => {
  const map = new SpeakerMap('f.txt');

  it('splits known labels, with or without a space before the colon', () => {
    expect(splitSpeakerPrefix('Agent: Bonjour', map)).toEqual({ label: 'Agent', text: 'Bonjour' });
    expect(splitSpeakerPrefix('Conseillère : Bonjour : oui', map)).toEqual({
      label: 'Conseillère',
      text: 'Bonjour : oui',
    });
    expect(splitSpeakerPrefix('Agent 2 : Bonjour', map)).toEqual({ label: 'Agent 2', text: 'Bonjour' });
  });

  it('takes an unknown single token for a speaker, not a phrase, a time or a URL', () => {
    expect(splitSpeakerPrefix('spk_0: Hello', map)).toEqual({ label: 'spk_0', text: 'Hello' });
    expect(splitSpeakerPrefix("Il m'a dit : vous payez trop", map)).toBeNull();
    expect(splitSpeakerPrefix('rendez-vous à 10:30', map)).toBeNull();
    expect(splitSpeakerPrefix('10:30 demain', map)).toBeNull();
    expect(splitSpeakerPrefix('https://example.org', map)).toBeNull();
    expect(splitSpeakerPrefix('Sans deux-points', map)).toBeNull();
  });
});
