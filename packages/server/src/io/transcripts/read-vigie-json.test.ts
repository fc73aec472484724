import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVigieTranscript } from './read-vigie-json.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../../../docs/examples/transcript-fr.json');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readVigieTranscript', () => {
  it('reads the documented example', () => {
    const { transcript, estimatedTiming } = readVigieTranscript(
      'transcript-fr.json',
      fs.readFileSync(EXAMPLE),
    );
    expect(transcript.callId).toBe('helios-2026-10-14-0001');
    expect(transcript.turns).toHaveLength(9);
    expect(transcript.turns[5]).toMatchObject({ speaker: 'system', start: 26, end: 58 });
    expect(estimatedTiming).toBe(false);
  });

  it('lists every bad field with its JSON path, and refuses an empty call and broken JSON', () => {
    const call = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
    const bad = {
      ...call,
      language: 'French',
      turns: [call.turns[0], { ...call.turns[1], end: 1 }, { ...call.turns[2], speaker: 'robot' }],
    };
    const read = (text: string) => () => readVigieTranscript('appel.json', bytes(text));
    expect(read(JSON.stringify(bad))).toThrow(
      'appel.json: language: must be a language code such as fr or en-GB; turns[1].end: ends before it starts; turns[2].speaker: must be agent, customer or system',
    );
    expect(read(JSON.stringify({ ...call, turns: [] }))).toThrow(
      'appel.json: turns: a call needs at least one turn',
    );
    expect(read('{"callId": ')).toThrow(/^appel\.json: not valid JSON/);
    let caught: unknown;
    try {
      read(JSON.stringify({ ...call, turns: [] }))();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TranscriptFormatError);
    expect((caught as TranscriptFormatError).code).toBe('empty_call');
  });
});
