/**
 * A transcript file that cannot be read (issue 5): not UTF-8, no speech, a timing line that
 * cannot be read, an unknown speaker, times going backwards... `message` names the file and,
 * when the fault has one, the 1-based line: `appel.srt, line 7: ...`; `code` is stable
 * (`not_utf8`, `empty_call`, `bad_timing`, `bad_timestamp`, `bad_cue`, `missing_speaker`,
 * `mixed_timestamps`, `unknown_speaker`, `bad_speaker_mapping`, `time_backwards`,
 * `invalid_transcript`).
 */
export class TranscriptFormatError extends Error {
  constructor(
    readonly file: string,
    /** 1-based line of the fault; null when the file as a whole is at fault */
    readonly line: number | null,
    readonly code: string,
    detail: string,
  ) {
    super(line === null ? `${file}: ${detail}` : `${file}, line ${line}: ${detail}`);
    this.name = 'TranscriptFormatError';
  }
}
