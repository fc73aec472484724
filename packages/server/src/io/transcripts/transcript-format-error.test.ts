import { describe, expect, it } from 'vitest';
import { TranscriptFormatError } from './transcript-format-error.ts';

describe('TranscriptFormatError', () => {
  it('names the file and the line', () => {
    const e = new TranscriptFormatError('appel.srt', 7, 'bad_timing', 'cannot read the cue timing');
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('appel.srt, line 7: cannot read the cue timing');
    expect([e.file, e.line, e.code, e.name]).toEqual(['appel.srt', 7, 'bad_timing', 'TranscriptFormatError']);
  });

  it('names only the file when the file as a whole is at fault', () => {
    const e = new TranscriptFormatError('vide.txt', null, 'empty_call', 'no speech');
    expect(e.message).toBe('vide.txt: no speech');
    expect(e.line).toBeNull();
  });
});
