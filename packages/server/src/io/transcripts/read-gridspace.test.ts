import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGridspaceTranscript } from './read-gridspace.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

const DIR = path.resolve(import.meta.dirname, '../../../test/fixtures/harper-valley/transcript');
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

type Segment = {
  speaker_role: string;
  start_timestamp_ms: number;
  human_transcript: string;
  transcript: string;
};

describe('readGridspaceTranscript on the Harper Valley calls', () => {
  it('reads every call: one turn per segment, roles mapped, on one clock from 0', () => {
    expect(files.length).toBe(10);
    for (const name of files) {
      const json = fs.readFileSync(path.join(DIR, name), 'utf8');
      const segments = JSON.parse(json) as Segment[];
      const call = readGridspaceTranscript(name, json, { callId: name.replace('.json', '') });
      expect(call.turns.length).toBe(segments.length);
      // annotated sounds ("[noise]", "[baby]") are nobody's words: system turns, not talk
      const sound = (s: Segment) => /^\s*(\[[^\]]*\]\s*)+$/.test(s.human_transcript);
      const count = (role: string) => segments.filter((s) => s.speaker_role === role && !sound(s)).length;
      expect(call.turns.filter((t) => t.speaker === 'agent').length).toBe(count('agent'));
      expect(call.turns.filter((t) => t.speaker === 'customer').length).toBe(count('caller'));
      expect(call.turns.filter((t) => t.speaker === 'system').map((t) => t.text)).toEqual(
        segments.filter(sound).map((s) => s.human_transcript),
      );
      // turns in time order; the earliest channel starts the clock
      for (let i = 1; i < call.turns.length; i++)
        expect(call.turns[i]?.start).toBeGreaterThanOrEqual(call.turns[i - 1]?.start ?? 0);
      expect(Math.min(...call.turns.map((t) => t.start))).toBeGreaterThanOrEqual(0);
      // the earliest segment by wall clock is the first turn, with its reference text
      const first = [...segments].sort((a, b) => a.start_timestamp_ms - b.start_timestamp_ms)[0];
      expect(call.turns[0]?.text).toBe(first?.human_transcript);
      expect(call.language).toBe('en');
    }
  });

  it('keeps the ASR words with their times when asked for the ASR text', () => {
    const name = files[0] as string;
    const json = fs.readFileSync(path.join(DIR, name), 'utf8');
    const call = readGridspaceTranscript(name, json, { callId: 'c', text: 'asr' });
    const turn = call.turns[0];
    expect(turn?.words?.map((w) => w.text).join(' ')).toBe(turn?.text);
    for (const w of turn?.words ?? []) {
      expect(w.start).toBeGreaterThanOrEqual(turn?.start ?? 0);
      expect(w.end).toBeGreaterThanOrEqual(w.start);
    }
  });

  it('refuses broken files, naming the file and the segment', () => {
    const read = (json: string) => () => readGridspaceTranscript('call.json', json, { callId: 'c' });
    expect(read('{')).toThrow(/^call\.json: not valid JSON/);
    expect(read('{}')).toThrow('call.json: expected a list of segments');
    expect(read('[]')).toThrow('call.json: no segment: the call is empty');
    const segment = {
      speaker_role: 'agent',
      start_ms: 0,
      duration_ms: 1000,
      start_timestamp_ms: 1,
      transcript: 'hi',
    };
    expect(read(JSON.stringify([segment, { ...segment, speaker_role: 'robot' }]))).toThrow(
      'call.json: segment 2: unknown speaker_role "robot" (known: agent, caller)',
    );
    expect(read(JSON.stringify([{ ...segment, duration_ms: 'long' }]))).toThrow(
      /^call\.json: segment 1: duration_ms: /,
    );
    expect(read('[]')).toThrow(TranscriptFormatError);
  });
});
