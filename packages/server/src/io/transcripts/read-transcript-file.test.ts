import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat, readTranscriptFile } from './read-transcript-file.ts';
import { errorOf, fixture } from './test-helpers.ts';

const HARPER = path.resolve(import.meta.dirname, '../../../test/fixtures/harper-valley/transcript');
const EXAMPLE = path.resolve(import.meta.dirname, '../../../../../docs/examples/transcript-fr.json');

describe('readTranscriptFile', () => {
  it('tells each format by name or content and reads it', () => {
    const fr = { language: 'fr' };
    const cases: [string, Uint8Array, string, object][] = [
      ['appel-facture-horodate.txt', fixture('appel-facture-horodate.txt'), 'text', fr],
      ['appel-facture.vtt', fixture('appel-facture.vtt'), 'vtt', fr],
      ['appel-facture.srt', fixture('appel-facture.srt'), 'srt', fr],
      ['transcript-fr.json', fs.readFileSync(EXAMPLE), 'vigie', fr],
      [
        'aws-transcribe-fr.json',
        fixture('aws-transcribe-fr.json'),
        'aws',
        { ...fr, speakers: { spk_0: 'agent', spk_1: 'customer' } },
      ],
      [
        'whisperx-fr.json',
        fixture('whisperx-fr.json'),
        'whisper',
        { ...fr, speakers: { SPEAKER_00: 'agent', SPEAKER_01: 'customer' } },
      ],
      ['contact-lens-fr.json', fixture('contact-lens-fr.json'), 'contact-lens', fr],
      [
        'deepgram-fr.json',
        fixture('deepgram-fr.json'),
        'deepgram',
        { ...fr, speakers: { '0': 'agent', '1': 'customer' } },
      ],
      [
        'deepgram-multicanal-fr.json',
        fixture('deepgram-multicanal-fr.json'),
        'deepgram',
        { ...fr, speakers: { '0': 'agent', '1': 'customer' } },
      ],
      [
        'assemblyai-fr.json',
        fixture('assemblyai-fr.json'),
        'assemblyai',
        { ...fr, speakers: { A: 'customer', B: 'agent' } },
      ],
      [
        '0002f70f7386445b.json',
        fs.readFileSync(path.join(HARPER, '0002f70f7386445b.json')),
        'gridspace',
        { language: 'en' },
      ],
    ];
    for (const [name, bytes, format, options] of cases) {
      const r = readTranscriptFile(name, bytes, { language: 'fr', ...options });
      expect(r.format, name).toBe(format);
      expect(r.transcript.turns.length, name).toBeGreaterThan(2);
      expect(new Set(r.transcript.turns.map((t) => t.speaker)), name).toContain('agent');
    }
  });

  it('refuses a file whose format cannot be told, and follows a format given', () => {
    const e = errorOf(() =>
      readTranscriptFile('notes.md', new TextEncoder().encode('# notes'), { language: 'fr' }),
    );
    expect(e.code).toBe('unknown_format');
    expect(e.message).toBe(
      'notes.md: cannot tell its format: name the format ' +
        '(vigie, text, vtt, srt, gridspace, aws, whisper, contact-lens, deepgram, assemblyai)',
    );
    const text = readTranscriptFile('appel.md', new TextEncoder().encode('Agent: Bonjour\nClient: Bonjour'), {
      language: 'fr',
      format: 'text',
    });
    expect(text.transcript.turns.map((t) => t.speaker)).toEqual(['agent', 'customer']);
  });

  it('tells each JSON format by a field no other has', () => {
    const detect = (json: unknown) => detectTranscriptFormat('call.json', JSON.stringify(json));
    expect(detect({ callId: 'c', turns: [] })).toBe('vigie');
    expect(detect([{ speaker_role: 'agent' }])).toBe('gridspace');
    expect(detect({ jobName: 'j', results: { items: [], speaker_labels: {} } })).toBe('aws');
    expect(detect({ results: { channel_labels: { channels: [] } } })).toBe('aws');
    expect(detect({ language: 'french', segments: [] })).toBe('whisper');
    expect(detect({ Participants: [], Transcript: [] })).toBe('contact-lens');
    expect(detect({ Transcript: [] })).toBe('contact-lens');
    // Deepgram has "results" like AWS, told apart by its "channels"
    expect(detect({ metadata: { request_id: 'r' }, results: { channels: [] } })).toBe('deepgram');
    expect(detect({ results: { channels: [], utterances: [] } })).toBe('deepgram');
    expect(detect({ id: 't', audio_duration: 20, words: [] })).toBe('assemblyai');
    expect(detect({ id: 't', utterances: [] })).toBe('assemblyai');
    expect(detect({ id: 't', words: [] })).toBeNull();
    expect(detect({ results: null })).toBe('aws');
    expect(detectTranscriptFormat('call.json', '{ not json')).toBeNull();
  });
});
