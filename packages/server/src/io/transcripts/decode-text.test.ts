import { describe, expect, it } from 'vitest';
import { decodeTranscriptText } from './decode-text.ts';
import { fixture } from './test-helpers.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

describe('decodeTranscriptText', () => {
  it('reads UTF-8 and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Conseillère : Allô ?')]);
    expect(decodeTranscriptText('a.txt', bytes)).toBe('Conseillère : Allô ?');
  });

  it('refuses a Windows-1252 file with a clear message', () => {
    const run = () => decodeTranscriptText('windows-1252.txt', fixture('windows-1252.txt'));
    expect(run).toThrow(TranscriptFormatError);
    expect(run).toThrow('windows-1252.txt: not UTF-8 text (save it as UTF-8)');
    try {
      run();
    } catch (e) {
      expect((e as TranscriptFormatError).code).toBe('not_utf8');
      expect((e as TranscriptFormatError).line).toBeNull();
    }
  });

  it('refuses UTF-16', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Client : é', 'utf16le')]);
    expect(() => decodeTranscriptText('u16.txt', utf16)).toThrow('u16.txt: not UTF-8 text');
  });
});
